import { ByteWriter } from "./byte-writer.ts";
import type { Cell } from "./sink.ts";

/** A column type the binary writer knows (the few the largest tables use). */
export type BinaryType = "uuid" | "date" | "bool" | "text" | "timestamptz" | "int4" | "jsonb";

/** COPY's binary signature, flags and empty header extension: what every binary COPY stream opens with. */
export const BINARY_HEADER: Uint8Array = Uint8Array.from([
  0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
]);
/** The field count -1 that ends a binary COPY stream. */
export const BINARY_TRAILER: Uint8Array = Uint8Array.from([0xff, 0xff]);

// PostgreSQL counts dates and instants from 2000-01-01 (UTC).
const EPOCH_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
const TWO_32 = 4_294_967_296;

/**
 * A table's rows written straight into COPY's binary form as they are made. The server reads a uuid, a
 * date or an instant in binary form without parsing text: for the six million attendance rows and three
 * million history rows that is most of what COPY spends on them. Holds the rows only (no header or
 * trailer), so texts of one table append to each other and a sink frames them once per COPY.
 */
export class CopyBinary extends ByteWriter<CopyBinary> {
  /** An empty text for rows of `types`, in column order. */
  constructor(
    readonly types: readonly BinaryType[],
    capacity = 1 << 16,
  ) {
    super(capacity);
  }

  /** Starts a row: its field count. */
  begin(): void {
    this.room(2);
    this.buf[this.pos] = this.types.length >> 8;
    this.buf[this.pos + 1] = this.types.length & 255;
    this.pos += 2;
  }

  /** Ends a row. */
  end(): void {
    this.rows += 1;
  }

  /** Writes one row of cells in column order, each by its column's type (as `CopyText.push` does in text). */
  push(row: readonly Cell[]): void {
    const types = this.types;
    if (row.length !== types.length) throw new Error("national seed: binary row of the wrong width");
    this.begin();
    for (let k = 0; k < row.length; k += 1) {
      const v = row[k] ?? null;
      if (v === null) {
        this.nullField();
        continue;
      }
      const type = types[k] as BinaryType;
      switch (type) {
        case "uuid":
          this.uuid(String(v));
          break;
        case "date":
          this.date(String(v));
          break;
        case "timestamptz":
          this.timestamptz(String(v));
          break;
        case "bool":
          this.bool(v === true);
          break;
        case "int4":
          this.int4(Number(v));
          break;
        case "text":
          this.text(String(v));
          break;
        case "jsonb":
          this.jsonb(String(v));
          break;
        default: {
          const never: never = type;
          throw new Error(`national seed: no binary type ${String(never)}`);
        }
      }
    }
    this.end();
  }

  /** A uuid from its canonical text (lower-case hex, as the generator's ids are). */
  uuid(s: string): void {
    if (s.length !== 36) throw new Error("national seed: not a uuid");
    this.room(20);
    const b = this.buf;
    let p = this.int32(16, this.pos);
    for (let i = 0; i < 36; i += 2) {
      if (i === 8 || i === 13 || i === 18 || i === 23) i += 1;
      const hi = HEX_VALUE[s.charCodeAt(i)] ?? -1;
      const lo = HEX_VALUE[s.charCodeAt(i + 1)] ?? -1;
      if (hi < 0 || lo < 0) throw new Error("national seed: not a uuid");
      b[p++] = (hi << 4) | lo;
    }
    this.pos = p;
  }

  /** A date (YYYY-MM-DD) as days from 2000-01-01. */
  date(s: string): void {
    let days = dayNumbers.get(s);
    if (days === undefined) {
      const ms = Date.parse(`${s}T00:00:00Z`);
      if (!Number.isFinite(ms)) throw new Error("national seed: not a date");
      days = Math.round((ms - EPOCH_MS) / DAY_MS);
      dayNumbers.set(s, days);
    }
    this.room(8);
    this.pos = this.int32(days, this.int32(4, this.pos));
  }

  /** An instant (ISO 8601 with its offset) as microseconds from 2000-01-01 UTC. */
  timestamptz(s: string): void {
    const ms = instantMs(s);
    if (!Number.isFinite(ms)) throw new Error("national seed: not an instant");
    const us = (ms - EPOCH_MS) * 1000;
    const hi = Math.floor(us / TWO_32);
    this.room(12);
    this.pos = this.int32(us - hi * TWO_32, this.int32(hi, this.int32(8, this.pos)));
  }

  /** A boolean. */
  bool(b: boolean): void {
    this.room(5);
    const p = this.int32(1, this.pos);
    this.buf[p] = b ? 1 : 0;
    this.pos = p + 1;
  }

  /** A text as UTF-8 (binary COPY takes it as is: no escapes). */
  text(s: string): void {
    const n = s.length;
    this.room(4 + n * 3);
    const b = this.buf;
    const start = this.pos + 4;
    let p = start;
    for (let i = 0; i < n; i += 1) {
      const c = s.charCodeAt(i);
      if (c >= 128) {
        p = start + b.write(s, start, "utf8");
        break;
      }
      b[p++] = c;
    }
    this.int32(p - start, this.pos);
    this.pos = p;
  }

