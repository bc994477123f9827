/**
 * Smoke run of the reports bench on a tiny generated country (scale 0.002: 6 facilities), on PGlite
 * and, when TEST_DATABASE_URL is set, on PostgreSQL: every step runs through the worker's code and
 * the baseline, the counts come out, and no report or run row is left behind. No time is asserted.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { testBackends } from "@sinergi/db/testing";
import { insertSink, seedNational } from "../packages/db/src/seed/national/index.ts";
import { type ReportsBenchResult, runReportsBench } from "./reports-run.ts";

for (const backend of testBackends()) {
  describe(`reports bench on ${backend.name}`, () => {
    let handle: Awaited<ReturnType<typeof backend.open>>;
    let result: ReportsBenchResult;

    before(async () => {
      handle = await backend.open();
      await seedNational(handle.db, insertSink(handle.db), { scale: 0.002, seed: 3, today: "2026-11-20" });
      result = await runReportsBench(handle.db, {
        month: "2026-09",
        from: "2026-09",
        to: "2026-10",
        rounds: 2,
        backfillRounds: 1,
      });
    });
    after(async () => {
      await handle?.close();
    });

    it("makes every facility, regional and national report of the month in each round", () => {
      assert.equal(result.oneMonth.reportsMade, 6 + 33 + 1);
      assert.equal(result.oneMonth.workerMs.length, 2);
      assert.equal(result.oneMonth.baselineMs.length, 2);
    });

    it("backfills both months and runs the baseline over the same range", () => {
      assert.equal(result.backfillRun.reportsMade, 2 * (6 + 33 + 1));
      assert.equal(result.backfill.months, 2);
      assert.equal(result.baselineRows.domicile !== undefined && result.baselineRows.domicile > 0, true);
      assert.ok(Number.isFinite(result.backfillRun.ratio) && result.backfillRun.ratio > 0);
      assert.ok(result.workerPeakRssMb > 0);
    });

    it("leaves no report and no run-log row behind", async () => {
      const reports = await handle.db.selectFrom("reports").select("id").execute();
      const runs = await handle.db.selectFrom("reportRuns").select("id").execute();
      assert.deepEqual([reports.length, runs.length], [0, 0]);
    });
  });
}
