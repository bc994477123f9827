// @vitest-environment node
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { expect, it } from "vitest";

const target = fileURLToPath(new URL("./schema.gen.ts", import.meta.url));
// Loaded by path at run time so that the console's type check never walks the API's sources.
const apiApp = fileURLToPath(new URL("../../../api/src/app.ts", import.meta.url));

/** The OpenAPI document exactly as the API serves it. */
async function servedDocument(): Promise<object> {
  const { createApp } = (await import(/* @vite-ignore */ apiApp)) as {
    createApp: (o: { db: never }) => { request: (path: string) => Promise<Response> };
  };
  // The document is built from the routes alone; no database is touched (the app only wraps the handle
  // it is given, to carry the server's cursor codec).
  const handle = { withPlugin: () => handle };
  const res = await createApp({ db: handle as never }).request("/api/openapi.json");
  return (await res.json()) as object;
}

it("keeps the console's typed client in step with the document the API serves", async () => {
  const header =
    "// Generated from the API's OpenAPI document: `pnpm --filter @sinergi/console generate:api`.\n";
  const generated = header + astToString(await openapiTS((await servedDocument()) as never));
  if (process.env.UPDATE_API_TYPES === "1") writeFileSync(target, generated);
  expect(readFileSync(target, "utf8"), "run `pnpm --filter @sinergi/console generate:api`").toBe(generated);
}, 60_000);
