import { sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import type { ReportRunsTable } from "../../schema/report.ts";

/** One failure of a run: which report (`<scope>:<period>`) and why. */
export interface RunFailure {
  readonly key: string;
  readonly reason: string;
}

/** A run of the worker as the run log shows it. */
export interface ReportRun {
  readonly id: string;
  readonly kind: ReportRunsTable["kind"];
  readonly worker: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly reportsMade: number;
  readonly failures: readonly RunFailure[];
}

/** Opens a run in the log (committed at once, so a run that dies midway still shows it started). */
export async function startRun(
  db: Executor,
  run: {
    readonly id: string;
    readonly kind: ReportRun["kind"];
    readonly worker: string;
    readonly at: string;
  },
): Promise<void> {
  await db
    .insertInto("reportRuns")
    .values({
      id: run.id,
      kind: run.kind,
      worker: run.worker,
      startedAt: run.at,
      reportsMade: 0,
      failures: json([]),
    })
    .execute();
}

/** Closes a run with what it made and what failed. */
export async function finishRun(
  db: Executor,
  id: string,
  result: { readonly at: string; readonly reportsMade: number; readonly failures: readonly RunFailure[] },
): Promise<void> {
  await db
    .updateTable("reportRuns")
    .set({ finishedAt: result.at, reportsMade: result.reportsMade, failures: json(result.failures) })
    .where("id", "=", id)
    .execute();
}

/** The newest runs first (the run log), at most `limit`. */
export async function latestRuns(db: Executor, limit = 20): Promise<ReportRun[]> {
  const rows = await db
    .selectFrom("reportRuns")
    .selectAll()
    .orderBy("startedAt", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, failures: r.failures as readonly RunFailure[] }));
}

/** When the newest finished pass ended (any worker): what shows the worker is alive; null before the first. */
export async function lastPassFinishedAt(db: Executor): Promise<string | null> {
  const { rows } = await sql<{ at: string | null }>`select max(finished_at) as at from report_runs
    where kind = 'pass'`.execute(db);
  return rows[0]?.at ?? null;
}
