import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema/index.ts";

/** An index or constraint as the migrations made it, to be made again after the load. */
export interface Definition {
  readonly table: string;
  readonly name: string;
  readonly kind: "p" | "u" | "f" | "i";
  readonly def: string;
}

/** How a rebuild runs: connections at once and the memory each may sort in. */
export interface RebuildOptions {
  /** Connections building at once (PGlite has one; PostgreSQL gains up to about its cores plus one). */
  readonly connections?: number;
  /** maintenance_work_mem for each connection: sorts of the big tables' keys stay in memory. */
  readonly memory?: string;
  /** Told each statement's wall time as it ends (to see which steps dominate). */
  readonly onStep?: (statement: string, ms: number) => void;
  /** Keys and indexes left in place during the load (those whose rows arrive in key order). */
  readonly keep?: (d: Definition) => boolean;
  /**
   * Also analyze every table of the schema, on the connections the foreign keys' validation leaves free
   * (after the indexes, whose expressions analyze reads); else `analyzeAll` is left to the caller.
   */
  readonly analyze?: boolean;
  /** max_parallel_maintenance_workers for each connection (PostgreSQL's own default when absent). */
  readonly parallelWorkers?: number;
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
  options: RebuildOptions = {},
): Promise<T> {
  const keep = options.keep ?? (() => false);
  const all = (await definitions(db, tables)).filter((d) => d.kind === "f" || !keep(d));
  for (const d of all.filter((x) => x.kind === "f"))
    await sql.raw(`alter table ${d.table} drop constraint ${d.name}`).execute(db);
  for (const d of all.filter((x) => x.kind === "i")) await sql.raw(`drop index ${d.name}`).execute(db);
  for (const d of all.filter((x) => x.kind === "p" || x.kind === "u"))
    await sql.raw(`alter table ${d.table} drop constraint ${d.name}`).execute(db);
  let result: T;
  try {
    result = await load();
  } catch (e) {
    await rebuild(db, all, { connections: 1, ...options, analyze: false });
    throw e;
  }
  await rebuild(db, all, options);
  return result;
}

/** The keys, unique constraints, foreign keys and indexes of `tables` (and foreign keys pointing at them). */
async function definitions(db: Kysely<Database>, tables: readonly string[]): Promise<Definition[]> {
  const list = sql.join(tables.map((t) => sql.lit(t)));
  const constraints = await sql<Definition>`select c.conrelid::regclass::text as table, c.conname as name,
      c.contype as kind, pg_get_constraintdef(c.oid) as def
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = current_schema() and c.contype in ('p', 'u', 'f')
      and (c.conrelid::regclass::text in (${list}) or (c.contype = 'f' and c.confrelid::regclass::text in (${list})))
    order by c.conname`.execute(db);
  const indexes =
    await sql<Definition>`select i.tablename as table, i.indexname as name, 'i' as kind, i.indexdef as def
    from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in (${list})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname
        and c.connamespace = (select oid from pg_namespace where nspname = current_schema()))
    order by i.indexname`.execute(db);
  return [...constraints.rows, ...indexes.rows];
}

/** One statement of the rebuild, and what it locks: a key locks its table out, an index only shares it. */
interface Step {
  readonly table: string;
  readonly sql: string;
  readonly exclusive: boolean;
  /** Rough cost (the table's size): the largest go first so the last to finish is a small one. */
  readonly cost: number;
}

/**
 * Makes the definitions again on several connections at once. Keys and unique constraints first
 * (an index build per table at a time for a key, which locks its table; plain indexes of one table build
 * side by side), then every foreign key added NOT VALID (a catalog change) and validated: validation takes
 * a lock that lets the other tables' validations, and reads of the referenced table, run alongside.
 */
export async function rebuild(
  db: Kysely<Database>,
  all: readonly Definition[],
  options: RebuildOptions = {},
): Promise<void> {
  const connections = Math.max(1, options.connections ?? 3);
  const memory = options.memory ?? "512MB";
  const sizes = await tableSizes(
    db,
    all.map((d) => d.table),
  );
  const cost = (table: string) => sizes.get(table) ?? 0;
  const keys = all.filter((d) => d.kind === "p" || d.kind === "u");
  const plain = all.filter((d) => d.kind === "i");
  const foreign = all.filter((d) => d.kind === "f");
  await runSteps(db, connections, memory, options, [
    ...keys.map((d) => ({
      table: d.table,
      sql: `alter table ${d.table} add constraint ${d.name} ${d.def}`,
      exclusive: true,
      cost: cost(d.table),
    })),
    ...plain.map((d) => ({ table: d.table, sql: d.def, exclusive: false, cost: cost(d.table) })),
  ]);
  for (const d of foreign)
    await sql.raw(`alter table ${d.table} add constraint ${d.name} ${d.def} not valid`).execute(db);
  await runSteps(db, connections, memory, options, [
    ...foreign.map((d) => ({
      table: d.table,
      sql: `alter table ${d.table} validate constraint ${d.name}`,
      // Validation takes SHARE UPDATE EXCLUSIVE on its table, which conflicts with itself.
      exclusive: true,
      cost: cost(d.table),
    })),
    ...(options.analyze ? await analyzeSteps(db) : []),
  ]);
}

