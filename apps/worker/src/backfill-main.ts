import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DataDirLockedError, migrateToLatest, openDatabase } from "@sinergi/db";
import { parseBackfillArgs, runBackfillCommand } from "./backfill.ts";
import { parseWorkerSettings, WorkerConfigError } from "./config.ts";

/** The API's default embedded data folder (`.sinergi-data` at the repository root). */
const defaultDataDir = resolve(fileURLToPath(new URL("../../../.sinergi-data", import.meta.url)));

/**
 * `pnpm --filter @sinergi/worker backfill --from YYYY-MM --to YYYY-MM`: against DATABASE_URL, or
 * the embedded data folder when the API is not running (PGlite allows one process).
 */
async function main(): Promise<number> {
  const args = parseBackfillArgs(process.argv.slice(2).filter((a) => a !== "--"));
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const settings = parseWorkerSettings(process.env);
  const dataDir = process.env.SINERGI_DATA_DIR || defaultDataDir;
  const opened = await openDatabase(
    settings.databaseUrl
      ? { databaseUrl: settings.databaseUrl, namedStatements: false }
      : { dataDir: resolve(process.env.INIT_CWD ?? ".", dataDir) },
  );
  try {
    await migrateToLatest(opened.db);
    return await runBackfillCommand(opened.db, args, {
      worker: settings.name,
      out: { isTTY: process.stdout.isTTY === true, write: (t) => process.stdout.write(t) },
    });
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const known = e instanceof WorkerConfigError || e instanceof DataDirLockedError;
    process.stderr.write(known ? `${(e as Error).message}\n` : `backfill failed: ${(e as Error).stack}\n`);
    process.exit(1);
  },
);
