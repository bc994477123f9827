import { type Database, openDatabase } from "@sinergi/db";
import type { Hono } from "hono";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../app.ts";
import type { AppEnv } from "../context.ts";
import { describeApi } from "../testing.ts";

/** A random well-formed verification code: a plain 404, counted like any check. */
const someCode = () =>
  Array.from({ length: 16 }, () => "ABCDEFGHJKMNPQRSTVWXYZ23456789"[Math.floor(Math.random() * 30)]).join("");

describeApi("rate limits shared by every API instance", (t) => {
  // A second API instance on the same database: on PostgreSQL with its own connection pool, as a
  // second process would have; PGlite lives in one process, so there both instances share its handle.
  let second: Hono<AppEnv>;
  let secondDb: { db: Kysely<Database>; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    const name = (await sql<{ name: string }>`select current_database() as name`.execute(t.db)).rows[0]?.name;
    const url = process.env.TEST_DATABASE_URL;
    if (url && name?.startsWith("sinergi_t_")) {
      const u = new URL(url);
      u.pathname = `/${name}`;
      secondDb = await openDatabase({ databaseUrl: u.toString() });
    }
    second = createApp({ db: secondDb?.db ?? t.db, now: () => t.now() });
  });
  afterAll(async () => {
    await secondDb?.close();
    t.now = () => new Date().toISOString();
  });

  const check = (app: Hono<AppEnv>) => app.request(`/api/v1/public/certificates/${someCode()}`);
  const signIn = (app: Hono<AppEnv>) =>
    app.request("/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });

  it("lets a limit's budget be spent across two instances exactly once, then answers 429 on either", async () => {
    t.now = () => "2031-03-01T10:00:10.000Z";
    const instances = [t.app, second];
    for (let i = 0; i < 60; i++) expect((await check(instances[i % 2]!)).status).toBe(404);
    for (const app of instances) {
      const refused = await check(app);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      expect(refused.headers.get("retry-after")).toBe("50");
      expect(await refused.json()).toMatchObject({
        status: 429,
        code: "rate-limited",
        retryAfterSeconds: 50,
      });
    }
  });

  it("starts a new budget when the window ends, on both instances", async () => {
    t.now = () => "2031-03-01T10:00:59.000Z";
    expect((await check(second)).status).toBe(429);
    t.now = () => "2031-03-01T10:01:00.000Z";
    expect((await check(t.app)).status).toBe(404);
    expect((await check(second)).status).toBe(404);
  });

  it("shares the sign-in budget too: thirty attempts over both instances, the next refused", async () => {
    t.now = () => "2031-03-02T08:05:00.000Z";
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await signIn(i % 3 === 0 ? second : t.app)).status);
    expect(statuses.every((s) => s === 422)).toBe(true);
    const refused = [await signIn(t.app), await signIn(second)];
    expect(refused.map((r) => r.status)).toEqual([429, 429]);
    const body = await refused[1]!.json();
    expect(body).toMatchObject({ code: "auth/rate-limited" });
    // The 15-minute window began at 08:00, so it ends in ten minutes.
    expect(refused[1]!.headers.get("retry-after")).toBe("600");
    t.now = () => "2031-03-02T08:15:00.000Z";
    expect((await signIn(second)).status).toBe(422);
  });

  it("never lets more than the limit through when both instances are hit at once", async () => {
    t.now = () => "2031-03-03T12:30:00.000Z";
    const responses = await Promise.all(
      Array.from({ length: 150 }, (_, i) => check(i % 2 === 0 ? t.app : second)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 404)).toHaveLength(60);
    expect(statuses.filter((s) => s === 429)).toHaveLength(90);
    const rows = await t.db
      .selectFrom("rateLimits")
      .select("hits")
      .where("limiter", "=", "certificate-check")
      .where("windowStart", "=", "2031-03-03T12:30:00.000Z")
      .execute();
    expect(rows).toEqual([{ hits: 150 }]);
  });

  it("counts by the address a trusted proxy reports, storing an over-long one only as a hash", async () => {
    t.now = () => "2031-03-04T09:00:00.000Z";
    const proxied = createApp({ db: t.db, now: () => t.now(), trustProxy: true });
    const junk = "x".repeat(300);
    for (const hop of ["198.51.100.23", junk]) {
      const res = await proxied.request(`/api/v1/public/certificates/${someCode()}`, {
        headers: { "x-forwarded-for": `10.1.2.3, ${hop}` },
      });
      expect(res.status).toBe(404);
    }
    const keys = (
      await t.db
        .selectFrom("rateLimits")
        .select("clientKey")
        .where("windowStart", "=", "2031-03-04T09:00:00.000Z")
        .orderBy("clientKey")
        .execute()
    ).map((r) => r.clientKey);
    expect(keys).toEqual(["198.51.100.23", expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]);
  });
});
