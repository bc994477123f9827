/**
 * The console's network waterfall on Chrome's "Slow 4G": every request a signed-in admin's first visit to
 * a list makes, when it started and ended after the navigation began, and when the rows were shown. It
 * says which round trips a page waits on in a row, which the console bench's single figure hides.
 * Usage: pnpm --filter @sinergi/bench console-waterfall [--database-url postgres://…] [--path /agreements]
 *   [--unthrottled]
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    path: { type: "string", default: "/agreements" },
    unthrottled: { type: "boolean", default: false },
  },
});

const harnessPath = fileURLToPath(new URL("../apps/console/e2e/harness.ts", import.meta.url));
type HarnessModule = typeof import("../apps/console/e2e/harness.ts");
const { SLOW_4G, startHarness, startNationalHarness } = (await import(harnessPath)) as HarnessModule;

const url = values["database-url"];
const h = url ? await startNationalHarness(url) : await startHarness();
const who = url
  ? (h as Awaited<ReturnType<typeof startNationalHarness>>).users.facility
  : (h as Awaited<ReturnType<typeof startHarness>>).users.medan;
try {
  const setup = await (await h.context()).newPage();
  await h.signIn(setup, who, "/partners");
  const cookies = await setup.context().cookies();
  await setup.context().close();

  const context = await h.context();
  await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (!values.unthrottled) await cdp.send("Network.emulateNetworkConditions", SLOW_4G);

  interface Row {
    url: string;
    type: string;
    start: number;
    end?: number;
    bytes?: number;
  }
  const rows = new Map<string, Row>();
  let t0 = 0;
  cdp.on("Network.requestWillBeSent", (e) => {
    if (!t0) t0 = e.timestamp;
    rows.set(e.requestId, { url: e.request.url, type: e.type ?? "?", start: (e.timestamp - t0) * 1000 });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = rows.get(e.requestId);
    if (r) Object.assign(r, { end: (e.timestamp - t0) * 1000, bytes: e.encodedDataLength });
  });
  const wall = Date.now();
  await page.goto(values.path, { waitUntil: "commit" });
  await page.waitForFunction(() => document.querySelectorAll("tbody tr").length >= 1, undefined, {
    timeout: 180_000,
    polling: 20,
  });
  const shown = Date.now() - wall;
  await page.waitForLoadState("networkidle");
  console.log(`${values.path}, ${values.unthrottled ? "unthrottled" : "Slow 4G"}: rows shown ${shown} ms`);
  console.log("start_ms  end_ms   bytes  type        url");
  for (const r of [...rows.values()].sort((a, b) => a.start - b.start)) {
    const path = r.url.replace(h.origin, "");
    console.log(
      `${r.start.toFixed(0).padStart(8)} ${(r.end?.toFixed(0) ?? "-").padStart(7)} ${String(r.bytes ?? "-").padStart(7)}  ${r.type.padEnd(10)}  ${path}`,
    );
  }
  await context.close();
} finally {
  await h.close();
}
