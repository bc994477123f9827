import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { DataDirLockedError, openDatabase, prepareDatabase } from "@sinergi/db";
import { parseWorkerSettings, startWorker, WorkerConfigError, type WorkerHandle } from "@sinergi/worker";
import { ensureFirstAdmin, FirstAdminError } from "./access/bootstrap.ts";
import { createApp } from "./app.ts";
import { ConfigError, parseConfig } from "./config.ts";
import { loadDemoDataOnFirstStart } from "./demo.ts";
import { hasConsoleBuild } from "./http/console-static.ts";
import { createLogger } from "./logger.ts";
import { dataDirSecret } from "./secret-file.ts";

/** Default embedded data folder: `.sinergi-data` at the repository root. */
const defaultDataDir = resolve(fileURLToPath(new URL("../../../.sinergi-data", import.meta.url)));
/** Where `pnpm --filter @sinergi/console build` puts the console. */
const defaultConsoleDir = resolve(fileURLToPath(new URL("../../console/dist", import.meta.url)));

/**
 * How long after the server starts the embedded default's worker makes its first pass. PGlite runs one statement
 * at a time, so a pass at start (a second or more, even with nothing to make) would hold up the first
 * requests; a restart answers first and reconciles the reports a little later.
 */
const EMBEDDED_WORKER_DELAY_MS = 10_000;

const logger = createLogger();
const log = (line: Record<string, unknown>) => logger.info(line);

async function main(): Promise<void> {
  // The only reads of the environment (API and worker settings): everything below uses the parsed ones.
  const config = parseConfig(process.env, { cwd: process.cwd(), defaultDataDir, defaultConsoleDir });
  const workerSettings = parseWorkerSettings(process.env);
  const { database } = config;

  const opened = await openDatabase(
    database.kind === "postgres" ? { databaseUrl: database.url } : { dataDir: database.dataDir },
  );
  // Against PostgreSQL the configuration requires SINERGI_SECRET; the embedded default keeps its own.
  const secret = config.secret ?? (database.kind === "pglite" ? dataDirSecret(database.dataDir) : undefined);
  if (secret === undefined) throw new Error("no server secret");
  await prepareDatabase(opened.db);
  if (opened.kind === "pglite") await loadDemoDataOnFirstStart(opened.db, log);
  const admin = await ensureFirstAdmin(
    opened.db,
    { ...config.admin, generateIfMissing: opened.kind === "pglite" },
    new Date().toISOString(),
  );
  if (admin?.generatedPassword) {
    // After the log lines above (written asynchronously), so the password is not split from its heading.
    await new Promise<void>((done) => logger.flush(() => done()));
    // Printed once, here, and never stored anywhere but as a hash.
    process.stdout.write(
      `\nFirst national admin created.\n  email:    ${admin.email}\n  password: ${admin.generatedPassword}\n` +
        "This one-time password is shown only now: sign in and change it (POST /api/v1/auth/password).\n\n",
    );
  } else if (admin) {
    log({ msg: "first national admin created from SINERGI_ADMIN_EMAIL", email: admin.email });
  }

  const app = createApp({
    db: opened.db,
    logger,
    secureCookies: config.secureCookies,
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    secret,
    consoleDir: config.consoleDir,
  });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    log({
      msg: "Sinergi API listening",
      url: `http://localhost:${info.port}`,
      docs: `http://localhost:${info.port}/api/docs`,
      console: hasConsoleBuild(config.consoleDir) ? `http://localhost:${info.port}/` : "not built",
      database:
        database.kind === "pglite" ? `embedded PGlite in ${database.dataDir}` : "PostgreSQL (DATABASE_URL)",
    });
    // Now, not at the next batch: whoever started the server waits for this line.
    logger.flush();
  });

  // PGlite allows one process: on the embedded default the reporting worker runs here, once started.
  let worker: WorkerHandle | undefined;
  const workerTimer =
    opened.kind === "pglite"
      ? setTimeout(() => {
          worker = startWorker(opened.db, workerSettings, log);
        }, EMBEDDED_WORKER_DELAY_MS)
      : undefined;

  server.on("error", (e: NodeJS.ErrnoException) => {
    const why = e.code === "EADDRINUSE" ? `port ${config.port} is in use (set PORT to another)` : e.message;
    process.stderr.write(`Sinergi cannot listen: ${why}\n`);
    void opened.close().then(() => process.exit(1));
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log({ msg: "stopping", signal });
    clearTimeout(workerTimer);
    server.close(() => {
      void Promise.resolve(worker?.stop())
        .then(() => opened.close())
        .then(() => process.exit(0));
    });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  if (
    e instanceof DataDirLockedError ||
    e instanceof ConfigError ||
    e instanceof WorkerConfigError ||
    e instanceof FirstAdminError
  ) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Sinergi failed to start: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
