import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { Hono } from "hono";
import { type GenerateSpecOptions, generateSpecs } from "hono-openapi";
import type { AppEnv } from "../context.ts";
import { acceptsGzip } from "./compress.ts";
import { problemResponse } from "./openapi.ts";
import { finishDocument } from "./openapi-document.ts";

// Served from our own origin so the docs page works with no internet (Scalar defaults to a CDN).
const scalarScript = fileURLToPath(
  new URL("./browser/standalone.js", import.meta.resolve("@scalar/api-reference")),
);

let scriptCache: Promise<Buffer> | undefined;
// Scalar is megabytes of script: gzipped once, not on every visit to the docs.
let scriptGzipped: Promise<Buffer> | undefined;

/**
 * Scalar's settings for a page that asks nothing of any other server: no web fonts from its CDN, no
 * request proxy (test requests go straight to this server, the one that served the page), no AI agent
 * (it would upload the document), no developer toolbar (its "share" uploads the document), no telemetry.
 */
const scalarConfiguration = {
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  showDeveloperTools: "never",
  hideClientButton: false,
  servers: [{ url: "/", description: "This server" }],
  documentDownloadType: "json",
};

const docsPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Sinergi API v1</title>
  </head>
  <body>
    <script id="api-reference" data-url="/api/openapi.json" data-configuration='${JSON.stringify(scalarConfiguration)}'></script>
    <script src="/api/docs/scalar.js"></script>
  </body>
</html>`;

/** OpenAPI 3.1 document at /api/openapi.json and rendered docs at /api/docs (self-hosted Scalar). */
export function docsRoutes(api: Hono<AppEnv>): Hono<AppEnv> {
  const docs = new Hono<AppEnv>();
  const options: Partial<GenerateSpecOptions> = {
    documentation: {
      openapi: "3.1.0",
      info: {
        title: "Sinergi API",
        version: "1.0.0",
        description:
          "Partnerships, agreements (MoU/PKS), training, certification and monthly reports of Indonesian " +
          "correctional facilities. Errors are RFC 9457 problem+json; reads carry an ETag and writes honour " +
          "If-Match; POST honours Idempotency-Key; lists use cursor pagination. People sign in for a session " +
          "cookie; external systems send an API key as a bearer token. Each operation states who may call it " +
          "(`x-sinergi-access`); anything outside the caller's scope answers 404, like a missing record.",
        license: { name: "Proprietary", identifier: "LicenseRef-Sinergi" },
        contact: { name: "Sinergi maintainers" },
      },
      servers: [{ url: "http://localhost:3000", description: "Local embedded server" }],
    },
    exclude: ["/api/openapi.json", "/api/docs", "/api/docs/scalar.js", "/healthz", "/readyz"],
    // A refused parameter answers problem+json like every other error, not the library's default shape.
    defaultValidationErrorResponse: problemResponse(400),
  };
  // The routes never change after start: build the document once.
  let spec: Promise<object> | undefined;
  docs.get("/openapi.json", async (c) => {
    spec ??= generateSpecs(api, options).then((s) => finishDocument(s, api));
    return c.json(await spec);
  });
  docs.get("/docs", (c) => c.html(docsPage));
  docs.get("/docs/scalar.js", async (c) => {
    scriptCache ??= readFile(scalarScript);
    c.header("content-type", "text/javascript; charset=utf-8");
    c.header("cache-control", "public, max-age=3600");
    c.header("vary", "Accept-Encoding");
    if (acceptsGzip(c.req.header("accept-encoding"))) {
      scriptGzipped ??= scriptCache.then((b) => promisify(gzip)(b));
      c.header("content-encoding", "gzip");
      return c.body(new Uint8Array(await scriptGzipped));
    }
    return c.body(new Uint8Array(await scriptCache));
  });
  return docs;
}
