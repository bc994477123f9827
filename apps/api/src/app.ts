import { randomBytes, randomUUID } from "node:crypto";
import { cursorCodec, type Database, lastPassFinishedAt, pingDatabase, withCursorCodec } from "@sinergi/db";
import { Hono } from "hono";
import type { Kysely } from "kysely";
import { authenticate } from "./access/authenticate.ts";
import { clientAddress } from "./access/client-key.ts";
import { csrfGuard } from "./access/csrf.ts";
import type { AppEnv } from "./context.ts";
import { answerHeaders, noStore } from "./http/answer-headers.ts";
import { apiCors } from "./http/api-cors.ts";
import { bodyLimit } from "./http/body-limit.ts";
import { compressText } from "./http/compress.ts";
import { consoleRoutes, hasConsoleBuild } from "./http/console-static.ts";
import { docsRoutes } from "./http/docs.ts";
import { toProblem } from "./http/error-map.ts";
import { idempotency } from "./http/idempotency.ts";
import { guardInput } from "./http/input-guard.ts";
import { problemResponse } from "./http/problem.ts";
import { type Logger, loggedRequestId, requestLog } from "./logger.ts";
import { uploadLimit } from "./resources/documents/routes.ts";
import { v1Routes } from "./routes.ts";

/** What the app needs from outside: a database, and optionally a clock, id source and logger. */
export interface AppOptions {
  readonly db: Kysely<Database>;
  readonly now?: () => string;
  readonly newId?: () => string;
  /** Receives one structured line per request (never bodies; request-supplied text redacted). */
  readonly logger?: Logger;
  /** Mark the session cookie Secure (everywhere but local development). */
  readonly secureCookies?: boolean;
  /** Other origins (besides the API's own) allowed to call with cookies, e.g. the console's dev server. */
  readonly allowedOrigins?: readonly string[];
  /** Behind one reverse proxy: rate limits count by the address it reports in X-Forwarded-For. */
  readonly trustProxy?: boolean;
  /**
   * The server secret (at least 32 characters) that signs list cursors; every instance on one database
   * needs the same. Without it the app makes one of its own, and its cursors hold only within it.
   */
  readonly secret?: string;
  /** The built console's folder: served at `/` when it holds an index.html (else `/` opens the docs). */
  readonly consoleDir?: string;
}

/** Builds the HTTP app: API v1, OpenAPI document and docs, health checks. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? randomUUID;
  // Lists run on this handle sign and check their cursors with the server's codec: signing happens in one
  // place, and repositories keep taking and returning plain strings.
  const db = withCursorCodec(options.db, cursorCodec(options.secret ?? randomBytes(32)));

  app.use(answerHeaders());
  if (options.logger) app.use(requestLog(options.logger));
  // Only configured origins may call with credentials; the console is served from the API's own origin.
  app.use("/api/*", apiCors(options.allowedOrigins ?? []));
  // Outermost on the API's answers: what it compresses is what the handlers and idempotency settled on.
  app.use("/api/*", compressText());
  app.use(async (c, next) => {
    c.set("db", db);
    c.set("now", now);
    c.set("newId", newId);
    c.set("actor", "anonymous");
    c.set("principal", undefined);
    c.set("authMethod", undefined);
    c.set("sessionId", undefined);
    c.set("withholdFromReplay", false);
    c.set("clientAddress", clientAddress(c, options.trustProxy ?? false));
    await next();
  });
  app.use("/api/v1/*", noStore());
  app.use("/api/v1/*", bodyLimit(uploadLimit));
  app.use("/api/v1/*", authenticate());
  app.use("/api/v1/*", csrfGuard(options.allowedOrigins ?? [], options.trustProxy ?? false));
  app.use("/api/v1/*", guardInput());
  app.use("/api/v1/*", idempotency());

  const consoleBuilt = hasConsoleBuild(options.consoleDir);
  // Without a console build, a person opening the server's address lands on the API reference.
  if (!consoleBuilt) app.get("/", (c) => c.redirect("/api/docs", 302));
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await pingDatabase(options.db);
      // The run log shows the reporting worker is alive, whichever process runs it.
      return c.json({ status: "ready", worker: { lastPassAt: await lastPassFinishedAt(options.db) } });
    } catch {
      return c.json({ status: "unavailable" }, 503);
    }
  });
  app.route("/api/v1", v1Routes({ secureCookies: options.secureCookies ?? false }));
  app.route("/api", docsRoutes(app));
  if (consoleBuilt && options.consoleDir) app.route("/", consoleRoutes(options.consoleDir));

  app.notFound((c) =>
    problemResponse(c, {
      type: "urn:sinergi:problem:not-found",
      title: "No such route",
      status: 404,
      code: "not-found",
    }),
  );
  // The request log line carries the error (c.error): name and code, and a 5xx's redacted cause.
  app.onError((e, c) => problemResponse(c, toProblem(e, loggedRequestId(c))));
  return app;
}
