import type { Database } from "@sinergi/db";
import { type Kysely, sql } from "kysely";

/**
 * Bookkeeping a refused request may legitimately change, left out of the comparison. Each entry says why.
 * Everything else must be byte-for-byte the same after any 4xx.
 */
const IGNORED_TABLES: Readonly<Record<string, string>> = {
  // By design a keyed POST answered 404/409/412 keeps its answer for replay, and every keyed POST
  // purges keys older than a day.
  idempotency_keys: "a refused keyed request's answer is kept for its replay; old keys are purged",
  // Applied migrations: not data, never written after start.
  kysely_migration: "migration bookkeeping",
  kysely_migration_lock: "migration bookkeeping",
};

/** Tables whose name says they count attempts: rate limits count refused requests on purpose. */
const IGNORED_TABLE_PATTERN = /rate_limit/;

const IGNORED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  // Every authenticated request, refused or not, moves its session's idle deadline.
  sessions: ["last_seen_at", "expires_at"],
  // A key's use is recorded whatever the answer (to the minute).
  api_keys: ["last_used_at"],
};

/** One checksum per table (PostgreSQL), computed in a single round trip. */
export interface TableChecksums {
  /** Tables compared, with the columns left out. */
  readonly tables: readonly string[];
  read(): Promise<Map<string, string>>;
}

/** Builds the checksum query over every table of the public schema but the ignored bookkeeping. */
export async function tableChecksums(db: Kysely<Database>): Promise<TableChecksums> {
  const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const tables = rows
    .map((r) => r.name)
    .filter((name) => !(name in IGNORED_TABLES) && !IGNORED_TABLE_PATTERN.test(name));
  const parts = tables.map((table) => {
    const ident = `"${table.replace(/"/g, '""')}"`;
    const ignored = IGNORED_COLUMNS[table];
    if (ignored) {
      // Content without the bookkeeping columns: the md5 of the sorted row digests.
      const dropped = ignored.map((c) => ` - '${c}'`).join("");
      return `select '${table}' as name, md5(coalesce(string_agg(d, '' order by d), '')) as sum
        from (select md5((to_jsonb(t)${dropped})::text) as d from ${ident} t) r`;
    }
    // Every insert or update writes a row version stamped with a newer transaction id (xmin), and every
    // delete lowers the count: (count, newest xmin) changes with any committed write, at a fraction
    // of the cost of hashing every row (the areas table alone has ~8,000).
    return `select '${table}' as name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as sum from ${ident}`;
  });
  const query = sql.raw<{ name: string; sum: string }>(parts.join("\nunion all\n"));
  return {
    tables,
    async read() {
      const result = await query.execute(db);
      return new Map(result.rows.map((r) => [r.name, r.sum]));
    },
  };
}

/** The tables whose checksum differs between two readings. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
}