/**
 * Analyzes every table of the schema on several connections at once, the largest first (after a bulk
 * load the planner needs their statistics; one `analyze` would read them one after another).
 */
export async function analyzeAll(db: Kysely<Database>, options: RebuildOptions = {}): Promise<void> {
  await runSteps(
    db,
    Math.max(1, options.connections ?? 3),
    options.memory ?? "512MB",
    options,
    await analyzeSteps(db),
  );
}

/** An `analyze` of every table of the schema, each costed by its heap's size. */
async function analyzeSteps(db: Kysely<Database>): Promise<Step[]> {
  const r = await sql<{ table: string; bytes: string | number }>`select c.relname as table,
      pg_relation_size(c.oid) as bytes from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'm')`.execute(db);
  // Analyze takes SHARE UPDATE EXCLUSIVE, as a validation does: one of them per table at a time.
  return r.rows.map((t) => ({
    table: t.table,
    sql: `analyze "${t.table}"`,
    exclusive: true,
    cost: Number(t.bytes),
  }));
}

/** Bytes of each table's heap. */
async function tableSizes(db: Kysely<Database>, tables: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(tables)];
  if (unique.length === 0) return new Map();
  const r = await sql<{ table: string; bytes: string | number }>`select t as table,
      pg_relation_size(t::regclass) as bytes from unnest(${sql.val(unique)}::text[]) t`.execute(db);
  return new Map(r.rows.map((x) => [x.table, Number(x.bytes)]));
}

/**
 * Runs steps on `connections` connections, the costliest first, never two steps on one table where one
 * of them is exclusive (it would only wait for the lock, holding a connection idle). Keys of a table come
 * before its plain indexes in the list, so a table's indexes wait for its keys.
 */
async function runSteps(
  db: Kysely<Database>,
  connections: number,
  memory: string,
  options: RebuildOptions,
  steps: readonly Step[],
): Promise<void> {
  const onStep = options.onStep;
  const pending = [...steps].sort((a, b) => b.cost - a.cost || Number(a.exclusive) - Number(b.exclusive));
  // Per table: how many steps run now, and whether one of them is exclusive.
  const running = new Map<string, { count: number; exclusive: boolean }>();
  const waitingExclusive = (table: string) => pending.some((s) => s.table === table && s.exclusive);
  let wake: () => void = () => {};
  let failure: unknown;
  const next = (): Step | undefined => {
    const k = pending.findIndex((s) => {
      const r = running.get(s.table);
      if (s.exclusive) return !r || r.count === 0;
      return !r?.exclusive && !waitingExclusive(s.table);
    });
    return k < 0 ? undefined : pending.splice(k, 1)[0];
  };
  const lane = () =>
    db.connection().execute(async (c) => {
      await sql.raw(`set maintenance_work_mem = '${memory}'`).execute(c);
      await sql.raw(`set work_mem = '${memory}'`).execute(c);
      if (options.parallelWorkers !== undefined)
        await sql
          .raw(`set max_parallel_maintenance_workers = ${Math.max(0, Math.floor(options.parallelWorkers))}`)
          .execute(c);
      while (pending.length > 0 && failure === undefined) {
        const step = next();
        if (!step) {
          await new Promise<void>((resolve) => {
            const before = wake;
            wake = () => {
              before();
              resolve();
            };
          });
          continue;
        }
        const r = running.get(step.table) ?? { count: 0, exclusive: false };
        running.set(step.table, { count: r.count + 1, exclusive: step.exclusive });
        const began = performance.now();
        try {
          await sql.raw(step.sql).execute(c);
          onStep?.(step.sql, performance.now() - began);
        } catch (e) {
          failure ??= e;
        } finally {
          const now = running.get(step.table) ?? { count: 1, exclusive: false };
          running.set(step.table, { count: now.count - 1, exclusive: now.count - 1 > 0 && now.exclusive });
          const w = wake;
          wake = () => {};
          w();
        }
      }
      await sql`reset maintenance_work_mem`.execute(c);
      await sql`reset work_mem`.execute(c);
      await sql`reset max_parallel_maintenance_workers`.execute(c);
    });
  await Promise.all(Array.from({ length: connections }, lane));
  if (failure !== undefined) throw failure;
}
