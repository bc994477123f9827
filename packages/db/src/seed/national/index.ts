import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema/index.ts";
import { type RebuildOptions, withIndexesDeferred } from "./bulk.ts";
import { newRun } from "./context.ts";
import { generate, type NationalCounts } from "./generate.ts";
import { loadGeography } from "./geography.ts";
import type { Sink } from "./sink.ts";
import { generateInThread } from "./threaded.ts";

export { generate, type NationalCounts, nationalSizes } from "./generate.ts";
export { copySink, insertSink, type Sink } from "./sink.ts";

/** What to generate. */
export interface NationalOptions {
  /** 1 is the country (530 facilities, 270,000 inmates, 1,000,000 enrollments); 0.001 a thousandth. */
  readonly scale: number;
  /** Same seed and same `today`: the same rows, byte for byte. */
  readonly seed: number;
  /** The day the data is read at (YYYY-MM-DD): three years of history end here. */
  readonly today: string;
  /** Set keys, foreign keys and indexes aside during the load and build them after (large loads). */
  readonly deferIndexes?: boolean;
  /**
   * Generate in a worker thread, handing COPY text to this one (needs a sink with `loadEncoded`, and a
   * runtime that loads TypeScript in workers, as tsx does): generation overlaps encoding and sending.
   */
  readonly thread?: boolean;
  /** Told when each phase ends (for the command's output). */
  readonly onPhase?: (phase: string) => void;
  /** How the rebuild after a deferred load runs: connections and parallel workers (to compare settings). */
  readonly rebuild?: Pick<RebuildOptions, "connections" | "parallelWorkers">;
  /** Told each rebuild or analyze statement's wall time (large loads). */
  readonly onStep?: RebuildOptions["onStep"];
  /**
   * Keys and indexes left in place during a deferred load; by default none. Keeping the primary keys
   * made the load dearer than building them after it (attendance's COPY alone took 17.0 s with its key
   * in place against 6.4 s plus 3.8 s for the build after; lifecycle history 10.8 s against 7.2 s).
   */
  readonly keep?: RebuildOptions["keep"];
}

/** Every table the generator writes. */
export const NATIONAL_TABLES = [
  "regional_offices",
  "facilities",
  "partners",
  "documents",
  "agreements",
  "agreement_partners",
  "action_items",
  "programs",
  "engagements",
  "engagement_partners",
  "follow_ups",
  "facility_licences",
  "lifecycle_history",
  "inmates",
  "population_snapshots",
  "population_domicile_counts",
  "cohorts",
  "enrollments",
  "enrollment_assessments",
  "attendance",
  "certificates",
] as const;

/** True when no regional office, facility or partner is stored yet. */
export async function isNationalEmpty(db: Kysely<Database>): Promise<boolean> {
  const r = await sql<{
    n: number;
  }>`select (select count(*) from regional_offices) + (select count(*) from facilities)
    + (select count(*) from partners) as n`.execute(db);
  return Number(r.rows[0]?.n ?? 0) === 0;
}

/**
 * Fills an empty, migrated database with a country's worth of data through `sink`, streaming facility by
 * facility so memory stays flat; returns the rows written per table.
 */
export async function seedNational(
  db: Kysely<Database>,
  sink: Sink,
  options: NationalOptions,
): Promise<NationalCounts> {
  if (!(options.scale > 0)) throw new Error("national seed: scale must be above 0");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error("national seed: today must be YYYY-MM-DD");
  if (!(await isNationalEmpty(db)))
    throw new Error(
      "national seed: the database already holds organisation data; use a fresh database (or --reset)",
    );
  const rows = async () =>
    options.thread
      ? generateInThread(options, sink)
      : generate(newRun(options.seed, options.scale, options.today, await loadGeography()), sink);
  const rebuild: RebuildOptions = {
    ...(options.onStep ? { onStep: options.onStep } : {}),
    ...(options.rebuild ?? {}),
    keep: options.keep ?? (() => false),
    // Analyzed while the last foreign keys are validated, on the connections they leave free.
    analyze: true,
  };
  const counts = options.deferIndexes
    ? await withIndexesDeferred(
        db,
        NATIONAL_TABLES,
        async () => {
          const c = await rows();
          options.onPhase?.("rows loaded");
          return c;
        },
        rebuild,
      )
    : await rows();
  if (options.deferIndexes) options.onPhase?.("keys, indexes and foreign keys rebuilt; analyzed");
  else {
    options.onPhase?.("rows loaded");
    await sql`analyze`.execute(db);
    options.onPhase?.("analyzed");
  }
  return counts;
}
