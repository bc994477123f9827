import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { openDatabase } from "../../connection.ts";
import { prepareDatabase } from "../../migrate.ts";
import { copySink, insertSink, NATIONAL_TABLES, nationalSizes, seedNational } from "./index.ts";

/** Largest scale PGlite is asked to hold: beyond it the embedded database is the wrong tool. */
const PGLITE_MAX_SCALE = 0.01;

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    today: { type: "string" },
    reset: { type: "boolean", default: false },
    // Generate in this thread, as before the generator thread (to compare the two).
    "single-thread": { type: "boolean", default: false },
    "data-dir": { type: "string" },
    // Print each key, index, foreign key and analyze statement's wall time.
    timings: { type: "boolean", default: false },
    // Which keys stay in place during the load: "none" (the default), "primary", or key names.
    keep: { type: "string" },
    // Connections the rebuild after the load uses, and parallel workers each index build may start.
    "rebuild-connections": { type: "string" },
    "parallel-workers": { type: "string" },
  },
  allowPositionals: false,
});

const scale = Number(values.scale);
const seed = Number(values.seed);
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!(scale > 0) || !Number.isInteger(seed)) {
  console.error(
    "usage: seed:national [--scale 1] [--seed 1] [--today YYYY-MM-DD] [--reset] [--single-thread] [--data-dir DIR] [--timings] [--keep none|primary|NAMES] [--rebuild-connections N] [--parallel-workers N]",
  );
  process.exit(2);
}
const url = process.env.DATABASE_URL;
const dir = values["data-dir"] ?? process.env.SINERGI_DATA_DIR;
// pnpm runs the script from another package's folder: a relative folder is the caller's.
const dataDir = dir === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), dir);
if (!url && scale > PGLITE_MAX_SCALE) {
  console.error(
    `seed:national: scale ${scale} needs PostgreSQL: set DATABASE_URL (embedded PGlite takes scales up to ${PGLITE_MAX_SCALE}).`,
  );
  process.exit(2);
}
if (!url && !dataDir) {
  console.error("seed:national: set DATABASE_URL, or --data-dir for a small scale on embedded PGlite.");
  process.exit(2);
}

const started = performance.now();
const handle = await openDatabase(url ? { databaseUrl: url } : { dataDir: dataDir as string });
try {
  await prepareDatabase(handle.db);
  if (values.reset) await resetData(handle.db);
  const sink = url ? await copySink(url, 3) : insertSink(handle.db);
  const sizes = nationalSizes(scale);
  console.log(
    `seed:national scale ${scale} seed ${seed} today ${today}: ${sizes.facilities} facilities, ` +
      `${sizes.inmates} inmates, ~${sizes.enrollments} enrollments (${handle.kind})`,
  );
  try {
    const counts = await seedNational(handle.db, sink, {
      scale,
      seed,
      today,
      deferIndexes: Boolean(url) && scale >= 0.05,
      thread: Boolean(url) && !values["single-thread"],
      ...(values.keep === undefined ? {} : { keep: keepOption(values.keep) }),
      rebuild: {
        ...(values["rebuild-connections"] ? { connections: Number(values["rebuild-connections"]) } : {}),
        ...(values["parallel-workers"] ? { parallelWorkers: Number(values["parallel-workers"]) } : {}),
      },
      onPhase: (phase) => console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s: ${phase}`),
      ...(values.timings
        ? {
            onStep: (statement: string, ms: number) =>
              console.log(`    ${(ms / 1000).toFixed(1)} s ${statement}`),
          }
        : {}),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const [table, n] of Object.entries(counts))
      console.log(`  ${table.padEnd(28)} ${n.toLocaleString("en")}`);
    const size = await sql<{
      size: string;
    }>`select pg_size_pretty(pg_database_size(current_database())) as size`
      .execute(handle.db)
      .catch(() => ({ rows: [] }));
    console.log(`done in ${seconds} s${size.rows[0] ? `; database size ${size.rows[0].size}` : ""}`);
  } finally {
    await sink.close();
  }
} finally {
  await handle.close();
}

/** Empties the tables the generator writes (the audit log is append-only: a used database needs a fresh one). */
async function resetData(db: typeof handle.db): Promise<void> {
  // Amendment versions and realisation corrections refer to agreements and action items.
  const tables = [...NATIONAL_TABLES, "agreement_versions", "action_item_adjustments"];
  await sql.raw(`truncate ${tables.join(", ")} restart identity`).execute(db);
}

/** The --keep option as a test on a key's definition. */
function keepOption(value: string): (d: { name: string; kind: string }) => boolean {
  if (value === "primary") return (d) => d.kind === "p";
  if (value === "none") return () => false;
  const names = new Set(value.split(","));
  return (d) => names.has(d.name);
}
