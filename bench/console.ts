/// <reference lib="dom" />
/**
 * The console's budgets in a real Chromium against the real API:
 * 1. gzipped JavaScript loaded before the first page is usable (sign-in form; a list signed in; on the
 *    demo data each main page signed in), budget ≤ 60 KB;
 * 2. time from navigation to a list of up to 50 rows shown, against the same list's API call alone in the
 *    same run (ratio), unthrottled and on Chrome's "Slow 4G" profile.
 * By default on a fresh embedded database (demo data plus drafts enough for a 50-row page of agreements).
 * With `--database-url` on a national-scale PostgreSQL (a scratch copy: two people are added and removed),
 * signed in as an admin of its largest facility and as a national admin, for agreements and visits.
 * Usage: pnpm --filter @sinergi/bench console [runs=5] [--database-url postgres://…]
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const urlAt = args.indexOf("--database-url");
const databaseUrl = urlAt >= 0 ? args[urlAt + 1] : undefined;
if (urlAt >= 0 && !databaseUrl) throw new Error("--database-url needs a PostgreSQL URL");
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);

// The console's own test harness: it builds the console and starts the API with it (same as pnpm start).
const harnessPath = fileURLToPath(new URL("../apps/console/e2e/harness.ts", import.meta.url));
type HarnessModule = typeof import("../apps/console/e2e/harness.ts");
const { SLOW_4G, startHarness, startNationalHarness } = (await import(harnessPath)) as HarnessModule;
type Side = Awaited<ReturnType<HarnessModule["startHarness"]>>;
// The browser's types through the harness: the bench does not depend on playwright-core itself.
type BrowserContext = Awaited<ReturnType<Side["context"]>>;
type Page = Awaited<ReturnType<BrowserContext["newPage"]>>;
type Cookie = Awaited<ReturnType<BrowserContext["cookies"]>>[number];

/** A list page and the API call that fills it (the page's own first request, same parameters). */
interface List {
  readonly name: string;
  readonly path: string;
  readonly api: string;
}
const AGREEMENTS: List = {
  name: "agreements",
  path: "/agreements",
  api: "/api/v1/agreements?limit=50&sort=endDate",
};
const VISITS: List = { name: "visits", path: "/visits", api: "/api/v1/engagements?limit=50&sort=-date" };

/** Sum of the gzipped sizes of every script the page loaded so far. */
function scriptMeter(page: Page) {
  const scripts = new Map<string, number>();
  page.on("response", async (res) => {
    if (res.request().resourceType() !== "script") return;
    try {
      scripts.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
    } catch {
      // A script cut off by navigation counts for nothing.
    }
  });
  return () => [...scripts.values()].reduce((a, b) => a + b, 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function signedIn(h: Pick<Side, "context">, cookies: Cookie[]): Promise<BrowserContext> {
  const context = await h.context();
  await context.addCookies(cookies);
  return context;
}

/** Rows the list's first page holds (a facility may have fewer than 50 agreements). */
async function rowsOf(h: Pick<Side, "context">, cookies: Cookie[], list: List): Promise<number> {
  const context = await signedIn(h, cookies);
  const res = await context.request.get(list.api);
  if (!res.ok()) throw new Error(`${list.api}: ${res.status()}`);
  const rows = ((await res.json()) as { items: unknown[] }).items.length;
  await context.close();
  return rows;
}

/** Gzipped JavaScript loaded, on a cold cache, until the list is shown signed in. */
async function listScripts(h: Pick<Side, "context">, cookies: Cookie[], list: List, rows: number) {
  const context = await signedIn(h, cookies);
  const page = await context.newPage();
  const js = scriptMeter(page);
  await page.goto(list.path);
  await page.waitForFunction((n) => document.querySelectorAll("tbody tr").length >= n, rows);
  await page.waitForLoadState("networkidle");
  const bytes = js();
  await context.close();
  return bytes;
}

/** Navigation to the list shown (all its rows), against the API call alone (same browser, same cookie). */
async function measure(
  h: Pick<Side, "context">,
  cookies: Cookie[],
  list: List,
  rows: number,
  throttle: boolean,
) {
  const shown: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await signedIn(h, cookies);
    const p = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(p);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    }
    const t0 = Date.now();
    await p.goto(list.path, { waitUntil: "commit" });
    await p.waitForFunction((n) => document.querySelectorAll("tbody tr").length >= n, rows, {
      timeout: 180_000,
      polling: 20,
    });
    shown.push(Date.now() - t0);
    api.push(
      await p.evaluate(async (url) => {
        const s = performance.now();
        const res = await fetch(url, { cache: "no-store" });
        await res.json();
        return performance.now() - s;
      }, list.api),
    );
    await context.close();
  }
  return { shown: median(shown), api: median(api) };
}

