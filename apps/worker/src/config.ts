import { hostname } from "node:os";
import { Cron } from "croner";
import { isPeriod } from "./months.ts";

/** The worker's settings, read once from the environment. */
export interface WorkerSettings {
  /** DATABASE_URL: the PostgreSQL the standalone worker runs against. */
  readonly databaseUrl: string | undefined;
  /** SINERGI_REPORTS_FROM: the first month a pass reconciles (default: 12 closed months back). */
  readonly reportsFrom: string | undefined;
  /** SINERGI_SMTP_URL: where the daily alert digests are sent (none when unset). */
  readonly smtpUrl: string | undefined;
  /** SINERGI_SMTP_FROM: the digests' sender. */
  readonly smtpFrom: string;
  /** SINERGI_WORKER_NAME: how this worker signs its reports and runs (default host:pid). */
  readonly name: string;
  /** SINERGI_WORKER_SCHEDULE: when passes run (cron, in WIB); hourly at minute 5 by default. */
  readonly schedule: string;
}

/** Settings that stop the worker; the message names the variable and never repeats a value. */
export class WorkerConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Sinergi worker cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "WorkerConfigError";
  }
}

function validCron(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

/** Parses the worker's variables (empty counts as unset); throws a WorkerConfigError naming each bad one. */
export function parseWorkerSettings(env: Readonly<Record<string, string | undefined>>): WorkerSettings {
  const get = (name: string) => (env[name] === "" ? undefined : env[name]);
  const problems: string[] = [];
  const reportsFrom = get("SINERGI_REPORTS_FROM");
  if (reportsFrom !== undefined && !isPeriod(reportsFrom))
    problems.push("SINERGI_REPORTS_FROM must be a month as YYYY-MM");
  const smtpUrl = get("SINERGI_SMTP_URL");
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]/.test(smtpUrl))
    problems.push("SINERGI_SMTP_URL must be an smtp:// or smtps:// URL");
  const schedule = get("SINERGI_WORKER_SCHEDULE") ?? "5 * * * *";
  if (!validCron(schedule)) problems.push("SINERGI_WORKER_SCHEDULE must be a cron pattern");
  const name = get("SINERGI_WORKER_NAME") ?? `${hostname()}:${process.pid}`;
  if (name.length > 100) problems.push("SINERGI_WORKER_NAME must be at most 100 characters");
  if (problems.length > 0) throw new WorkerConfigError(problems);
  return {
    databaseUrl: get("DATABASE_URL"),
    reportsFrom,
    smtpUrl,
    smtpFrom: get("SINERGI_SMTP_FROM") ?? "Sinergi <no-reply@sinergi.invalid>",
    name,
    schedule,
  };
}
