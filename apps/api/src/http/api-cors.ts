import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

const ALLOW_HEADERS = ["content-type", "if-match", "idempotency-key", "authorization"];
const EXPOSE_HEADERS = ["etag", "location", "x-request-id", "idempotent-replayed", "retry-after"];

/**
 * CORS for `/api/*`: only `allowedOrigins` may call with credentials. The same headers as Hono's `cors`,
 * but on an ordinary request they are set on the finished answer rather than before the handler runs:
 * touching `c.res` early, as `cors` does, makes Hono rebuild every answer as a streamed web Response
 * (a third of the API's own CPU on a cheap read). Preflights are Hono's `cors` itself.
 */
export function apiCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const preflight = cors({
    origin: (origin) => (allowedOrigins.includes(origin) ? origin : null),
    credentials: true,
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
  });
  const exposed = EXPOSE_HEADERS.join(",");
  return async (c, next) => {
    if (c.req.method === "OPTIONS") return preflight(c, next);
    await next();
    const headers = c.res.headers;
    const origin = c.req.header("origin") || "";
    if (allowedOrigins.includes(origin)) headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Access-Control-Allow-Credentials", "true");
    headers.set("Access-Control-Expose-Headers", exposed);
    headers.append("Vary", "Origin");
  };
}
