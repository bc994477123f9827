import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPresent, type Harness, SLOW_4G, startHarness } from "./harness.ts";

/**
 * A signed-in admin opening a list over Chrome's "Slow 4G" (562.5 ms a round trip): what the console asks
 * for, in what order. Each round trip the page waits on in a row costs over half a second there.
 */

describe.runIf(chromiumPresent)("the console on a slow link", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Opens `path` signed in over Slow 4G and returns the browser's own log of what it asked for. */
  const openSlowly = async (path: string, ready: string) => {
    const setup = await (await h.context()).newPage();
    await h.signIn(setup, h.users.national, "/partners");
    const cookies = await setup.context().cookies();
    await setup.context().close();

    const context = await h.context();
    await context.addCookies(cookies);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);

    // The browser's own network log, with its timestamps: when each request was sent and when it ended.
    const sent = new Map<string, { path: string; at: number }>();
    const ended = new Map<string, number>();
    const encodings = new Map<string, string | undefined>();
    cdp.on("Network.requestWillBeSent", (e) => {
      sent.set(e.requestId, { path: e.request.url.replace(h.origin, ""), at: e.timestamp });
    });
    cdp.on("Network.responseReceived", (e) => {
      encodings.set(
        e.requestId,
        e.response.headers["content-encoding"] ?? e.response.headers["Content-Encoding"],
      );
    });
    cdp.on("Network.loadingFinished", (e) => ended.set(e.requestId, e.timestamp));

    await page.goto(path);
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    await context.close();

    const requests = [...sent].map(([id, r]) => ({
      ...r,
      id,
      end: ended.get(id) ?? Number.POSITIVE_INFINITY,
    }));
    const one = (test: RegExp) => {
      const found = requests.filter((r) => test.test(r.path));
      expect(found, String(test)).toHaveLength(1);
      return found[0] as (typeof requests)[number];
    };
    return { requests, one, encodings };
  };

  it("opens a list with one script, one question about the session, and the list asked for beside the page's script", async () => {
    const { requests, one, encodings } = await openSlowly("/agreements", "tbody tr");
    const pageScript = one(/^\/assets\/agreements-page-.*\.js$/);
    // Before the route's own script, the HTML named a single script (and its styles).
    const first = requests.filter((r) => /^\/assets\/.*\.js$/.test(r.path) && r.at < pageScript.at);
    expect(first).toHaveLength(1);
    const boot = first[0] as (typeof requests)[number];
    // Who is signed in: asked once, by the page's HTML, before that script had arrived.
    const me = one(/^\/api\/v1\/auth\/me$/);
    expect(me.at).toBeLessThan(boot.end);
    // The list is asked for before the page's script has arrived, not after it ran.
    const list = one(/^\/api\/v1\/agreements\?/);
    expect(list.at).toBeLessThan(pageScript.end);
    // And it comes gzipped.
    expect(encodings.get(list.id)).toBe("gzip");
  });

  it("asks for the home page's cards beside its script, each once", async () => {
    const { one } = await openSlowly("/", "table.coverage tbody tr");
    const pageScript = one(/^\/assets\/dashboard-page-.*\.js$/);
    for (const read of [
      /^\/api\/v1\/agreements\?.*status=expiring/,
      /^\/api\/v1\/agreements\/ending-soon$/,
      /^\/api\/v1\/coverage\?groupBy=regionalOffice$/,
      /^\/api\/v1\/follow-ups\?/,
      /^\/api\/v1\/licences\?/,
      /^\/api\/v1\/reports\?/,
    ])
      expect(one(read).at, String(read)).toBeLessThan(pageScript.end);
  });
});
