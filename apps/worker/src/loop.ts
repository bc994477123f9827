import type { Database } from "@sinergi/db";
import { Cron } from "croner";
import type { Kysely } from "kysely";
import type { WorkerSettings } from "./config.ts";
import { smtpSender } from "./digest.ts";
import { LAST_ZONE_TO_CLOSE } from "./months.ts";
import { type RunResult, runPass } from "./pass.ts";

/** What shows the worker is alive. */
export interface WorkerStatus {
  /** When this worker's last pass ended (null before the first). */
  readonly lastPassAt: string | null;
  readonly running: boolean;
  readonly nextPassAt: string | null;
}

/** A started worker: its status, and stop (waits for a pass under way). */
export interface WorkerHandle {
  status(): WorkerStatus;
  stop(): Promise<void>;
}

/** One structured log line. */
export type Log = (line: Record<string, unknown>) => void;

/**
 * Starts the reconcile loop: a pass at once, then on the schedule (croner, read in WIB). A pass
 * never overlaps the previous one in this process; other processes are kept apart by the database.
 */
export function startWorker(
  db: Kysely<Database>,
  settings: Pick<WorkerSettings, "name" | "schedule" | "reportsFrom" | "smtpUrl" | "smtpFrom">,
  log: Log,
): WorkerHandle {
  const send = settings.smtpUrl ? smtpSender(settings.smtpUrl, settings.smtpFrom) : undefined;
  let lastPassAt: string | null = null;
  let running: Promise<void> | undefined;
  const pass = () => {
    if (running) return running;
    running = runPass(db, { worker: settings.name, from: settings.reportsFrom, send })
      .then((r: RunResult) => {
        lastPassAt = new Date().toISOString();
        log({
          msg: "report pass done",
          worker: settings.name,
          periods: r.periods.length,
          made: r.made,
          failures: r.failures.length,
          busy: r.busy,
          digestsSent: r.digestsSent,
        });
      })
      .catch((e: unknown) =>
        log({ msg: "report pass failed", worker: settings.name, error: (e as Error).message }),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const cron = new Cron(settings.schedule, { timezone: LAST_ZONE_TO_CLOSE }, () => pass());
  void pass();
  log({ msg: "report worker started", worker: settings.name, schedule: settings.schedule });
  return {
    status: () => ({
      lastPassAt,
      running: running !== undefined,
      nextPassAt: cron.nextRun()?.toISOString() ?? null,
    }),
    stop: async () => {
      cron.stop();
      await running;
    },
  };
}
