import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema/index.ts";

/** An index or constraint as the migrations made it, to be made again after the load. */
interface Definition {
  readonly table: string;
  readonly name: string;
  readonly kind: "p" | "u" | "f" | "i";
  readonly def: string;
}

/**
 * Runs a bulk load with the tables' keys, unique constraints, foreign keys and indexes set aside, then
 * makes every one again from its own stored definition (the migrations' names and columns): building an
 * index once over sorted data and checking a foreign key in one join are far cheaper than doing both
 * row by row. Check constraints stay on throughout; every foreign key is validated when it comes back.
 */
export async function withIndexesDeferred<T>(
  db: Kysely<Database>,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const list = sql.join(tables.map((t) => sql.lit(t)));
  const constraints = await sql<Definition>`select c.conrelid::regclass::text as table, c.conname as name,
      c.contype as kind, pg_get_constraintdef(c.oid) as def
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = current_schema() and c.contype in ('p', 'u', 'f')
      and (c.conrelid::regclass::text in (${list}) or (c.contype = 'f' and c.confrelid::regclass::text in (${list})))`.execute(
    db,
  );
  const indexes =
    await sql<Definition>`select i.tablename as table, i.indexname as name, 'i' as kind, i.indexdef as def
    from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in (${list})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname
        and c.connamespace = (select oid from pg_namespace where nspname = current_schema()))`.execute(db);
  const all = [...constraints.rows, ...indexes.rows];
  const foreign = all.filter((d) => d.kind === "f");
  const keys = all.filter((d) => d.kind === "p" || d.kind === "u");
  const plain = all.filter((d) => d.kind === "i");
  for (const d of foreign) await sql.raw(`alter table ${d.table} drop constraint ${d.name}`).execute(db);
  for (const d of plain) await sql.raw(`drop index ${d.name}`).execute(db);
  for (const d of keys) await sql.raw(`alter table ${d.table} drop constraint ${d.name}`).execute(db);
  try {
    return await load();
  } finally {
    await db.connection().execute(async (c) => {
      await sql`set maintenance_work_mem = '256MB'`.execute(c);
      for (const d of keys)
        await sql.raw(`alter table ${d.table} add constraint ${d.name} ${d.def}`).execute(c);
      for (const d of plain) await sql.raw(d.def).execute(c);
      for (const d of foreign)
        await sql.raw(`alter table ${d.table} add constraint ${d.name} ${d.def}`).execute(c);
    });
  }
}
