/**
 * The reports bench's measurements, callable from the command and from the smoke test: the worker's
 * own code (makeMissingReports for one month, runBackfill for a range) against the hand-written
 * baseline, rounds interleaved, the worker's peak RSS sampled while it runs, and every report and
 * run-log row the bench made deleted again.
 */
import { randomUUID } from "node:crypto";
import { type Database, makeMissingReports } from "@sinergi/db";
import type { Kysely } from "kysely";
import { periodsBetween, runBackfill } from "../apps/worker/src/index.ts";
import { runBaseline } from "./reports-baseline.ts";

/** What to measure. */
export interface ReportsBenchOptions {
  /** The closed month of the one-month comparison (YYYY-MM). */
  readonly month: string;
  /** The backfill's first and last months (YYYY-MM). */
  readonly from: string;
  readonly to: string;
  readonly rounds: number;
  readonly backfillRounds: number;
  /** Months the backfill computes together (the worker's default when absent). */
  readonly batchMonths?: number;
  /** Told after each measurement (the command prints progress lines). */
  readonly onStep?: (line: string) => void;
}

/** One comparison: worker and baseline times per round, medians, ratio. */
export interface Comparison {
  readonly workerMs: number[];
  readonly baselineMs: number[];
  readonly workerMedianMs: number;
  readonly baselineMedianMs: number;
  readonly ratio: number;
  readonly reportsMade: number;
}

/** The bench's result. */
export interface ReportsBenchResult {
  readonly month: string;
  readonly backfill: { readonly from: string; readonly to: string; readonly months: number };
  readonly oneMonth: Comparison;
  readonly backfillRun: Comparison;
  /** The process's highest RSS sampled while the worker's code ran (MB). */
  readonly workerPeakRssMb: number;
  readonly baselineRows: Record<string, number>;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Samples the RSS every 50 ms while `fn` runs; its result, time and the highest sample. */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - t0, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

/** Deletes the reports and run-log rows this bench's worker name made (and nothing else). */
async function cleanUp(db: Kysely<Database>, worker: string): Promise<void> {
  await db.deleteFrom("reports").where("madeBy", "=", `worker:${worker}`).execute();
  await db.deleteFrom("reportRuns").where("worker", "=", worker).execute();
}

const compare = (workerMs: number[], baselineMs: number[], reportsMade: number): Comparison => {
  const w = median(workerMs);
  const b = median(baselineMs);
  return { workerMs, baselineMs, workerMedianMs: w, baselineMedianMs: b, ratio: w / b, reportsMade };
};

/** Runs the whole bench on a migrated, filled database; leaves no report or run row behind. */
export async function runReportsBench(
  db: Kysely<Database>,
  options: ReportsBenchOptions,
): Promise<ReportsBenchResult> {
  const worker = `bench-reports-${randomUUID().slice(0, 8)}`;
  const step = options.onStep ?? (() => {});
  const periods = periodsBetween(options.from, options.to);
  const clock = () => new Date().toISOString();
  let peak = 0;
  let baselineRows: Record<string, number> = {};
  const month = { worker: [] as number[], baseline: [] as number[], made: 0 };
  const range = { worker: [] as number[], baseline: [] as number[], made: 0 };
  try {
    await cleanUp(db, worker);
    for (let round = 0; round < Math.max(options.rounds, options.backfillRounds); round++) {
      // Each round alternates which side goes first, so neither always meets the warmer cache.
      const workerFirst = round % 2 === 0;
      if (round < options.rounds) {
        const runWorker = async () => {
          const r = await measured(() =>
            makeMissingReports(db, { period: options.month, worker, now: clock, ids: randomUUID }),
          );
          if (r.value.failures.length > 0) throw new Error(`worker failed: ${r.value.failures[0]?.reason}`);
          month.worker.push(r.ms);
          month.made = r.value.made;
          peak = Math.max(peak, r.peakRss);
          await cleanUp(db, worker);
          step(
            `month ${options.month} round ${round + 1}: worker ${r.ms.toFixed(0)} ms, ${r.value.made} reports`,
          );
        };
        const runBase = async () => {
          const r = await measured(() => runBaseline(db, options.month, 1));
          month.baseline.push(r.ms);
          step(`month ${options.month} round ${round + 1}: baseline ${r.ms.toFixed(0)} ms`);
        };
        if (workerFirst) {
          await runWorker();
          await runBase();
        } else {
          await runBase();
          await runWorker();
        }
      }
      if (round < options.backfillRounds) {
        const runWorker = async () => {
          const r = await measured(() =>
            runBackfill(
              db,
              { from: options.from, to: options.to },
              {
                worker,
                now: clock,
                ids: randomUUID,
                ...(options.batchMonths === undefined ? {} : { batchMonths: options.batchMonths }),
              },
            ),
          );
          if (r.value.failures.length > 0) throw new Error(`backfill failed: ${r.value.failures[0]?.reason}`);
          range.worker.push(r.ms);
          range.made = r.value.made;
          peak = Math.max(peak, r.peakRss);
          await cleanUp(db, worker);
          step(`backfill round ${round + 1}: worker ${r.ms.toFixed(0)} ms, ${r.value.made} reports`);
        };
        const runBase = async () => {
          const r = await measured(() => runBaseline(db, options.from, periods.length));
          range.baseline.push(r.ms);
          baselineRows = r.value;
          step(`backfill round ${round + 1}: baseline ${r.ms.toFixed(0)} ms`);
        };
        if (workerFirst) {
          await runWorker();
          await runBase();
        } else {
          await runBase();
          await runWorker();
        }
      }
    }
  } finally {
    await cleanUp(db, worker);
  }
  return {
    month: options.month,
    backfill: { from: options.from, to: options.to, months: periods.length },
    oneMonth: compare(month.worker, month.baseline, month.made),
    backfillRun: compare(range.worker, range.baseline, range.made),
    workerPeakRssMb: Math.round(peak / 1024 / 1024),
    baselineRows,
  };
}
