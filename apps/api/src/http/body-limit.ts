import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "./problem.ts";

/** Largest request body the API reads. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** An oversized body is read and dropped up to this much so the connection can serve the next request. */
const DRAIN_BYTES = 16 * 1024 * 1024;
/** …and for at most this long. */
const DRAIN_MS = 5_000;

type Drained = "ended" | "too-long";

/** Reads and drops the rest of a body, without keeping it, within the drain budget. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, already: number): Promise<Drained> {
  let read = already;
  const deadline = Date.now() + DRAIN_MS;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return "too-long";
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      reader.read(),
      new Promise<"timeout">((r) => {
        timer = setTimeout(() => r("timeout"), left);
      }),
    ]).finally(() => clearTimeout(timer));
    if (next === "timeout") return "too-long";
    if (next.done) return "ended";
    read += next.value.length;
    if (read > DRAIN_BYTES) return "too-long";
  }
}

/**
 * Refuses a body over 1 MB with a 413 problem document, and leaves the connection usable: the rest of the
 * body is read and dropped (up to 16 MB, 5 s) so the next request on a kept-alive connection is parsed
 * from where it starts. A body too large or too slow to drop gets `Connection: close` instead, so the
 * client opens a new connection rather than writing the next request onto one the server is closing.
 * Chunked bodies are counted as they arrive (no Content-Length to trust).
 */
export function bodyLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.header("content-length");
    const chunked = c.req.header("transfer-encoding") !== undefined;
    if (declared !== undefined && !chunked) {
      if (Number(declared) <= MAX_BODY_BYTES) return next();
      return refuse(c, await drain(body.getReader(), 0));
    }
    const reader = body.getReader();
    const parts: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_BODY_BYTES) return refuse(c, await drain(reader, size));
      parts.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(parts) });
    return next();
  };
}

function refuse(c: Parameters<MiddlewareHandler<AppEnv>>[0], drained: Drained): never {
  if (drained === "too-long") c.header("Connection", "close");
  throw new ProblemError(413, "payload-too-large", "The request body is larger than 1 MB");
}
