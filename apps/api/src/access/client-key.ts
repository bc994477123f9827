import { createHash } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { AppEnv } from "../context.ts";

/**
 * The caller's address: the socket's, or behind one trusted reverse proxy the address that proxy saw
 * (the last `X-Forwarded-For` hop; earlier hops are the client's own say and can be forged).
 * In-process test requests have no socket and share one key.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (c.req.header("x-forwarded-for") ?? "").split(",").map((h) => h.trim());
    const last = hops.at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "in-process";
  }
}

/** Longest address kept as it is (an IPv6 address with a zone fits); longer text is hashed. */
const MAX_KEY_LENGTH = 64;

/**
 * The key rate limits count by (the address worked out once per request). It is stored in the
 * database shared by every instance, so an over-long value (a proxy passing on junk) is stored as
 * its SHA-256 rather than as written.
 */
export const clientKey = (c: Context<AppEnv>): string => {
  const address = c.get("clientAddress");
  return address.length <= MAX_KEY_LENGTH
    ? address
    : `sha256:${createHash("sha256").update(address).digest("hex")}`;
};
