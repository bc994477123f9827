import { randomUUID } from "node:crypto";
import type { SinergiDb } from "@sinergi/db";
import { insertOrgFixture, testBackends } from "@sinergi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPass } from "./pass.ts";
import { insertSignedPks, reportCounts } from "./testing.ts";

describe.each(testBackends())("the reconcile pass on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(() => handle.close());

  it("makes every closed month's reports, then nothing, then catches up the months it was down for", async () => {
    const org = await insertOrgFixture(db());
    const clock = (at: string) => () => at;
    // 1 November 00:30 WIB: October has closed everywhere.
    const first = await runPass(db(), {
      worker: "a",
      from: "2026-07",
      now: clock("2026-10-31T17:30:00.000Z"),
    });
    expect(first.periods).toEqual(["2026-07", "2026-08", "2026-09", "2026-10"]);
    expect(first).toMatchObject({ made: 16, failures: [], busy: [] });
    const again = await runPass(db(), {
      worker: "a",
      from: "2026-07",
      now: clock("2026-10-31T18:30:00.000Z"),
    });
    expect(again.made).toBe(0);
    // Down until 1 February (WIB): November, December and January are made by the next pass.
    const later = await runPass(db(), {
      worker: "b",
      from: "2026-07",
      now: clock("2027-01-31T17:05:00.000Z"),
    });
    expect(later.periods.slice(-3)).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(later.made).toBe(12);
    expect(await reportCounts(db())).toEqual({ total: 28, doubled: 0 });
    const runs = await db()
      .selectFrom("reportRuns")
      .selectAll()
      .where("kind", "=", "pass")
      .orderBy("startedAt")
      .execute();
    expect(runs.map((r) => [r.worker, r.reportsMade, r.finishedAt !== null])).toEqual([
      ["a", 16, true],
      ["a", 0, true],
      ["b", 12, true],
    ]);
    const regional = await db()
      .selectFrom("reports")
      .select("content")
      .where("regionalOfficeId", "=", org.regionalOfficeId)
      .where("period", "=", "2026-12")
      .executeTakeFirstOrThrow();
    // Its two facilities, then the office's own row (agreements the Kanwil signed itself).
    expect(regional.content.units.map((u) => u.unit.kind)).toEqual([
      "facility",
      "facility",
      "regional_office",
    ]);
  });

  it("logs a report that fails, raises its alert once, and makes the others", async () => {
    let n = 0;
    const ids = () => (++n === 3 ? "not-a-uuid" : randomUUID());
    const at = () => "2027-03-01T00:00:00.000Z";
    const out = await runPass(db(), { worker: "c", from: "2027-02", now: at, ids });
    expect(out.made).toBe(3);
    expect(out.failures).toHaveLength(1);
    const run = await db()
      .selectFrom("reportRuns")
      .selectAll()
      .where("id", "=", out.runId)
      .executeTakeFirstOrThrow();
    expect(run.failures).toEqual(out.failures);
    const failed = await db()
      .selectFrom("alerts")
      .select("onceKey")
      .where("kind", "=", "report_failed")
      .execute();
    expect(failed.map((f) => f.onceKey)).toEqual([`report-failed:${out.failures[0]?.key}`]);
    // The next pass makes the missing report and raises nothing new.
    expect((await runPass(db(), { worker: "c", from: "2027-02", now: at })).made).toBe(1);
    expect(
      await db().selectFrom("alerts").select("id").where("kind", "=", "report_failed").execute(),
    ).toHaveLength(1);
  });

  it("raises each alert once across repeated passes and two workers passing together", async () => {
    const [facility] = await db().selectFrom("facilities").select("id").limit(1).execute();
    const agreement = await insertSignedPks(db(), facility?.id ?? "", "2027-03-20");
    const at = () => "2027-03-01T00:00:00.000Z";
    const [x, y] = await Promise.all([
      runPass(db(), { worker: "x", from: "2027-02", now: at }),
      runPass(db(), { worker: "y", from: "2027-02", now: at }),
    ]);
    expect(x.failures.concat(y.failures)).toEqual([]);
    await runPass(db(), { worker: "x", from: "2027-02", now: () => "2027-03-02T00:00:00.000Z" });
    const alerts = await db()
      .selectFrom("alerts")
      .select("onceKey")
      .where("subjectId", "=", agreement)
      .execute();
    expect(alerts.map((a) => a.onceKey)).toEqual([`agreement-ending:${agreement}:30`]);
  });
});
