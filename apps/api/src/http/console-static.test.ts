import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@sinergi/db";
import type { Kysely } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";

// Serving files asks nothing of the database; the API routes below never reach it either.
// No database is touched; the app only wraps the handle it is given (to carry the cursor codec).
const noDb: Kysely<Database> = { withPlugin: () => noDb } as unknown as Kysely<Database>;
const dir = mkdtempSync(join(tmpdir(), "sinergi-console-"));
mkdirSync(join(dir, "assets"));
writeFileSync(
  join(dir, "index.html"),
  '<!doctype html><div id="root"></div><script src="/assets/app-abc123.js"></script>',
);
writeFileSync(join(dir, "assets", "app-abc123.js"), "console.log('console');\n".repeat(200));
writeFileSync(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the built console served by the API", () => {
  const app = createApp({ db: noDb, consoleDir: dir });

  it("opens the console at / with a page that is never cached", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.text()).toContain('<div id="root">');
  });

  it("answers every console path with the page, so a typed or reloaded URL works", async () => {
    for (const path of [
      "/agreements",
      "/agreements/0b6a1c1e-1d2a-4c55-9d1e-4b8a3e2f1a00",
      "/verify/ABCD-1234",
    ]) {
      const res = await app.request(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it("serves hashed assets with a year-long immutable cache", async () => {
    const res = await app.request("/assets/app-abc123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("sends the assets gzipped to a browser that accepts it", async () => {
    const res = await app.request("/assets/app-abc123.js", { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("serves other files at the root, and a missing asset or file is a 404, not the page", async () => {
    expect((await app.request("/favicon.svg")).status).toBe(200);
    expect((await app.request("/assets/gone-000000.js")).status).toBe(404);
    expect((await app.request("/robots.txt")).status).toBe(404);
  });

  it("leaves /api and the health check to the API", async () => {
    const missing = await app.request("/api/v1/no-such-thing");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await app.request("/api/docs")).headers.get("content-type")).toMatch(/^text\/html/);
    expect(await (await app.request("/healthz")).json()).toEqual({ status: "ok" });
  });
});

describe("without a console build", () => {
  it("sends / to the API reference", async () => {
    for (const consoleDir of [undefined, join(dir, "missing")]) {
      const app = createApp({ db: noDb, ...(consoleDir ? { consoleDir } : {}) });
      const res = await app.request("/");
      expect([res.status, res.headers.get("location")]).toEqual([302, "/api/docs"]);
    }
  });
});
