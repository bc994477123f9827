import { migrateToLatest, openDatabase } from "@sinergi/db";
import pino from "pino";
import { parseWorkerSettings, WorkerConfigError } from "./config.ts";
import { startWorker } from "./loop.ts";

/**
 * The standalone worker (`pnpm --filter @sinergi/worker start`): the reconcile loop against
 * DATABASE_URL, as many instances as wanted. The embedded PGlite lives in the API's process, which
 * starts the same loop itself.
 */
async function main(): Promise<void> {
  const settings = parseWorkerSettings(process.env);
  if (settings.databaseUrl === undefined) {
    throw new WorkerConfigError([
      "DATABASE_URL must point at PostgreSQL: on the embedded default the API process runs the worker itself",
    ]);
  }
  const logger = pino({ base: { app: "worker" } });
  const opened = await openDatabase({ databaseUrl: settings.databaseUrl, namedStatements: false });
  await migrateToLatest(opened.db);
  const worker = startWorker(opened.db, settings, (line) => logger.info(line));
  const stop = (signal: string) => {
    logger.info({ msg: "stopping", signal });
    void worker
      .stop()
      .then(() => opened.close())
      .then(() => process.exit(0));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  process.stderr.write(
    e instanceof WorkerConfigError ? `${e.message}\n` : `Sinergi worker failed: ${(e as Error).stack}\n`,
  );
  process.exit(1);
});
