import { randomUUID } from "node:crypto";
import {
  type Database,
  finishRun,
  type MakeOutcome,
  makeMissingReports,
  makeMissingReportsRange,
  missingScopes,
  type RunFailure,
  raiseAlerts,
  raiseReportFailed,
  scopeOfKey,
  startRun,
} from "@sinergi/db";
import { type Kysely, sql } from "kysely";
import type { SendMail } from "./digest.ts";
import { sendDigests } from "./digest.ts";
import { firstPeriod, lastClosedMonth, periodsBetween } from "./months.ts";

/** What a pass or a backfill needs. */
export interface PassOptions {
  readonly worker: string;
  readonly now?: () => string;
  readonly ids?: () => string;
  /** A pass reconciles from here (default: 12 closed months back or the earliest data). */
  readonly from?: string | undefined;
  /** Sends the alert digests when set (SINERGI_SMTP_URL). */
  readonly send?: SendMail | undefined;
  /**
   * A backfill's consecutive months whose figures are computed together in one transaction (see
   * makeMissingReportsRange); default BACKFILL_BATCH_MONTHS. A pass makes one month per transaction.
   */
  readonly batchMonths?: number;
  /** Told after each period is reconciled (the backfill's progress). */
  readonly onPeriod?: (outcome: MakeOutcome, index: number, total: number) => void;
}

/** What one run did. */
export interface RunResult {
  readonly runId: string;
  readonly periods: readonly string[];
  readonly made: number;
  readonly failures: readonly RunFailure[];
  /** Periods another worker was making when first reached (revisited once it let go). */
  readonly busy: readonly string[];
  readonly digestsSent: number;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 500);

/** The calendar date of the earliest agreement, engagement or cohort, or null with no data. */
async function earliestData(db: Kysely<Database>): Promise<string | null> {
  const { rows } = await sql<{ day: string | null }>`select least(
      (select min(start_date) from agreements), (select min(date) from engagements),
      (select min(start_date) from cohorts)) as day`.execute(db);
  return rows[0]?.day ?? null;
}

/** Makes the missing reports of the periods, batchMonths consecutive months per transaction, and logs the run. */
async function reconcile(
  db: Kysely<Database>,
  kind: "pass" | "backfill",
  periods: readonly string[],
  options: PassOptions,
  batchMonths: number,
): Promise<RunResult> {
  const now = options.now ?? (() => new Date().toISOString());
  const ids = options.ids ?? randomUUID;
  const runId = ids();
  await startRun(db, { id: runId, kind, worker: options.worker, at: now() });
  let made = 0;
  let digestsSent = 0;
  const failures: RunFailure[] = [];
  const busy: string[] = [];
  const failed = (period: string, e: unknown): MakeOutcome => ({
    period,
    made: 0,
    busy: false,
    failures: [{ key: `period:${period}`, reason: reasonOf(e) }],
  });
  const make = async (period: string, wait: boolean): Promise<MakeOutcome> => {
    try {
      return await makeMissingReports(db, { period, worker: options.worker, now, ids, wait });
    } catch (e) {
      return failed(period, e);
    }
  };
  // Months of a batch share one statement set for their figures (cumulative figures are then read
  // once, not once a month); complete months are skipped without taking a lock or a snapshot.
  const makeBatch = async (batch: readonly string[]): Promise<MakeOutcome[]> => {
    const complete = new Set<string>();
    for (const period of batch) {
      try {
        if ((await missingScopes(db, period)).length === 0) complete.add(period);
      } catch {
        // Left to makeMissingReportsRange, which reports the failure.
      }
    }
    const todo = batch.filter((p) => !complete.has(p));
    let made: MakeOutcome[] = [];
    try {
      if (todo.length > 0)
        made = await makeMissingReportsRange(db, { periods: todo, worker: options.worker, now, ids });
    } catch (e) {
      made = todo.map((period) => failed(period, e));
    }
    return batch.map(
      (period) => made.find((o) => o.period === period) ?? { period, made: 0, busy: false, failures: [] },
    );
  };
  const tally = (outcome: MakeOutcome) => {
    made += outcome.made;
    failures.push(...outcome.failures);
  };
  const size = Math.max(1, batchMonths);
  for (let start = 0; start < periods.length; start += size) {
    const outcomes = await makeBatch(periods.slice(start, start + size));
    for (const [j, outcome] of outcomes.entries()) {
      tally(outcome);
      if (outcome.busy) busy.push(outcome.period);
      options.onPeriod?.(outcome, start + j, periods.length);
    }
  }
  // Periods another worker held are revisited, waiting for its lock: it has made them by then, or it
  // died (its session and lock with it) and this pass makes them, so no month waits for the next pass.
  for (const period of busy) tally(await make(period, true));
  const at = now();
  const later: RunFailure[] = [];
  try {
    for (const f of failures) {
      const scopeKey = f.key.slice(0, f.key.lastIndexOf(":"));
      const scope = scopeOfKey(scopeKey);
      const period = f.key.slice(f.key.lastIndexOf(":") + 1);
      if (scope) await raiseReportFailed(db, { scope, scopeKey, period, reason: f.reason }, at);
    }
    if (kind === "pass") await raiseAlerts(db, at);
  } catch (e) {
    later.push({ key: "alerts", reason: reasonOf(e) });
  }
  if (kind === "pass" && options.send) {
    try {
      digestsSent = await sendDigests(db, at, options.send);
    } catch (e) {
      later.push({ key: "digest", reason: reasonOf(e) });
    }
  }
  const all = [...failures, ...later];
  await finishRun(db, runId, { at: now(), reportsMade: made, failures: all });
  return { runId, periods, made, failures: all, busy, digestsSent };
}

/**
 * One scheduled pass: makes every missing report of every closed month from the start month on
 * (so a worker that was down catches up), raises the alerts, sends the day's digests, and logs
 * the run. A report that fails is logged and alerted; the others are still made.
 */
export async function runPass(db: Kysely<Database>, options: PassOptions): Promise<RunResult> {
  const at = (options.now ?? (() => new Date().toISOString()))();
  const from = firstPeriod(at, options.from, options.from === undefined ? await earliestData(db) : null);
  return reconcile(db, "pass", periodsBetween(from, lastClosedMonth(at)), options, 1);
}

/**
 * A backfill's default months per transaction: on the national data a 12-month batch of the training
 * figures costs about twice one month, since every family reads its rows once for the whole range
 * (bench/README.md, "National reports").
 */
export const BACKFILL_BATCH_MONTHS = 12;

/** Makes every missing report of the closed months in a range (months not yet closed are left out). */
export async function runBackfill(
  db: Kysely<Database>,
  range: { readonly from: string; readonly to: string },
  options: PassOptions,
): Promise<RunResult> {
  const at = (options.now ?? (() => new Date().toISOString()))();
  // Periods are YYYY-MM strings: the earlier of the two sorts first.
  const to = [range.to, lastClosedMonth(at)].sort()[0] ?? range.to;
  const size = options.batchMonths ?? BACKFILL_BATCH_MONTHS;
  return reconcile(db, "backfill", periodsBetween(range.from, to), options, size);
}
