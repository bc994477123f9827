import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { DataDirLockedError, openDatabase, prepareDatabase } from "@sinergi/db";
import { createApp } from "./app.ts";
import { loadDemoDataOnFirstStart } from "./demo.ts";

/** Default embedded data folder: `.sinergi-data` at the repository root. */
const defaultDataDir = resolve(fileURLToPath(new URL("../../../.sinergi-data", import.meta.url)));

const log = (line: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = resolve(process.env.SINERGI_DATA_DIR ?? defaultDataDir);

  const opened = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  await prepareDatabase(opened.db);
  if (opened.kind === "pglite") await loadDemoDataOnFirstStart(opened.db, log);

  const app = createApp({ db: opened.db, log });
  const server = serve({ fetch: app.fetch, port }, (info) => {
    log({
      msg: "Sinergi API listening",
      url: `http://localhost:${info.port}`,
      docs: `http://localhost:${info.port}/api/docs`,
      database: opened.kind === "pglite" ? `embedded PGlite in ${dataDir}` : "PostgreSQL (DATABASE_URL)",
    });
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log({ msg: "stopping", signal });
    server.close(() => {
      void opened.close().then(() => process.exit(0));
    });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  if (e instanceof DataDirLockedError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Sinergi failed to start: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
