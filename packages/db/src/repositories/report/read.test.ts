import { assembleReport, type ReportScope } from "@sinergi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { insertOrgFixture, type OrgFixture, testBackends } from "../../testing/index.ts";
import { insertUser } from "../access/users.ts";
import { findAlert, listAlerts, markAlertRead } from "./alerts-read.ts";
import { computeUnitFigures } from "./figures.ts";
import { findReport, listReports } from "./read.ts";
import { insertFirstReport, insertNextRevision } from "./reports.ts";

const AT = "2026-12-01T00:05:00.000Z";

describe.each(testBackends())("reading reports and alerts on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  let salatiga: OrgFixture;
  let barabai: OrgFixture;
  const ids: Record<string, string> = {};
  const paged = <T>(run: () => Promise<T>) => run();

  const store = async (key: string, scope: ReportScope, period: string) => {
    const content = assembleReport(scope, period, await computeUnitFigures(db(), period, scope));
    const id = crypto.randomUUID();
    await insertFirstReport(db(), { id, content, madeAt: AT, dataCutOff: AT, madeBy: "worker:test" });
    ids[key] = id;
  };

  beforeAll(async () => {
    handle = await backend.open();
    salatiga = await insertOrgFixture(db());
    barabai = await insertOrgFixture(db(), { home: "barabai" });
    await store("salatiga", { kind: "facility", facilityId: salatiga.facilityId }, "2026-11");
    await store("salatigaOct", { kind: "facility", facilityId: salatiga.facilityId }, "2026-10");
    await store("barabai", { kind: "facility", facilityId: barabai.facilityId }, "2026-11");
    await store(
      "office",
      { kind: "regional_office", regionalOfficeId: salatiga.regionalOfficeId },
      "2026-11",
    );
    await store("national", { kind: "national" }, "2026-11");
  });
  afterAll(() => handle.close());

  it("lists a facility its own reports only, newest period first", async () => {
    const page = await paged(() =>
      listReports(db(), { viewer: { kind: "facility", facilityId: salatiga.facilityId }, limit: 50 }),
    );
    expect(page.items.map((r) => r.id)).toEqual([ids.salatiga, ids.salatigaOct]);
    expect(page.items[0]).toMatchObject({ latest: true, revision: 1 });
    expect(page.items[0]?.scopeName).toMatch(/^Rutan Salatiga/);
    const office = { kind: "regional" as const, regionalOfficeId: salatiga.regionalOfficeId };
    const seen = await paged(() => listReports(db(), { viewer: office, limit: 50, from: "2026-11" }));
    expect(new Set(seen.items.map((r) => r.id))).toEqual(new Set([ids.salatiga, ids.office]));
    expect(await findReport(db(), ids.barabai ?? "", office)).toBeUndefined();
    expect((await findReport(db(), ids.barabai ?? "", undefined))?.content.period).toBe("2026-11");
  });

  it("shows the latest revision by default and every revision when asked", async () => {
    const scope = { kind: "facility", facilityId: barabai.facilityId } as const;
    const content = assembleReport(scope, "2026-11", await computeUnitFigures(db(), "2026-11", scope));
    await insertNextRevision(db(), {
      id: crypto.randomUUID(),
      content,
      madeAt: AT,
      dataCutOff: AT,
      madeBy: "user:x",
    });
    const q = { viewer: { kind: "facility", facilityId: barabai.facilityId } as const, limit: 50 };
    const latest = await paged(() => listReports(db(), q));
    expect(latest.items.map((r) => r.revision)).toEqual([2]);
    const all = await paged(() => listReports(db(), { ...q, allRevisions: true }));
    expect(all.items.map((r) => [r.revision, r.latest]).sort()).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it("lists the alerts of a scope, marks one read once for its reader, and hides it from others' scopes", async () => {
    const user = crypto.randomUUID();
    await insertUser(
      db(),
      {
        id: user,
        email: `${user}@test.sinergi`,
        name: "Admin",
        passwordHash: "x",
        role: "facility_admin",
        scope: { kind: "facility", facilityId: salatiga.facilityId },
      },
      AT,
    );
    const alert = crypto.randomUUID();
    await db()
      .insertInto("alerts")
      .values([
        {
          id: alert,
          onceKey: `k-${alert}`,
          kind: "licence_expiring",
          facilityId: salatiga.facilityId,
          raisedAt: AT,
          detail: "{}",
        },
        {
          id: crypto.randomUUID(),
          onceKey: `b-${alert}`,
          kind: "licence_expiring",
          facilityId: barabai.facilityId,
          raisedAt: AT,
          detail: "{}",
        },
      ])
      .execute();
    const viewer = { kind: "facility", facilityId: salatiga.facilityId } as const;
    const unread = await paged(() => listAlerts(db(), { viewer, userId: user, unread: true, limit: 50 }));
    expect(unread.items.map((a) => a.id)).toEqual([alert]);
    await markAlertRead(db(), alert, user, "2026-12-02T00:00:00.000Z");
    await markAlertRead(db(), alert, user, "2026-12-03T00:00:00.000Z");
    expect((await findAlert(db(), alert, viewer, user))?.readAt).toBe("2026-12-02T00:00:00.000Z");
    expect(
      (await paged(() => listAlerts(db(), { viewer, userId: user, unread: true, limit: 50 }))).items,
    ).toEqual([]);
    expect(
      await findAlert(db(), alert, { kind: "facility", facilityId: barabai.facilityId }, user),
    ).toBeUndefined();
  });

  it("gives each report the zone its times read in: its facility's, its office's province's, WIB for the national one", async () => {
    await store(
      "barabaiOffice",
      { kind: "regional_office", regionalOfficeId: barabai.regionalOfficeId },
      "2026-11",
    );
    // A facility's own override wins over the zone its regency gives it.
    await db()
      .updateTable("facilities")
      .set({ timeZoneOverride: "Asia/Jayapura" })
      .where("id", "=", salatiga.facilityId)
      .execute();
    const page = await paged(() =>
      listReports(db(), { viewer: { kind: "national" }, limit: 50, from: "2026-11", allRevisions: true }),
    );
    const zones = new Map(page.items.map((r) => [r.id, r.timeZone]));
    expect(zones.get(ids.salatiga ?? "")).toBe("Asia/Jayapura");
    expect(zones.get(ids.barabai ?? "")).toBe("Asia/Makassar");
    expect(zones.get(ids.barabaiOffice ?? "")).toBe("Asia/Makassar");
    expect(zones.get(ids.office ?? "")).toBe("Asia/Jakarta");
    expect(zones.get(ids.national ?? "")).toBe("Asia/Jakarta");
    expect((await findReport(db(), ids.barabai ?? "", undefined))?.timeZone).toBe("Asia/Makassar");
  });
});
