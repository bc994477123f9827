import { randomUUID } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";

/** A header name and its value. */
type Header = readonly [name: string, value: string];

/** The security headers on every answer: the defaults of Hono's `secureHeaders`, which these replace. */
export const SECURITY_HEADERS: readonly Header[] = [
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/** The Node response behind a request served by @hono/node-server (its `env.outgoing`). */
interface NodeOutgoing {
  setHeader(name: string, value: string): unknown;
  readonly headersSent: boolean;
}

const nodeOutgoing = (c: Context): NodeOutgoing | undefined => {
  const outgoing = (c.env as { outgoing?: Partial<NodeOutgoing> } | undefined)?.outgoing;
  return typeof outgoing?.setHeader === "function" && outgoing.headersSent === false
    ? (outgoing as NodeOutgoing)
    : undefined;
};

/**
 * Gives every answer these headers unless its handler set its own. Served by Node, they go on the Node
 * response before the app runs (the server merges the handler's over them): setting them on the web
 * answer after it made @hono/node-server's plain header record into a WHATWG Headers and cost about a
 * fifth of the API's CPU on a health check. Elsewhere (`app.request` in tests) they go on the answer.
 */
export async function withDefaultHeaders(
  c: Context,
  headers: readonly Header[],
  next: () => Promise<void>,
): Promise<void> {
  const outgoing = nodeOutgoing(c);
  if (outgoing) for (const [name, value] of headers) outgoing.setHeader(name, value);
  await next();
  if (outgoing) return;
  const answer = c.res.headers;
  for (const [name, value] of headers) if (!answer.has(name)) answer.set(name, value);
}

/** What Hono's `requestId` accepted from a client: at most 255 word characters, `-` and `=`. */
const CLIENT_ID = /^[\w\-=]{1,255}$/;

/**
 * The request id (the client's X-Request-Id when it is a plain token, else a new UUID) and the security
 * headers, on every answer.
 */
export function answerHeaders(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const sent = c.req.header("x-request-id");
    const id = sent !== undefined && CLIENT_ID.test(sent) ? sent : randomUUID();
    c.set("requestId", id);
    return withDefaultHeaders(c, [["X-Request-Id", id], ...SECURITY_HEADERS], next);
  };
}

/** Answers carry personal data and depend on who asks: no shared or browser cache keeps them. */
export function noStore(): MiddlewareHandler<AppEnv> {
  return (c, next) => withDefaultHeaders(c, NO_STORE, next);
}
const NO_STORE: readonly Header[] = [["Cache-Control", "no-store"]];
