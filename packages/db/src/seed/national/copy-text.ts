import { ByteWriter } from "./byte-writer.ts";
import type { Cell } from "./sink.ts";

/**
 * A table's rows written straight into COPY text bytes (UTF-8) as they are made: no row arrays kept, no
 * lines joined into one string and encoded again. Millions of rows would otherwise live as strings until
 * their batch is loaded, and a third of the generator's time went to collecting them.
 */
export class CopyText extends ByteWriter<CopyText> {
  /** An empty text with room for `capacity` bytes before it grows. */
  constructor(capacity = 1 << 16) {
    super(capacity);
  }

  /** Writes one row of cells, in column order. */
  push(row: readonly Cell[]): void {
    for (let k = 0; k < row.length; k += 1) {
      if (k > 0) this.tab();
      this.cell(row[k] ?? null);
    }
    this.end();
  }

  /** Writes one cell (null as `\N`, booleans as t/f, strings escaped). */
  cell(v: Cell): void {
    if (v === null) this.raw("\\N");
    else if (typeof v === "string") this.text(v);
    else if (typeof v === "number") this.number(v);
    else this.byte(v ? 116 : 102);
  }

  /** Writes a string with COPY's backslash escapes (tab, newline, carriage return, backslash). */
  text(s: string): void {
    const n = s.length;
    if (n >= LONG) {
      this.long(s);
      return;
    }
    this.room(n * 2);
    const b = this.buf;
    const start = this.pos;
    let p = start;
    for (let i = 0; i < n; i += 1) {
      const c = s.charCodeAt(i);
      if (c >= 128) {
        this.pos = start;
        this.unicode(s);
        return;
      }
      if (c === 92 || c === 9 || c === 10 || c === 13) {
        b[p++] = 92;
        b[p++] = c === 92 ? 92 : c === 9 ? 116 : c === 10 ? 110 : 114;
      } else b[p++] = c;
    }
    this.pos = p;
  }

  /** Writes a string known to need no escape and to be ASCII (ids, dates, instants, codes). */
  raw(s: string): void {
    const n = s.length;
    this.room(n);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i += 1) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Writes a number as PostgreSQL reads it (String(n), digits written directly for integers). */
  number(v: number): void {
    if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) {
      this.raw(String(v));
      return;
    }
    this.room(10);
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits += 1;
    const b = this.buf;
    let p = this.pos + digits;
    this.pos = p;
    let x = v;
    do {
      b[--p] = 48 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
  }

  /** Writes the column separator. */
  tab(): void {
    this.byte(9);
  }

  /** Ends a row. */
  end(): void {
    this.byte(10);
    this.rows += 1;
  }

  private byte(c: number): void {
    this.room(1);
    this.buf[this.pos++] = c;
  }

  /**
   * A long string: the JSON columns (assessment results, competency units) repeat the same string object
   * for every enrollment of a cohort or every certificate of a scheme, so it is escaped and encoded once.
   */
  private long(s: string): void {
    let bytes = encodedLong.get(s);
    if (bytes === undefined) {
      const once = new CopyText(s.length * 3);
      once.pos = 0;
      once.unicode(s);
      bytes = once.bytes();
      if (encodedLong.size >= 4096) encodedLong.clear();
      encodedLong.set(s, bytes);
    }
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** A string with characters beyond ASCII: escaped as text, then encoded by Node. */
  private unicode(s: string): void {
    const escaped = s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);
    this.room(escaped.length * 3);
    this.pos += this.buf.write(escaped, this.pos, "utf8");
  }
}
/** Strings this long or longer are encoded once and copied after (see `long`). */
const LONG = 64;
const encodedLong = new Map<string, Uint8Array>();
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
