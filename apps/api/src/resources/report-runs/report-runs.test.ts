import { insertOrgFixture } from "@sinergi/db/testing";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

describeApi("the reporting worker's run log", (t) => {
  let regional: Record<string, string>;

  beforeAll(async () => {
    const org = await insertOrgFixture(t.db);
    const u = await t.createUser("regional_admin", {
      kind: "regional",
      regionalOfficeId: org.regionalOfficeId,
    });
    regional = { cookie: await t.sessionCookie(u.id), origin: "http://localhost" };
    await t.db
      .insertInto("reportRuns")
      .values([
        {
          id: crypto.randomUUID(),
          kind: "pass",
          worker: "worker-a",
          startedAt: "2026-12-01T00:00:00.000Z",
          finishedAt: "2026-12-01T00:00:05.000Z",
          reportsMade: 3,
          failures: JSON.stringify([{ key: "facility:x:2026-11", reason: "the facility has no time zone" }]),
        },
        {
          id: crypto.randomUUID(),
          kind: "backfill",
          worker: "worker-b",
          startedAt: "2026-12-01T01:00:00.000Z",
          finishedAt: null,
          reportsMade: 0,
          failures: "[]",
        },
      ])
      .execute();
  });

  it("shows national admins each run newest first, with the reports made and the failures' reasons", async () => {
    const res = await t.get("/api/v1/report-runs?limit=1");
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        kind: "backfill",
        worker: "worker-b",
        finishedAt: null,
        reportsMade: 0,
        failures: [],
      }),
    ]);
    const next = await t.get(`/api/v1/report-runs?limit=1&cursor=${encodeURIComponent(res.body.nextCursor)}`);
    expect(next.body.items[0]).toMatchObject({
      kind: "pass",
      reportsMade: 3,
      failures: [{ key: "facility:x:2026-11", reason: "the facility has no time zone" }],
    });
  });

  it("refuses the log to a regional admin, whose scope does not span every run", async () => {
    const res = await t.request("GET", "/api/v1/report-runs", { anonymous: true, headers: regional });
    expect(res.status).toBe(403);
  });
});
