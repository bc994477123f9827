/** @sinergi/worker: the monthly reporting worker (reconcile passes, backfill, alerts, digests). */

export { type BackfillArgs, parseBackfillArgs, runBackfillCommand } from "./backfill.ts";
export { parseWorkerSettings, WorkerConfigError, type WorkerSettings } from "./config.ts";
export { composeDigest, type SendMail, sendDigests, smtpSender } from "./digest.ts";
export { type Log, startWorker, type WorkerHandle, type WorkerStatus } from "./loop.ts";
export { isClosed, lastClosedMonth, periodsBetween } from "./months.ts";
export { type PassOptions, type RunResult, runBackfill, runPass } from "./pass.ts";
