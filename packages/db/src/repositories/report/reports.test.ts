import { assembleReport } from "@sinergi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { insertOrgFixture, testBackends } from "../../testing/index.ts";
import { computeUnitFigures } from "./figures.ts";
import { insertFirstReport, insertNextRevision } from "./reports.ts";

describe.each(testBackends())("report snapshots on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(() => handle.close());

  it("stores the first revision once, and a regenerate as the next revision keeping the old", async () => {
    const org = await insertOrgFixture(db());
    const scope = { kind: "regional_office", regionalOfficeId: org.regionalOfficeId } as const;
    const content = assembleReport(scope, "2026-10", await computeUnitFigures(db(), "2026-10", scope));
    expect(content.units.map((u) => u.unit.id)).toContain(org.jayapuraFacilityId);
    const base = { content, madeAt: "2026-11-01T00:05:00.000Z", dataCutOff: "2026-11-01T00:05:00.000Z" };
    const first = { ...base, id: crypto.randomUUID(), madeBy: "worker:a" };
    expect(await insertFirstReport(db(), first)).toBe(true);
    expect(await insertFirstReport(db(), { ...first, id: crypto.randomUUID(), madeBy: "worker:b" })).toBe(
      false,
    );
    expect(await insertNextRevision(db(), { ...base, id: crypto.randomUUID(), madeBy: "user:x" })).toBe(2);
    expect(await insertNextRevision(db(), { ...base, id: crypto.randomUUID(), madeBy: "user:x" })).toBe(3);
    const national = assembleReport({ kind: "national" }, "2026-10", []);
    const nat = { ...base, content: national, id: crypto.randomUUID(), madeBy: "worker:a" };
    expect(await insertFirstReport(db(), nat)).toBe(true);
    expect(await insertFirstReport(db(), { ...nat, id: crypto.randomUUID() })).toBe(false);
    const rows = await db()
      .selectFrom("reports")
      .select(["revision", "madeBy", "content"])
      .where("regionalOfficeId", "=", org.regionalOfficeId)
      .orderBy("revision")
      .execute();
    expect(rows.map((r) => [r.revision, r.madeBy])).toEqual([
      [1, "worker:a"],
      [2, "user:x"],
      [3, "user:x"],
    ]);
    expect(rows[0]?.content.period).toBe("2026-10");
  });
});
