import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "./problem.ts";

/** Largest request body the API reads (an uploaded document may be larger: see `bodyLimit`). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** An oversized body is read and dropped up to this much past the limit so the connection can serve the next request. */
const DRAIN_BYTES = 16 * 1024 * 1024;
/** …and for at most this long. */
const DRAIN_MS = 5_000;

type Drained = "ended" | "too-long";

/**
 * The request's body stream, or null. A GET or HEAD never has one (the server drops it), and asking the
 * request for it would build a whole web Request from the Node one on every read.
 */
export function requestBody(c: { req: { method: string; raw: Request } }): ReadableStream<Uint8Array> | null {
  const method = c.req.method;
  return method === "GET" || method === "HEAD" ? null : c.req.raw.body;
}

/** Reads and drops the rest of a body, without keeping it, within the drain budget (`budget` bytes in all). */
async function drain(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  already: number,
  budget: number,
): Promise<Drained> {
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
    if (read > budget) return "too-long";
  }
}

/**
 * Refuses a body over its limit (1 MB; `limitFor` may allow more on a route, e.g. 20 MB for a document
 * upload) with a 413 problem document, and leaves the connection usable: the rest of the body is read
 * and dropped (up to 16 MB past the limit, 5 s) so the next request on a kept-alive connection is parsed
 * from where it starts. A body too large or too slow to drop gets `Connection: close` instead, so the
 * client opens a new connection rather than writing the next request onto one the server is closing.
 * Chunked bodies are counted as they arrive (no Content-Length to trust).
 */
export function bodyLimit(
  limitFor: (method: string, path: string) => number = () => MAX_BODY_BYTES,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const body = requestBody(c);
    if (!body) return next();
    const limit = limitFor(c.req.method, c.req.path);
    const budget = limit + DRAIN_BYTES;
    const declared = c.req.header("content-length");
    const chunked = c.req.header("transfer-encoding") !== undefined;
    if (declared !== undefined && !chunked) {
      if (Number(declared) <= limit) return next();
      return refuse(c, await drain(body.getReader(), 0, budget), limit);
    }
    const reader = body.getReader();
    const parts: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) return refuse(c, await drain(reader, size, budget), limit);
      parts.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(parts) });
    return next();
  };
}

function refuse(c: Parameters<MiddlewareHandler<AppEnv>>[0], drained: Drained, limit: number): never {
  if (drained === "too-long") c.header("Connection", "close");
  const mb = Math.round(limit / (1024 * 1024));
  throw new ProblemError(413, "payload-too-large", `The request body is larger than ${mb} MB`);
}
