import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { SinergiDb } from "@sinergi/db";
import { testBackends } from "@sinergi/db/testing";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";

/**
 * The docs page in a real Chromium against the real HTTP server: it renders the operations and asks nothing
 * of any other server (fonts, proxy, AI agent, telemetry). Every request elsewhere is recorded and aborted.
 * The page does not touch the database, so one backend is enough.
 */

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const present = existsSync(CHROMIUM);

describe("docs page in a browser", () => {
  // In CI a missing browser is a broken environment, never a silent skip; locally it may be absent.
  it.runIf(!present && process.env.CI !== undefined)("has Chromium to run with", () => {
    expect.fail(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);
  });

  describe.runIf(present)("with Chromium", () => {
    let db: SinergiDb;
    let server: ServerType;
    let origin = "";
    let browser: Browser;

    beforeAll(async () => {
      const backend = testBackends().find((b) => b.name === "pglite");
      if (!backend) throw new Error("no PGlite backend");
      db = await backend.open();
      const app = createApp({ db: db.db });
      server = await new Promise<ServerType>((resolve) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
      });
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await db?.close();
    });

    it("renders the operations with no AI agent, and makes no request outside the server", async () => {
      const context = await browser.newContext();
      const outside: string[] = [];
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin) return route.continue();
        outside.push(url);
        return route.abort("blockedbyclient");
      });
      // Anything the routing could miss (a worker, a redirect) shows here too.
      context.on("request", (request) => {
        const url = request.url();
        if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin && !outside.includes(url))
          outside.push(url);
      });
      try {
        const page = await context.newPage();
        const res = await page.goto(`${origin}/api/docs`);
        expect(res?.status()).toBe(200);
        await page.getByText("Sign in with email and password").first().waitFor({ timeout: 90_000 });
        await page.waitForLoadState("networkidle");
        // Open a tag and an operation as a reader would, then let any late request show.
        await page.getByText("Agreements", { exact: true }).first().click();
        const read = page.getByText("Read an agreement with its status today").first();
        await read.waitFor({ timeout: 30_000 });
        await read.click();
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(1000);
        expect(outside).toEqual([]);
        // No AI agent to hand the document to (Scalar enables it by default on a local address).
        expect(await page.locator(".agent-button-container, .ask-agent-scalar-input").count()).toBe(0);
      } finally {
        await context.close();
      }
    }, 120_000);
  });
});
