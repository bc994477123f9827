import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import type { MiddlewareHandler } from "hono";

const gzip = promisify(gzipCallback);

/** Below this many bytes gzip saves less than a packet and costs a compression. */
export const COMPRESS_THRESHOLD = 1024;

const TEXTUAL = /^(application\/(json|problem\+json|vnd\.oai\.openapi\+json)|text\/)/i;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/** True when the client's Accept-Encoding takes gzip (a q of 0 refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  for (const part of header.split(",")) {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/**
 * Gzips the API's larger text answers (list pages, reports as CSV, the OpenAPI document) for clients that
 * take it: a 50-row page is about 75 KB of JSON, a tenth of that gzipped, and the field offices' links are
 * slow. An answer carrying an ETag is left as it is: that tag is the entity's revision, which a write
 * sends back in If-Match, and a compressed body could only carry a weak tag (RFC 9110 8.8.3), which
 * If-Match never matches. Compression runs on libuv's thread pool, not on the event loop.
 */
export function compressText(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    // Only status and headers are read until the body is taken: reading `res.body` would turn
    // @hono/node-server's light answer (a string it writes at once) into a streamed web Response.
    if (c.req.method === "HEAD" || res.status === 204 || res.status === 206 || res.status === 304) return;
    const headers = res.headers;
    if (headers.has("etag") || headers.has("content-encoding")) return;
    const type = headers.get("content-type");
    if (!type || !TEXTUAL.test(type)) return;
    if (NO_TRANSFORM.test(headers.get("cache-control") ?? "")) return;
    // The answer differs by Accept-Encoding from here on, whether this client takes gzip or not.
    const vary = headers.get("vary");
    if (!vary || !/accept-encoding/i.test(vary)) headers.append("Vary", "Accept-Encoding");
    if (!acceptsGzip(c.req.header("accept-encoding"))) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const small = body.byteLength < COMPRESS_THRESHOLD;
    const out = small ? body : await gzip(body);
    if (!small) {
      headers.delete("content-length");
      headers.set("content-encoding", "gzip");
    }
    // Hono would copy the old answer into the new one by reading its body as a stream, which the Node
    // server then pumps; the old one is let go first, its headers already carried over here.
    c.res = undefined;
    c.res = new Response(out, { status: res.status, headers });
  };
}
