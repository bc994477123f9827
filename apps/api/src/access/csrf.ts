import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "../http/problem.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a cookie-authenticated write that a browser sent from another site: the Origin must be this
 * server's or a configured one (Sec-Fetch-Site: same-origin also passes). API keys are not cookies and
 * are not subject to it. Covers JSON bodies too, not only the form types hono's csrf() checks.
 */
export function csrfGuard(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method) || c.get("authMethod") !== "session") return next();
    const origin = c.req.header("origin");
    const own = new URL(c.req.url).origin;
    const site = c.req.header("sec-fetch-site");
    const ok =
      origin !== undefined ? origin === own || allowedOrigins.includes(origin) : site === "same-origin";
    if (!ok)
      throw new ProblemError(403, "auth/cross-site-refused", "Cross-site request refused", {
        detail: "A signed-in browser may only write from the console's own origin.",
      });
    return next();
  };
}
