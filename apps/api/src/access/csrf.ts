import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "../http/problem.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * This server's origin as the browser sees it. Behind a trusted reverse proxy that ends TLS the request
 * arrives as plain HTTP, so the scheme is the one the proxy reports in `X-Forwarded-Proto` (the host is
 * the `Host` the proxy passes on).
 */
function ownOrigin(url: string, forwardedProto: string | undefined, trustProxy: boolean): string {
  const own = new URL(url);
  const proto = forwardedProto?.split(",").at(-1)?.trim().toLowerCase();
  if (trustProxy && (proto === "https" || proto === "http")) own.protocol = `${proto}:`;
  return own.origin;
}

/**
 * Refuses a cookie-authenticated write that a browser sent from another site: the Origin must be this
 * server's or a configured one (Sec-Fetch-Site: same-origin also passes). API keys are not cookies and
 * are not subject to it. Covers JSON bodies too, not only the form types hono's csrf() checks.
 */
export function csrfGuard(allowedOrigins: readonly string[], trustProxy = false): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method) || c.get("authMethod") !== "session") return next();
    const origin = c.req.header("origin");
    const own = ownOrigin(c.req.url, c.req.header("x-forwarded-proto"), trustProxy);
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