  /** A 32-bit integer. */
  int4(v: number): void {
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff)
      throw new Error("national seed: not an int4");
    this.room(8);
    this.pos = this.int32(v, this.int32(4, this.pos));
  }

  /**
   * A jsonb value from its JSON text (binary form: version 1, then the text). The long JSON columns repeat
   * one string object for every enrollment of a cohort or certificate of a scheme: encoded once.
   */
  jsonb(json: string): void {
    let bytes = encodedJson.get(json);
    if (bytes === undefined) {
      bytes = Buffer.from(`\u0001${json}`, "utf8");
      if (encodedJson.size >= 4096) encodedJson.clear();
      encodedJson.set(json, bytes);
    }
    this.room(4 + bytes.length);
    this.pos = this.int32(bytes.length, this.pos);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** A text or null. */
  textOrNull(s: string | null): void {
    if (s === null) this.nullField();
    else this.text(s);
  }

  /** A null field. */
  nullField(): void {
    this.room(4);
    this.pos = this.int32(-1, this.pos);
  }

  /** The rows read back as cells in COPY's text form (for sinks that insert rather than copy). */
  cells(): Cell[][] {
    return decodeBinaryRows(this.bytes(), this.types);
  }

  /** Writes a 32-bit integer (big-endian, two's complement) at `p`; returns the position after it. */
  private int32(v: number, p: number): number {
    const b = this.buf;
    b[p] = (v >>> 24) & 255;
    b[p + 1] = (v >>> 16) & 255;
    b[p + 2] = (v >>> 8) & 255;
    b[p + 3] = v & 255;
    return p + 4;
  }
}

/** Each character code's value as a hex digit (-1 for any other character). */
const HEX_VALUE: readonly number[] = Array.from({ length: 128 }, (_, c) =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1,
);
const dayNumbers = new Map<string, number>();
const encodedJson = new Map<string, Uint8Array>();

/**
 * Milliseconds since 1970 of an ISO instant. The generator's own form (`toISOString`: 24 characters, UTC)
 * is read digit by digit, six times faster than `Date.parse` (nine million instants at full scale); any
 * other form goes to `Date.parse`.
 */
function instantMs(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90) return Date.parse(s);
  for (let i = 0; i < 23; i += 1) {
    const c = s.charCodeAt(i);
    const want = ISO_SHAPE.charCodeAt(i);
    if (want === 48 ? c < 48 || c > 57 : c !== want) return Date.parse(s);
  }
  const month = digit(s, 5) * 10 + digit(s, 6);
  const date = digit(s, 8) * 10 + digit(s, 9);
  if (month < 1 || month > 12 || date < 1 || date > 28) return Date.parse(s);
  const day = civilDay(digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3), month, date);
  const hour = digit(s, 11) * 10 + digit(s, 12);
  const minute = digit(s, 14) * 10 + digit(s, 15);
  const second = digit(s, 17) * 10 + digit(s, 18);
  if (hour > 23 || minute > 59 || second > 59) return Date.parse(s);
  const seconds = hour * 3600 + minute * 60 + second;
  return day * DAY_MS + seconds * 1000 + digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22);
}
/** The digit at `i` (a named function: under tsx an arrow made per call also pays for naming itself). */
function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** What `toISOString` writes, 0 standing for any digit. */
const ISO_SHAPE = "0000-00-00T00:00:00.000";

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Rows of binary COPY (without header or trailer) as cells: uuid and text as strings, dates as YYYY-MM-DD. */
export function decodeBinaryRows(bytes: Uint8Array, types: readonly BinaryType[]): Cell[][] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows: Cell[][] = [];
  let p = 0;
  while (p < b.length) {
    const fields = b.readInt16BE(p);
    p += 2;
    if (fields !== types.length) throw new Error("national seed: binary row of the wrong width");
    const row: Cell[] = [];
    for (const type of types) {
      const n = b.readInt32BE(p);
      p += 4;
      if (n < 0) {
        row.push(null);
        continue;
      }
      row.push(decodeField(b, p, n, type));
      p += n;
    }
    rows.push(row);
  }
  return rows;
}

function decodeField(b: Buffer, p: number, n: number, type: BinaryType): Cell {
  switch (type) {
    case "uuid": {
      const h = b.toString("hex", p, p + 16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
    case "date":
      return new Date(EPOCH_MS + b.readInt32BE(p) * DAY_MS).toISOString().slice(0, 10);
    case "timestamptz": {
      const us = b.readInt32BE(p) * TWO_32 + b.readUInt32BE(p + 4);
      return new Date(EPOCH_MS + us / 1000).toISOString();
    }
    case "bool":
      return b[p] === 1;
    case "int4":
      return b.readInt32BE(p);
    case "jsonb":
      return b.toString("utf8", p + 1, p + n);
    case "text":
      return b.toString("utf8", p, p + n);
    default: {
      const never: never = type;
      throw new Error(`national seed: no binary type ${String(never)}`);
    }
  }
}
