import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type SinergiDb } from "../../connection.ts";
import { testBackends } from "../../testing/index.ts";
import {
  countRateLimitHit,
  findRateLimitCount,
  purgeExpiredRateLimits,
  rateLimitWindow,
  resetRateLimit,
  uncountRateLimitHit,
} from "./rate-limits.ts";

const minute = 60_000;
const hit = (at: string, clientKey = "203.0.113.7", limiter = "sign-in") => ({
  limiter,
  clientKey,
  windowMs: minute,
  at,
});

describe("rate-limit windows", () => {
  it("puts every instant of a window in the same epoch-aligned window", () => {
    expect(rateLimitWindow("2026-12-02T10:00:00.000Z", minute)).toEqual({
      start: "2026-12-02T10:00:00.000Z",
      end: "2026-12-02T10:01:00.000Z",
    });
    expect(rateLimitWindow("2026-12-02T10:00:59.999Z", minute).start).toBe("2026-12-02T10:00:00.000Z");
    expect(rateLimitWindow("2026-12-02T10:01:00.000Z", minute).start).toBe("2026-12-02T10:01:00.000Z");
    expect(rateLimitWindow("2026-12-02T10:07:00.000Z", 15 * minute).start).toBe("2026-12-02T10:00:00.000Z");
  });

  it("refuses an unreadable instant or an empty window", () => {
    expect(() => rateLimitWindow("not a time", minute)).toThrow(RangeError);
    expect(() => rateLimitWindow("2026-12-02T10:00:00.000Z", 0)).toThrow(RangeError);
  });
});

describe.each(testBackends())("rate-limit counts on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(() => handle.close());

  it("counts hits per limiter, client and window, and starts again in the next window", async () => {
    const t0 = "2026-12-02T10:00:10.000Z";
    expect(await countRateLimitHit(db(), hit(t0))).toEqual({ hits: 1, resetAt: "2026-12-02T10:01:00.000Z" });
    expect((await countRateLimitHit(db(), hit("2026-12-02T10:00:50.000Z"))).hits).toBe(2);
    expect((await countRateLimitHit(db(), hit(t0, "203.0.113.8"))).hits).toBe(1);
    expect((await countRateLimitHit(db(), hit(t0, "203.0.113.7", "certificate-check"))).hits).toBe(1);
    expect(await countRateLimitHit(db(), hit("2026-12-02T10:01:00.000Z"))).toEqual({
      hits: 1,
      resetAt: "2026-12-02T10:02:00.000Z",
    });
    expect(await findRateLimitCount(db(), hit(t0))).toEqual({ hits: 2, resetAt: "2026-12-02T10:01:00.000Z" });
    expect(await findRateLimitCount(db(), hit("2026-12-02T11:00:00.000Z"))).toBeUndefined();
  });

  it("takes a hit back without going below zero, and forgets a client", async () => {
    const at = "2026-12-03T09:00:00.000Z";
    await countRateLimitHit(db(), hit(at, "198.51.100.1"));
    await uncountRateLimitHit(db(), hit(at, "198.51.100.1"));
    await uncountRateLimitHit(db(), hit(at, "198.51.100.1"));
    expect((await findRateLimitCount(db(), hit(at, "198.51.100.1")))?.hits).toBe(0);
    await countRateLimitHit(db(), hit(at, "198.51.100.1"));
    await resetRateLimit(db(), { limiter: "sign-in", clientKey: "198.51.100.1" });
    expect(await findRateLimitCount(db(), hit(at, "198.51.100.1"))).toBeUndefined();
  });

  it("sweeps only the windows that have ended", async () => {
    await countRateLimitHit(db(), hit("2026-12-04T08:00:00.000Z", "192.0.2.1"));
    await countRateLimitHit(db(), hit("2026-12-04T08:05:00.000Z", "192.0.2.1"));
    const before = await db().selectFrom("rateLimits").select("windowStart").execute();
    const swept = await purgeExpiredRateLimits(db(), "2026-12-04T08:05:30.000Z");
    const after = await db().selectFrom("rateLimits").select("windowStart").execute();
    expect(swept).toBe(before.length - after.length);
    expect(after.map((r) => r.windowStart)).toEqual(["2026-12-04T08:05:00.000Z"]);
  });

  it.runIf(backend.name === "postgres")(
    "gives every concurrent hit from two connection pools its own count",
    async () => {
      const name = (await sql<{ name: string }>`select current_database() as name`.execute(db())).rows[0]
        ?.name;
      const url = new URL(process.env.TEST_DATABASE_URL ?? "");
      url.pathname = `/${name}`;
      const second = await openDatabase({ databaseUrl: url.toString() });
      try {
        const at = "2026-12-05T12:00:00.000Z";
        const counts = await Promise.all(
          Array.from({ length: 120 }, (_, i) =>
            countRateLimitHit(i % 2 === 0 ? db() : second.db, hit(at, "203.0.113.50")),
          ),
        );
        expect(counts.map((c) => c.hits).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 120 }, (_, i) => i + 1),
        );
      } finally {
        await second.close();
      }
    },
  );
});
