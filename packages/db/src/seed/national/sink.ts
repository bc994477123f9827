import { CompiledQuery, type Kysely } from "kysely";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Database } from "../../schema/index.ts";
import { BINARY_HEADER, BINARY_TRAILER, CopyBinary } from "./copy-binary.ts";
import { CopyText } from "./copy-text.ts";

/** One value as PostgreSQL reads it in text form: arrays as `{a,b}`, jsonb as JSON, bytea as `\x…`. */
export type Cell = string | number | boolean | null;

/** Rows of one table, in column order. */
export interface TableRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /**
   * More rows already written as COPY text, or in COPY's binary form (the biggest tables skip the row
   * arrays; a binary table has no row arrays at all).
   */
  readonly text?: CopyText | CopyBinary;
}

/** How many rows a table batch holds. */
export const rowCount = (t: TableRows): number => t.rows.length + (t.text?.rows ?? 0);

/** Where generated rows go: COPY on PostgreSQL, multi-row inserts elsewhere (PGlite). */
export interface Sink {
  /** How many loads may run at once (each on its own connection). */
  readonly lanes: number;
  /** Loads tables in the order given (parents before children), on lane `lane`. */
  load(lane: number, batch: readonly TableRows[]): Promise<void>;
  /** Loads tables already in COPY's text form, UTF-8 encoded (from a generator thread); COPY sinks only. */
  loadEncoded?(lane: number, batch: readonly EncodedTable[]): Promise<void>;
  close(): Promise<void>;
}

/** A table's rows as one block of COPY text (UTF-8) or binary rows: what a generator thread hands over. */
export interface EncodedTable {
  readonly table: string;
  readonly columns: readonly string[];
  readonly bytes: Uint8Array;
  /** Binary rows (without COPY's header and trailer, which the sink adds); text when absent. */
  readonly binary?: true;
}

/** A table as COPY text, UTF-8 encoded: row arrays, then the rows already written (empty tables are left out). */
export function encodeTable(t: TableRows): EncodedTable | null {
  if (rowCount(t) === 0) return null;
  if (t.text instanceof CopyBinary) {
    if (t.rows.length > 0) throw new Error(`national seed: ${t.table} mixes row arrays with binary rows`);
    return { table: t.table, columns: t.columns, bytes: t.text.bytes(), binary: true };
  }
  let text = t.text;
  if (t.rows.length > 0) {
    const w = new CopyText();
    for (const row of t.rows) w.push(row);
    if (text) w.append(text);
    text = w;
  }
  return { table: t.table, columns: t.columns, bytes: (text as CopyText).bytes() };
}

/** A value in COPY's text format (tab separated, `\N` for null, backslash escapes). */
export function copyText(v: Cell): string {
  if (v === null) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") return String(v);
  return needsEscape(v) ? v.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c) : v;
}

/** A scan without a regex: most values are short and plain. */
function needsEscape(v: string): boolean {
  for (let i = 0; i < v.length; i += 1) {
    const c = v.charCodeAt(i);
    if (c === 92 || c === 9 || c === 10 || c === 13) return true;
  }
  return false;
}
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** COPY into PostgreSQL, one connection per lane. */
export async function copySink(databaseUrl: string, lanes: number): Promise<Sink> {
  const clients: pg.Client[] = [];
  for (let i = 0; i < lanes; i += 1) {
    const client = new pg.Client({ connectionString: databaseUrl, options: "-c timezone=UTC" });
    await client.connect();
    // Each COPY is its own commit; waiting for the WAL flush of each would only add latency.
    await client.query("set synchronous_commit = off");
    clients.push(client);
  }
  return {
    lanes,
    async load(lane, batch) {
      const client = clients[lane];
      if (!client) throw new Error(`national seed: no lane ${lane}`);
      for (const t of batch) {
        const encoded = encodeTable(t);
        if (encoded) await copyBytes(client, encoded);
      }
    },
    async loadEncoded(lane, batch) {
      const client = clients[lane];
      if (!client) throw new Error(`national seed: no lane ${lane}`);
      for (const t of batch) await copyBytes(client, t);
    },
    async close() {
      await Promise.all(clients.map((c) => c.end()));
    },
  };
}

