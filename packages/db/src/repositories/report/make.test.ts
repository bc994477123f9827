import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { insertOrgFixture, testBackends } from "../../testing/index.ts";
import {
  makeMissingReports,
  makeMissingReportsRange,
  missingScopes,
  regenerateReport,
  scopeKey,
  scopeOfKey,
} from "./make.ts";

describe.each(testBackends())("making a period's reports on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(() => handle.close());

  const options = (period: string, ids: () => string = randomUUID) => ({
    period,
    worker: "test",
    now: () => "2026-11-01T00:05:00.000Z",
    ids,
  });

  it("makes every facility, regional and national report once, the totals adding up exactly", async () => {
    const org = await insertOrgFixture(db());
    const first = await makeMissingReports(db(), options("2026-09"));
    expect(first).toMatchObject({ period: "2026-09", made: 4, busy: false, failures: [] });
    expect(await makeMissingReports(db(), options("2026-09"))).toMatchObject({ made: 0, failures: [] });
    const rows = await db()
      .selectFrom("reports")
      .select(["scopeKind", "facilityId", "regionalOfficeId", "revision", "madeBy", "dataCutOff", "content"])
      .where("period", "=", "2026-09")
      .execute();
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.revision === 1 && r.madeBy === "worker:test")).toBe(true);
    const office = rows.find((r) => r.regionalOfficeId === org.regionalOfficeId);
    const facilities = rows.filter((r) => r.scopeKind === "facility");
    expect(facilities.map((r) => r.facilityId).sort()).toEqual(
      [org.facilityId, org.jayapuraFacilityId].sort(),
    );
    // The office's report: its facilities' units, then its own row (agreements the office signed).
    expect(office?.content.units.map((u) => u.unit.id).sort()).toEqual(
      [...facilities.flatMap((r) => r.content.units.map((u) => u.unit.id)), org.regionalOfficeId].sort(),
    );
    // One snapshot for the whole period: every report carries the same cut-off.
    expect(new Set(rows.map((r) => r.dataCutOff)).size).toBe(1);
  });

  it("records a report that fails and stores the others, and the next call makes the one missing", async () => {
    let n = 0;
    // The second id is not a uuid: that one insert fails inside its savepoint.
    const ids = () => (++n === 2 ? "not-a-uuid" : randomUUID());
    const out = await makeMissingReports(db(), options("2026-08", ids));
    expect(out.made).toBe(3);
    expect(out.failures).toHaveLength(1);
    expect(out.failures[0]?.key).toMatch(/:2026-08$/);
    expect(await missingScopes(db(), "2026-08")).toHaveLength(1);
    expect(await makeMissingReports(db(), options("2026-08"))).toMatchObject({ made: 1, failures: [] });
    expect(await missingScopes(db(), "2026-08")).toEqual([]);
  });

  it("regenerates a report as its next revision and keeps the old one unchanged", async () => {
    const [scopeRow] = await db()
      .selectFrom("reports")
      .select(["id", "facilityId", "content"])
      .where("period", "=", "2026-09")
      .where("scopeKind", "=", "facility")
      .limit(1)
      .execute();
    const facilityId = scopeRow?.facilityId ?? "";
    const scope = { kind: "facility", facilityId } as const;
    expect(await regenerateReport(db(), scope, "2026-09", "user:someone")).toBe(2);
    const revisions = await db()
      .selectFrom("reports")
      .select(["id", "revision", "madeBy", "content"])
      .where("facilityId", "=", facilityId)
      .where("period", "=", "2026-09")
      .orderBy("revision")
      .execute();
    expect(revisions.map((r) => [r.revision, r.madeBy])).toEqual([
      [1, "worker:test"],
      [2, "user:someone"],
    ]);
    expect(revisions[0]?.id).toBe(scopeRow?.id);
    expect(revisions[0]?.content).toEqual(scopeRow?.content);
    expect(revisions[1]?.content.units.map((u) => u.unit.id)).toEqual([facilityId]);
  });

  it("names scopes by keys it can read back", () => {
    for (const scope of [
      { kind: "national" },
      { kind: "facility", facilityId: randomUUID() },
      { kind: "regional_office", regionalOfficeId: randomUUID() },
    ] as const) {
      expect(scopeOfKey(scopeKey(scope))).toEqual(scope);
    }
    expect(scopeOfKey("partner:x")).toBeUndefined();
  });

  it.runIf(backend.name === "postgres")(
    "leaves a period alone while another worker holds its lock",
    async () => {
      await db()
        .connection()
        .execute(async (other) => {
          await sql`select pg_advisory_lock(20261204, 202607)`.execute(other);
          const out = await makeMissingReports(db(), options("2026-07"));
          expect(out).toMatchObject({ busy: true, made: 0 });
          await sql`select pg_advisory_unlock(20261204, 202607)`.execute(other);
        });
      expect(await makeMissingReports(db(), options("2026-07"))).toMatchObject({ busy: false, made: 4 });
    },
  );

  it("makes several months in one snapshot, each once, and leaves a month another worker holds", async () => {
    const periods = ["2026-03", "2026-04", "2026-05"];
    const range = { periods, worker: "test", now: () => "2026-11-01T00:05:00.000Z", ids: randomUUID };
    const held = backend.name === "postgres";
    // PGlite has one connection (and no concurrent worker): only PostgreSQL holds a month meanwhile.
    const out = held
      ? await db()
          .connection()
          .execute(async (other) => {
            await sql`select pg_advisory_lock(20261204, 202604)`.execute(other);
            try {
              return await makeMissingReportsRange(db(), range);
            } finally {
              await sql`select pg_advisory_unlock(20261204, 202604)`.execute(other);
            }
          })
      : await makeMissingReportsRange(db(), range);
    expect(out.map((o) => [o.period, o.made, o.busy])).toEqual([
      ["2026-03", 4, false],
      ["2026-04", held ? 0 : 4, held],
      ["2026-05", 4, false],
    ]);
    const again = await makeMissingReportsRange(db(), range);
    expect(again.map((o) => o.made)).toEqual([0, held ? 4 : 0, 0]);
    const rows = await db()
      .selectFrom("reports")
      .select(["period", "dataCutOff"])
      .where("period", "in", periods)
      .execute();
    expect(rows).toHaveLength(12);
    // The months made together share one snapshot and so one data cut-off.
    const cutOf = (p: string) => new Set(rows.filter((r) => r.period === p).map((r) => r.dataCutOff));
    expect(cutOf("2026-03")).toEqual(cutOf("2026-05"));
  });
});
