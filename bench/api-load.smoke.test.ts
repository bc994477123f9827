/**
 * Smoke run of the API load bench on a tiny generated country (scale 0.002: 6 facilities), on PostgreSQL
 * when TEST_DATABASE_URL is set (the API and the raw route are two processes on one database, which the
 * embedded PGlite does not allow): a database of its own is created, seeded and dropped. Every scenario's
 * two answers must be byte-identical (the bench refuses to time otherwise) and every figure must come
 * out. A few requests per run; no time is asserted.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { openDatabase, prepareDatabase } from "@sinergi/db";
import { sql } from "kysely";
import { insertSink, seedNational } from "../packages/db/src/seed/national/index.ts";
import { type ApiLoadResult, runApiLoad } from "./api-load-run.ts";
import { table, withFigures } from "./api-load-table.ts";

const adminUrl = process.env.TEST_DATABASE_URL;

describe("API load bench on a tiny country", {
  skip: adminUrl ? false : "needs PostgreSQL (TEST_DATABASE_URL)",
}, () => {
  const name = `loadbench_smoke_${randomBytes(5).toString("hex")}`;
  let result: ApiLoadResult;

  before(async () => {
    const admin = await openDatabase({ databaseUrl: adminUrl as string });
    await sql.raw(`create database ${name}`).execute(admin.db);
    await admin.close();
    const url = new URL(adminUrl as string);
    url.pathname = `/${name}`;
    const seeded = await openDatabase({ databaseUrl: url.toString() });
    await prepareDatabase(seeded.db);
    await seedNational(seeded.db, insertSink(seeded.db), { scale: 0.002, seed: 3, today: "2026-11-20" });
    await seeded.close();
    if (process.env.API_LOAD_SMOKE_VERBOSE) console.error(`${performance.now().toFixed(0)} seeded`);
    result = await runApiLoad(
      {
        databaseUrl: url.toString(),
        entry: "src",
        connections: 4,
        seconds: 1,
        requests: 12,
        rounds: 1,
        unloadedRequests: 3,
        deepPage: 3,
      },
      process.env.API_LOAD_SMOKE_VERBOSE
        ? (line) => console.error(`${performance.now().toFixed(0)} ${line}`)
        : undefined,
    );
  });
  after(async () => {
    const admin = await openDatabase({ databaseUrl: adminUrl as string });
    await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db);
    await admin.close();
  });

  it("checks every scenario's API and raw answers byte for byte, as the facility admin and the key", () => {
    const kinds = new Set(result.scenarios.map((s) => `${s.principal} ${s.resource} ${s.shape}`));
    for (const principal of ["session", "key"])
      for (const resource of ["agreements", "inmates", "enrollments"])
        for (const shape of ["get", "list"]) assert.ok(kinds.has(`${principal} ${resource} ${shape}`));
    const reads = result.scenarios.filter((s) => s.resource !== "health");
    assert.ok(reads.every((s) => s.identical && s.bytes > 2 && s.readStatements >= 1));
    const health = result.scenarios.filter((s) => s.resource === "health");
    assert.deepEqual(
      health.map((s) => [s.identical, s.bytes, s.readStatements]),
      [[true, '{"status":"ok"}'.length, 0]],
    );
    assert.ok(
      result.scenarios.some((s) => s.page === 3),
      "a deep page is reached by following cursors",
    );
  });

  it("gives every figure of the table for both servers", () => {
    for (const s of withFigures(result)) {
      for (const t of [s.api, s.raw]) {
        assert.equal(t.non2xx + t.errors, 0, `${s.name}: every loaded request answered 200`);
        assert.ok(t.rps.length === 1 && t.rps.every((r) => r > 0));
        assert.ok(t.p50Unloaded.every((p) => p > 0));
        assert.ok(t.cpuMsPerRequest.every((c) => Number.isFinite(c) && c >= 0));
        assert.ok(t.postgresMsPerRequest.every((c) => Number.isFinite(c) && c >= 0));
        // /proc counts in 10 ms ticks: a tiny run (the health check's few hundred requests) may read none.
        assert.ok(t.machineMsPerRequest.every((c) => Number.isFinite(c) && c >= 0));
      }
      assert.ok(Number.isFinite(s.figures.throughputRatio) && s.figures.throughputRatio > 0);
      assert.ok(Number.isFinite(s.figures.p50Ratio) && s.figures.p50Ratio > 0);
      assert.equal(s.figures.deepOverFirst === null, s.page === 1);
    }
    assert.equal(table(result).split("\n").length, result.scenarios.length + 2);
  });
});
