import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { DataDirLockedError, openDatabase, prepareDatabase } from "@sinergi/db";
import { ensureFirstAdmin, FirstAdminError } from "./access/bootstrap.ts";
import { createApp } from "./app.ts";
import { loadDemoDataOnFirstStart } from "./demo.ts";
import { createLogger } from "./logger.ts";

/** Default embedded data folder: `.sinergi-data` at the repository root. */
const defaultDataDir = resolve(fileURLToPath(new URL("../../../.sinergi-data", import.meta.url)));

const logger = createLogger();
const log = (line: Record<string, unknown>) => logger.info(line);

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = resolve(process.env.SINERGI_DATA_DIR ?? defaultDataDir);

  const opened = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  await prepareDatabase(opened.db);
  if (opened.kind === "pglite") await loadDemoDataOnFirstStart(opened.db, log);
  const admin = await ensureFirstAdmin(
    opened.db,
    {
      email: process.env.SINERGI_ADMIN_EMAIL,
      password: process.env.SINERGI_ADMIN_PASSWORD,
      generateIfMissing: opened.kind === "pglite",
    },
    new Date().toISOString(),
  );
  if (admin?.generatedPassword) {
    // Printed once, here, and never stored anywhere but as a hash.
    process.stdout.write(
      `\nFirst national admin created.\n  email:    ${admin.email}\n  password: ${admin.generatedPassword}\n` +
        "This one-time password is shown only now: sign in and change it (POST /api/v1/auth/password).\n\n",
    );
  } else if (admin) {
    log({ msg: "first national admin created from SINERGI_ADMIN_EMAIL", email: admin.email });
  }

  const allowedOrigins = (process.env.SINERGI_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  const app = createApp({
    db: opened.db,
    logger,
    secureCookies: process.env.NODE_ENV === "production" || process.env.SINERGI_SECURE_COOKIES === "true",
    allowedOrigins,
    trustProxy: process.env.SINERGI_TRUST_PROXY === "true",
  });
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
  if (e instanceof DataDirLockedError || e instanceof FirstAdminError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Sinergi failed to start: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
