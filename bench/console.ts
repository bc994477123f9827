/// <reference lib="dom" />
/**
 * The console's budgets in a real Chromium against the real API (fresh embedded database, demo data plus
 * drafts enough for a 50-row page):
 * 1. gzipped JavaScript loaded before the first page is usable (sign-in form; agreements list signed in),
 *    budget ≤ 60 KB;
 * 2. time from navigation to a 50-row agreements list shown, against the same list's API call alone in the
 *    same run (ratio), unthrottled and on Chrome's "Slow 4G" profile.
 * Usage: pnpm --filter @sinergi/bench console [runs=5]
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const runs = Number(process.argv[2] ?? 5);
// The console's own test harness: it builds the console and starts the API with it (same as pnpm start).
const harnessPath = fileURLToPath(new URL("../apps/console/e2e/harness.ts", import.meta.url));
const { startHarness } = (await import(harnessPath)) as typeof import("../apps/console/e2e/harness.ts");
const h = await startHarness();

// Chrome DevTools' "Slow 4G": 562.5 ms latency, about 1.4 Mbit/s down, 675 kbit/s up.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof h.context>>["newPage"]>>;

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

try {
  // Enough agreements for a full first page of 50.
  const setup = await (await h.context()).newPage();
  await h.signIn(setup, h.users.national, "/partners");
  const partner = (await (await setup.request.get("/api/v1/partners?limit=1")).json()).items[0].id as string;
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

  // 1. JavaScript before the first usable page, on a cold cache.
  const cold = await (await h.context()).newPage();
  const signInJs = scriptMeter(cold);
  await cold.goto("/sign-in");
  await cold.getByRole("button", { name: "Masuk" }).waitFor();
  await cold.waitForLoadState("networkidle");
  const signInBytes = signInJs();

  const listContext = await h.context();
  await listContext.addCookies(cookies);
  const list = await listContext.newPage();
  const listJs = scriptMeter(list);
  await list.goto("/agreements");
  await list.waitForFunction(() => document.querySelectorAll("tbody tr").length >= 50);
  await list.waitForLoadState("networkidle");
  const listBytes = listJs();

  // 2. Navigation to a 50-row list shown, against the API call alone (same browser, same cookie).
  async function measure(throttle: boolean) {
    const page: { shown: number[]; api: number[] } = { shown: [], api: [] };
    for (let i = 0; i < runs; i++) {
      const context = await h.context();
      await context.addCookies(cookies);
      const p = await context.newPage();
      if (throttle) {
        const cdp = await context.newCDPSession(p);
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
      }
      const t0 = Date.now();
      await p.goto("/agreements", { waitUntil: "commit" });
      await p.waitForFunction(() => document.querySelectorAll("tbody tr").length >= 50, undefined, {
        timeout: 120_000,
        polling: 20,
      });
      page.shown.push(Date.now() - t0);
      page.api.push(
        await p.evaluate(async () => {
          const s = performance.now();
          const res = await fetch("/api/v1/agreements?limit=50&sort=endDate", { cache: "no-store" });
          await res.json();
          return performance.now() - s;
        }),
      );
      await context.close();
    }
    return { shown: median(page.shown), api: median(page.api) };
  }
  const fast = await measure(false);
  const slow = await measure(true);

  console.log(`runs=${runs} (medians)`);
  console.log(`gzipped JS before the sign-in form is usable:        ${kb(signInBytes)} (budget 60 KB)`);
  console.log(`gzipped JS before the agreements list is usable:     ${kb(listBytes)}`);
  console.log("profile     list_shown_ms  api_call_ms  ratio(shown/api)");
  for (const [name, r] of [
    ["unthrottled", fast],
    ["slow-4g", slow],
  ] as const)
    console.log(
      `${name.padEnd(11)} ${String(Math.round(r.shown)).padStart(13)}  ${String(Math.round(r.api)).padStart(11)}  ${(r.shown / r.api).toFixed(1).padStart(16)}`,
    );
} finally {
  await h.close();
}
