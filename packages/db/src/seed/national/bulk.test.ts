import { type Kysely, sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Database } from "../../schema/index.ts";
import { testBackends } from "../../testing/index.ts";
import { analyzeAll, withIndexesDeferred } from "./bulk.ts";
import { NATIONAL_TABLES } from "./index.ts";

/** Everything the rebuild touches, as the catalog describes it. */
async function catalog(db: Kysely<Database>): Promise<unknown[]> {
  const constraints = await sql`select c.conrelid::regclass::text as t, c.conname as name, c.contype as kind,
      pg_get_constraintdef(c.oid) as def, c.convalidated as validated, c.condeferrable as deferrable,
      c.condeferred as deferred, c.conindid <> 0 as indexed
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = current_schema() order by 2, 1`.execute(db);
  const indexes = await sql`select indexname, indexdef from pg_indexes
    where schemaname = current_schema() order by 1`.execute(db);
  const notNull = await sql`select attrelid::regclass::text as t, attname, attnotnull from pg_attribute a
    join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
    order by 1, 2`.execute(db);
  return [constraints.rows, indexes.rows, notNull.rows];
}

describe.each(testBackends())("setting keys and indexes aside on $name", (backend) => {
  it("leaves the schema exactly as the migrations made it, every foreign key validated", async () => {
    const handle = await backend.open();
    try {
      const before = await catalog(handle.db);
      const loaded = await withIndexesDeferred(handle.db, NATIONAL_TABLES, async () => "loaded", {
        connections: backend.name === "pglite" ? 1 : 3,
        memory: "64MB",
      });
      expect(loaded).toBe("loaded");
      expect(await catalog(handle.db)).toEqual(before);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("leaves the schema exactly as it was when the primary keys stay in place during the load", async () => {
    const handle = await backend.open();
    try {
      const before = await catalog(handle.db);
      let keptDuringLoad = 0;
      await withIndexesDeferred(
        handle.db,
        NATIONAL_TABLES,
        async () => {
          const r = await sql<{ n: number }>`select count(*)::int as n from pg_constraint
            where contype = 'p' and connamespace = current_schema()::regnamespace
              and conrelid::regclass::text = 'attendance'`.execute(handle.db);
          keptDuringLoad = r.rows[0]?.n ?? 0;
        },
        { connections: backend.name === "pglite" ? 1 : 3, memory: "64MB", keep: (d) => d.kind === "p" },
      );
      expect(keptDuringLoad).toBe(1);
      expect(await catalog(handle.db)).toEqual(before);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("refuses a load whose rows break a foreign key, and still puts the keys back", async () => {
    const handle = await backend.open();
    try {
      const before = await catalog(handle.db);
      const load = withIndexesDeferred(handle.db, NATIONAL_TABLES, async () => {
        await sql`insert into attendance (enrollment_id, session_date, present)
          values ('00000001-000e-4000-8000-000000000000', '2026-01-05', true)`.execute(handle.db);
      });
      await expect(load).rejects.toThrow(/foreign key/);
      await sql`delete from attendance`.execute(handle.db);
      // A failed validation stops the others: what is left unvalidated is validated by hand here.
      const remaining = await sql<{ t: string; name: string }>`select conrelid::regclass::text as t,
          conname as name from pg_constraint
        where contype = 'f' and not convalidated and connamespace = current_schema()::regnamespace`.execute(
        handle.db,
      );
      for (const r of remaining.rows)
        await sql.raw(`alter table ${r.t} validate constraint ${r.name}`).execute(handle.db);
      expect(await catalog(handle.db)).toEqual(before);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("analyzes every table of the schema alongside the foreign keys' validation when asked", async () => {
    const handle = await backend.open();
    try {
      const before = await catalog(handle.db);
      const steps: string[] = [];
      await withIndexesDeferred(handle.db, NATIONAL_TABLES, async () => undefined, {
        connections: backend.name === "pglite" ? 1 : 3,
        memory: "64MB",
        analyze: true,
        parallelWorkers: 0,
        onStep: (statement) => steps.push(statement),
      });
      const never = await sql<{ n: number }>`select count(*)::int as n from pg_stat_user_tables
        where schemaname = current_schema() and last_analyze is null`.execute(handle.db);
      expect(never.rows[0]?.n).toBe(0);
      // Every index is built before the first analyze (analyze reads expression indexes).
      const lastBuild = Math.max(
        ...steps.map((x, i) => (/create (unique )?index|add constraint/i.test(x) ? i : -1)),
      );
      const firstAnalyze = steps.findIndex((x) => x.startsWith("analyze"));
      expect(firstAnalyze).toBeGreaterThan(lastBuild);
      expect(await catalog(handle.db)).toEqual(before);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("analyzes every table of the schema", async () => {
    const handle = await backend.open();
    try {
      await analyzeAll(handle.db, { connections: backend.name === "pglite" ? 1 : 3, memory: "64MB" });
      const never = await sql<{ n: number }>`select count(*)::int as n from pg_stat_user_tables
        where schemaname = current_schema() and last_analyze is null`.execute(handle.db);
      expect(never.rows[0]?.n).toBe(0);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
