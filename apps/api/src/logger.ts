import type { Context, MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import { type DestinationStream, type Logger, pino } from "pino";
import { ProblemError } from "./http/problem.ts";
import { redactDeep, safeText } from "./http/redact.ts";

export type { Logger } from "pino";

/** Log lines are written once this many bytes have gathered… */
export const LOG_BATCH_BYTES = 4096;
/** …or this many milliseconds have passed, whichever comes first. */
export const LOG_FLUSH_MS = 1000;

/** Lines whose every string passed `safeText` where they were made (or is the API's own route pattern). */
const alreadyRedacted = new WeakSet<object>();

/**
 * The API's structured logger: one JSON object a line (pino), ISO times. Every string in a line, the
 * message included, passes the redactor on the way out, so a value quoted by a database error or a
 * request-supplied text cannot put a NIK or a birth date into a log.
 */
export function createLogger(options: { destination?: DestinationStream; level?: string } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Stack frames name only our own code (and the versions in its paths): kept as they are.
        log: (obj) => {
          // The request log's line is made of redacted parts already (requestLog): not walked twice.
          if (alreadyRedacted.has(obj)) return obj;
          const { errorStack, ...line } = obj;
          return {
            ...(redactDeep(line) as Record<string, unknown>),
            ...(errorStack === undefined ? {} : { errorStack }),
          };
        },
      },
      hooks: {
        logMethod(args, method) {
          const safe = args.map((a) => (typeof a === "string" ? safeText(a, 500) : a));
          return method.apply(this, safe as Parameters<typeof method>);
        },
      },
    },
    // Written off the request's path and in batches: lines wait until 4 KB have gathered or a second has
    // passed, and pino writes what is left when the process exits. A synchronous write per request was
    // about 7 % of the API's CPU on a health check, and an asynchronous write per line (a thread-pool
    // round trip each) still 100-160 us a request; what a SIGKILL can lose is the last second of lines.
    options.destination ??
      pino.destination({ dest: 1, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS }),
  );
}

/** Only the frames of a stack (`at …` lines): its first line repeats the message, which may quote input. */
const stackFrames = (e: Error): string[] =>
  (e.stack ?? "")
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 15)
    .map((l) => l.trim());

/** What a log line says about the error behind an answer: name and code, and for a 5xx its cause. */
function errorFields(error: unknown, status: number): Record<string, unknown> {
  if (error === undefined) return {};
  if (error instanceof ProblemError) return { errorName: error.name, errorCode: error.code };
  const e = error instanceof Error ? error : new Error(String(error));
  const code = (error as { code?: unknown }).code;
  return {
    errorName: safeText(e.name, 60),
    ...(typeof code === "string" || typeof code === "number"
      ? { errorCode: safeText(String(code), 40) }
      : {}),
    ...(status >= 500 ? { errorMessage: safeText(e.message, 300), errorStack: stackFrames(e) } : {}),
  };
}

/** The request path as decoded text (so `%33` cannot hide a digit from the redactor). */
function decodedPath(c: Context): string {
  try {
    return decodeURIComponent(c.req.path);
  } catch {
    return c.req.path;
  }
}

/**
 * The request id for a log line: ours as it is; one the client sent in X-Request-Id passes the
 * redactor like any other request-supplied text.
 */
export const loggedRequestId = (c: Context): string => {
  const id: string = c.get("requestId") ?? "";
  return c.req.header("x-request-id") === id ? safeText(id, 64) : id;
};

/**
 * One line per request: request id, method, route pattern, path (redacted, capped), the names of the
 * query parameters (never their values: a cursor or `q` may hold anything), status, duration, and the
 * error's name and code. A 5xx is logged at level error with its (redacted) message and stack frames.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const url = c.req.url;
    const queryNames = url.includes("?") ? [...new Set(new URL(url).searchParams.keys())].slice(0, 20) : [];
    const line = {
      requestId: loggedRequestId(c),
      method: safeText(c.req.method, 16),
      route: routePath(c),
      path: safeText(decodedPath(c), 200),
      ...(queryNames.length > 0 ? { query: queryNames.map((n) => safeText(n, 40)) } : {}),
      status,
      durationMs: Math.round(performance.now() - started),
      ...errorFields(c.error, status),
    };
    alreadyRedacted.add(line);
    if (status >= 500) logger.error(line, "request failed");
    else logger.info(line, "request");
  };
}
