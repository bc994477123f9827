import { createHash } from "node:crypto";
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  forgetIdempotencyKey,
  forgetIdempotencyKeysBefore,
  recordIdempotentAnswer,
} from "@sinergi/db";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "./problem.ts";

/**
 * Headers that belong to one exchange, not to the answer: a replay gets its own (the outer middleware sets
 * them again), every other header the handler or its middleware set is kept and replayed as it was.
 */
const PER_REQUEST_HEADERS = [
  /^date$/,
  /^x-request-id$/,
  /^set-cookie$/,
  /^content-length$/,
  /^transfer-encoding$/,
  /^connection$/,
  /^keep-alive$/,
  /^vary$/,
  /^access-control-/,
  /^ratelimit/,
  /^idempotent-replayed$/,
];

/** The headers of an answer to keep for its replay. */
function replayedHeaders(res: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!PER_REQUEST_HEADERS.some((re) => re.test(name))) headers[name] = value;
  });
  return headers;
}
/** A key is remembered this long; the same key later starts a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Marks this response as one whose body must not be stored for replay (an API key or one-time password
 * shown once, an inmate's personal data): a retry with the same key gets 409 and the Location instead.
 */
export function withholdFromReplay(c: Context<AppEnv>): void {
  c.set("withholdFromReplay", true);
}

/**
 * Honours `Idempotency-Key` on POST: the first answer (status, body as sent, every header but the
 * per-request ones) is stored and replayed byte for byte for the same key and body; the same key with another body is 422 and changes nothing;
 * a retry while the first is still running is 409. Refused input (400/422) and 5xx are not kept.
 * Keys belong to their caller (one caller's key never replays another's answer) and last a day.
 */
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (c.req.method !== "POST" || key === undefined) return next();
    if (key.length < 1 || key.length > 255)
      throw new ProblemError(400, "validation", "Idempotency-Key is malformed", {
        errors: [{ field: "header.idempotency-key", message: "must be 1 to 255 characters" }],
      });
    const db = c.get("db");
    const now = c.get("now")();
    const scope = `${c.get("actor")} POST ${c.req.path}`;
    await forgetIdempotencyKeysBefore(db, new Date(Date.parse(now) - IDEMPOTENCY_TTL_MS).toISOString());
    // The bytes as sent: an uploaded file is binary, and decoding it as text could make two files alike.
    const requestHash = createHash("sha256")
      .update(new Uint8Array(await c.req.arrayBuffer()))
      .digest("hex");
    if (!(await claimIdempotencyKey(db, { key, scope, requestHash, at: now }))) {
      const prior = await findIdempotencyKey(db, scope, key);
      if (!prior) throw new Error("an idempotency key claimed by another request vanished");
      if (prior.requestHash !== requestHash)
        throw new ProblemError(
          422,
          "idempotency/key-reused",
          "This Idempotency-Key was used with another body",
          {
            errors: [
              { field: "header.idempotency-key", message: "was already used for a different request" },
            ],
          },
        );
      if (prior.statusCode === null)
        throw new ProblemError(
          409,
          "idempotency/in-progress",
          "A request with this Idempotency-Key is in progress",
        );
      const stored = prior.responseHeaders as Record<string, string>;
      if (prior.responseWithheld)
        throw new ProblemError(
          409,
          "idempotency/not-replayable",
          "A request with this Idempotency-Key succeeded; its answer is shown only once",
          { ...(stored.location ? { location: stored.location } : {}) },
        );
      const headers = new Headers(stored);
      headers.set("idempotent-replayed", "true");
      // This request's own headers so far (its X-Request-Id, a refreshed cookie) override the stored ones:
      // Hono merges them into an answer that replaces one already begun, so begin one first.
      void c.res;
      return new Response(prior.responseBody, { status: prior.statusCode, headers });
    }
    const forget = () => forgetIdempotencyKey(db, scope, key);
    try {
      await next();
    } catch (e) {
      await forget();
      throw e;
    }
    const res = c.res;
    // Input errors (400/422) changed nothing and 5xx may be transient: forget them so a corrected retry can run.
    if (res.status >= 500 || res.status === 400 || res.status === 422) {
      await forget();
      return;
    }
    const withheld = c.get("withholdFromReplay");
    const text = withheld ? "" : await res.clone().text();
    await recordIdempotentAnswer(db, scope, key, {
      status: res.status,
      body: text === "" ? null : text,
      withheld,
      headers: replayedHeaders(res),
    });
  };
}