/** Gzipped JavaScript before the sign-in form is usable, on a cold cache. */
async function signInScripts(h: Pick<Side, "context">) {
  const cold = await (await h.context()).newPage();
  const js = scriptMeter(cold);
  await cold.goto("/sign-in");
  await cold.getByRole("button", { name: "Masuk" }).waitFor();
  await cold.waitForLoadState("networkidle");
  const bytes = js();
  await cold.context().close();
  return bytes;
}

/** The main pages, each measured signed in on a cold cache until its heading and data have arrived. */
const PAGES = ["/", "/agreements", "/visits", "/partners", "/facilities", "/reports", "/alerts"] as const;

/** Gzipped JavaScript before a signed-in page is usable: its heading shown and the network quiet. */
async function pageScripts(h: Pick<Side, "context">, cookies: Cookie[], path: string) {
  const context = await signedIn(h, cookies);
  const page = await context.newPage();
  const js = scriptMeter(page);
  await page.goto(path);
  await page.locator("main h1").first().waitFor();
  await page.waitForLoadState("networkidle");
  const bytes = js();
  await context.close();
  return bytes;
}

// Times in one table, the other findings (scripts, the facility chosen) after it.
const lines: string[] = [];
const notes: string[] = [];
const row = (who: string, list: List, rows: number, profile: string, r: { shown: number; api: number }) =>
  lines.push(
    `${who.padEnd(22)} ${list.name.padEnd(10)} ${String(rows).padStart(4)}  ${profile.padEnd(11)} ${String(Math.round(r.shown)).padStart(9)}  ${String(Math.round(r.api)).padStart(7)}  ${(r.shown / r.api).toFixed(1).padStart(5)}`,
  );

/** Every measure for one person and their lists. */
async function walk(h: Pick<Side, "context">, who: string, cookies: Cookie[], lists: readonly List[]) {
  for (const list of lists) {
    const rows = await rowsOf(h, cookies, list);
    const bytes = await listScripts(h, cookies, list, rows);
    notes.push(`gzipped JS before ${who}'s ${list.name} list is usable: ${kb(bytes)}`);
    row(who, list, rows, "unthrottled", await measure(h, cookies, list, rows, false));
    row(who, list, rows, "slow-4g", await measure(h, cookies, list, rows, true));
  }
}

async function cookiesOf(h: Pick<Side, "context" | "signIn">, who: { email: string; password: string }) {
  const page = await (await h.context()).newPage();
  await h.signIn(page, who, "/partners");
  const cookies = await page.context().cookies();
  await page.context().close();
  return cookies;
}

if (databaseUrl) {
  const h = await startNationalHarness(databaseUrl);
  try {
    notes.push(`national scale: ${h.facility.name} (${h.facility.inmates} inmates) is the largest facility`);
    notes.push(`gzipped JS before the sign-in form is usable: ${kb(await signInScripts(h))} (budget 60 KB)`);
    await walk(h, "facility admin", await cookiesOf(h, h.users.facility), [AGREEMENTS, VISITS]);
    await walk(h, "national admin", await cookiesOf(h, h.users.national), [AGREEMENTS, VISITS]);
  } finally {
    await h.close();
  }
} else {
  const h = await startHarness();
  try {
    // Enough agreements for a full first page of 50.
    const setup = await (await h.context()).newPage();
    await h.signIn(setup, h.users.national, "/partners");
    const partner = (await (await setup.request.get("/api/v1/partners?limit=1")).json()).items[0]
      .id as string;
    for (let i = 0; i < 50; i++) {
      const res = await setup.request.post("/api/v1/agreements", {
        headers: { origin: h.origin },
        data: {
          kind: "pks",
          title: `PKS bench ${String(i).padStart(2, "0")}`,
          facilityId: h.facilities.salatiga,
          partnerIds: [partner],
        },
      });
      if (res.status() !== 201) throw new Error(`draft ${i}: ${res.status()}`);
    }
    const cookies = await setup.context().cookies();
    notes.push(`gzipped JS before the sign-in form is usable: ${kb(await signInScripts(h))} (budget 60 KB)`);
    for (const path of PAGES) {
      notes.push(
        `gzipped JS before ${path} is usable (signed in): ${kb(await pageScripts(h, cookies, path))}`,
      );
    }
    await walk(h, "national admin (demo)", cookies, [AGREEMENTS]);
  } finally {
    await h.close();
  }
}

console.log(`runs=${runs} (medians)`);
console.log("who                    list       rows  profile     shown_ms   api_ms  ratio");
for (const line of lines) console.log(line);
for (const note of notes) console.log(note);