async function copyBytes(client: pg.Client, t: EncodedTable): Promise<void> {
  const format = t.binary ? " (format binary)" : "";
  const stream = client.query(copyFrom(`copy ${t.table} (${t.columns.join(", ")}) from stdin${format}`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  const body = Buffer.from(t.bytes.buffer, t.bytes.byteOffset, t.bytes.byteLength);
  if (t.binary) {
    stream.write(BINARY_HEADER);
    stream.write(body);
    stream.end(BINARY_TRAILER);
  } else stream.end(body);
  await done;
}

/**
 * Multi-row inserts through Kysely (PGlite, or PostgreSQL without COPY): one lane. Every value goes as
 * text and is cast to its column's type in SQL, so drivers that serialise by the described type (PGlite)
 * read it exactly as COPY would.
 */
export function insertSink(db: Kysely<Database>): Sink {
  const types = new Map<string, Map<string, string>>();
  const typesOf = async (table: string): Promise<Map<string, string>> => {
    const known = types.get(table);
    if (known) return known;
    const r = await db.executeQuery<{ name: string; type: string }>(
      CompiledQuery.raw(
        `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
          where attrelid = $1::text::regclass and attnum > 0 and not attisdropped`,
        [table],
      ),
    );
    const map = new Map(r.rows.map((c) => [c.name, c.type]));
    types.set(table, map);
    return map;
  };
  return {
    lanes: 1,
    async load(_lane, batch) {
      for (const t of batch) {
        const columnTypes = await typesOf(t.table);
        const casts = t.columns.map((c) => `::text::${columnTypes.get(c) ?? "text"}`);
        const perStatement = Math.max(1, Math.floor(30_000 / t.columns.length));
        const all =
          t.text instanceof CopyBinary
            ? [...t.rows, ...t.text.cells()]
            : t.text
              ? [...t.rows, ...copyLinesOf(t.text).map(fromCopyLine)]
              : t.rows;
        for (let i = 0; i < all.length; i += perStatement) {
          const rows = all.slice(i, i + perStatement);
          const params: unknown[] = [];
          const tuples = rows.map((row) => {
            const marks = row.map((v, k) => {
              params.push(v === null ? null : typeof v === "string" ? v : String(v));
              return `$${params.length}${casts[k]}`;
            });
            return `(${marks.join(", ")})`;
          });
          const text = `insert into ${t.table} (${t.columns.join(", ")}) values ${tuples.join(", ")}`;
          await db.executeQuery(CompiledQuery.raw(text, params));
        }
      }
    },
    async close() {},
  };
}

/** The lines of a COPY text (each ends in a newline). */
function copyLinesOf(text: CopyText): string[] {
  const all = Buffer.from(text.bytes()).toString("utf8");
  return all.length === 0 ? [] : all.slice(0, -1).split("\n");
}

/** A COPY text line back as cells (text form, which the inserts cast anyway). */
function fromCopyLine(line: string): Cell[] {
  return line
    .split("\t")
    .map((v) => (v === "\\N" ? null : v.replace(/\\(.)/g, (_, c: string) => COPY_UNESCAPES[c] ?? c)));
}
const COPY_UNESCAPES: Record<string, string> = { t: "\t", n: "\n", r: "\r", "\\": "\\" };

/** A text[] literal (`{manpower,health}`); the codes used never need quoting. */
export const textArray = (items: readonly string[]): string => `{${items.join(",")}}`;

/** A bytea literal in hex form. */
export const byteaHex = (bytes: Uint8Array): string => `\\x${Buffer.from(bytes).toString("hex")}`;
