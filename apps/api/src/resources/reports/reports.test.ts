import { insertDraftPksRow, insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { assembleReport, type Scope } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { handBuiltUnit, storeComputedReport, storeReport } from "./fixtures.ts";

describeApi("monthly reports", (t) => {
  let salatiga: OrgFixture;
  let barabai: OrgFixture;
  const ids: Record<string, string> = {};
  let agreementId: string;
  let facilityAdmin: Record<string, string>;
  let regionalAdmin: Record<string, string>;
  let partnerKey: Record<string, string>;

  const as = async (role: "facility_admin" | "regional_admin" | "viewer", scope: Scope) => {
    const u = await t.createUser(role, scope);
    return { cookie: await t.sessionCookie(u.id), origin: "http://localhost" };
  };

  beforeAll(async () => {
    salatiga = await insertOrgFixture(t.db);
    barabai = await insertOrgFixture(t.db, { home: "barabai" });
    const [pemkot, dinas] = salatiga.partnerIds;
    await t.db.updateTable("partners").set({ areaCode: "33.73" }).where("id", "=", pemkot).execute();
    await t.db.updateTable("partners").set({ parentId: pemkot }).where("id", "=", dinas).execute();
    agreementId = await insertDraftPksRow(t.db, {
      facilityId: salatiga.facilityId,
      at: "2026-01-01T00:00:00.000Z",
    });
    await t.db.insertInto("agreementPartners").values({ agreementId, partnerId: dinas }).execute();
    const facility = await t.db
      .selectFrom("facilities")
      .select(["id", "name", "regionalOfficeId"])
      .where("id", "=", salatiga.facilityId)
      .executeTakeFirstOrThrow();
    ids.salatiga = await storeComputedReport(
      t.db,
      { kind: "facility", facilityId: salatiga.facilityId },
      "2026-11",
    );
    ids.barabai = await storeComputedReport(
      t.db,
      { kind: "facility", facilityId: barabai.facilityId },
      "2026-11",
    );
    ids.office = await storeComputedReport(
      t.db,
      { kind: "regional_office", regionalOfficeId: salatiga.regionalOfficeId },
      "2026-11",
    );
    ids.national = await storeComputedReport(t.db, { kind: "national" }, "2026-11");
    ids.handBuilt = await storeReport(
      t.db,
      assembleReport({ kind: "facility", facilityId: salatiga.facilityId }, "2026-08", [
        handBuiltUnit(facility, agreementId),
      ]),
    );
    facilityAdmin = await as("facility_admin", { kind: "facility", facilityId: salatiga.facilityId });
    regionalAdmin = await as("regional_admin", {
      kind: "regional",
      regionalOfficeId: salatiga.regionalOfficeId,
    });
    const key = await t.apiKey("partner_system", { kind: "partner", partnerId: pemkot }, ["reports:read"]);
    partnerKey = { authorization: `Bearer ${key}` };
  });

  const get = (path: string, headers: Record<string, string>) =>
    t.request("GET", path, { anonymous: true, headers });

  it("lists a facility its own reports and answers another's, or its office's, as not found", async () => {
    const list = await get("/api/v1/reports", facilityAdmin);
    expect(list.status).toBe(200);
    expect(new Set(list.body.items.map((r: { id: string }) => r.id))).toEqual(
      new Set([ids.salatiga, ids.handBuilt]),
    );
    expect(list.body.items[0]).toMatchObject({
      period: "2026-11",
      scopeKind: "facility",
      revision: 1,
      latest: true,
    });
    expect(list.body.items[0].scopeName).toMatch(/^Rutan Salatiga/);
    // Salatiga is in Central Java: its report's times read in WIB.
    expect(list.body.items[0].timeZone).toBe("Asia/Jakarta");
    expect((await get(`/api/v1/reports/${ids.barabai}`, facilityAdmin)).status).toBe(404);
    expect((await get(`/api/v1/reports/${ids.office}`, facilityAdmin)).status).toBe(404);
    expect((await get(`/api/v1/reports/${ids.national}`, facilityAdmin)).status).toBe(404);
    const own = await get(`/api/v1/reports/${ids.salatiga}`, facilityAdmin);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ view: "full", content: { period: "2026-11" } });
  });

  it("lets a regional office read its own report and its facilities', and filter them", async () => {
    const list = await get("/api/v1/reports?from=2026-11&to=2026-11", regionalAdmin);
    expect(new Set(list.body.items.map((r: { id: string }) => r.id))).toEqual(
      new Set([ids.salatiga, ids.office]),
    );
    const offices = await get("/api/v1/reports?scopeKind=regional_office", regionalAdmin);
    expect(offices.body.items.map((r: { id: string }) => r.id)).toEqual([ids.office]);
    expect((await get(`/api/v1/reports/${ids.barabai}`, regionalAdmin)).status).toBe(404);
    const bad = await get("/api/v1/reports?from=2026-13", regionalAdmin);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("query.from");
  });

  it("regenerates as the next revision from today's figures, keeping the old one listed", async () => {
    const viewer = await as("viewer", { kind: "facility", facilityId: salatiga.facilityId });
    expect(
      (
        await t.request("POST", `/api/v1/reports/${ids.salatiga}/regenerate`, {
          anonymous: true,
          headers: viewer,
          body: {},
        })
      ).status,
    ).toBe(403);
    const other = await t.request("POST", `/api/v1/reports/${ids.barabai}/regenerate`, {
      anonymous: true,
      headers: facilityAdmin,
      body: {},
    });
    expect(other.status).toBe(404);
    const made = await t.request("POST", `/api/v1/reports/${ids.salatiga}/regenerate`, {
      anonymous: true,
      headers: facilityAdmin,
      body: {},
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ period: "2026-11", revision: 2, latest: true, scopeKind: "facility" });
    expect(made.headers.get("location")).toBe(`/api/v1/reports/${made.body.id}`);
    const latest = await get("/api/v1/reports?from=2026-11", facilityAdmin);
    expect(latest.body.items.map((r: { id: string }) => r.id)).toEqual([made.body.id]);
    const all = await get("/api/v1/reports?from=2026-11&allRevisions=true", facilityAdmin);
    expect(
      all.body.items.map((r: { revision: number; latest: boolean }) => [r.revision, r.latest]).sort(),
    ).toEqual([
      [1, false],
      [2, true],
    ]);
    const old = await get(`/api/v1/reports/${ids.salatiga}`, facilityAdmin);
    expect(old.body).toMatchObject({ revision: 1, latest: false });
    const runs = await t.db
      .selectFrom("reportRuns")
      .select(["kind", "reportsMade"])
      .where("kind", "=", "regenerate")
      .execute();
    expect(runs).toEqual([{ kind: "regenerate", reportsMade: 1 }]);
    const fresh = await get(`/api/v1/reports/${made.body.id}`, facilityAdmin);
    // Whatever today's figures are, the new revision is the same scope and month, exactly summed.
    expect(fresh.body.content.scope).toEqual({ kind: "facility", facilityId: salatiga.facilityId });
    expect(fresh.body.content.units.map((u: { unit: { id: string } }) => u.unit.id)).toEqual([
      salatiga.facilityId,
    ]);
    const audit = await t.db
      .selectFrom("auditLog")
      .select(["action", "resourceType"])
      .where("resourceId", "=", made.body.id)
      .execute();
    expect(audit).toEqual([{ action: "create", resourceType: "report" }]);
  });

  it("shows a partner system only its area's residents and its agreements' outcomes, small counts withheld", async () => {
    const res = await get(`/api/v1/reports/${ids.handBuilt}`, partnerKey);
    expect(res.status).toBe(200);
    expect(res.body.view).toBe("partner");
    const view = res.body.content;
    expect(view.domicile.map((d: { areaCode: string }) => d.areaCode)).toEqual(["33.73", "33.73.01"]);
    expect(view.domicile[0]).toMatchObject({ areaName: "KOTA SALATIGA", inmates: 40, certified: null });
    expect(view.domicile[1].certified === null || view.domicileTotal.certified === null).toBe(true);
    expect(view.outcomes).toEqual([
      {
        agreementId,
        title: "PKS Pelatihan Barista",
        cohortsFunded: 2,
        enrolled: 25,
        completed: 20,
        certified: null,
      },
    ]);
    expect(res.text).not.toMatch(/63\.07|HULU SUNGAI|PKS Lain|population|visits|licence/);
    const csv = await get(`/api/v1/reports/${ids.handBuilt}?format=csv&lang=en`, partnerKey);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain("Residents by domicile");
    expect(csv.text).toContain("33.73.01,Sidorejo,");
    expect(csv.text).not.toMatch(/63\.07|PKS Lain|KLN\/7/);
    expect((await get(`/api/v1/reports/${ids.barabai}`, partnerKey)).status).toBe(404);
    expect((await get(`/api/v1/reports/${ids.national}`, partnerKey)).status).toBe(200);
    const list = await get("/api/v1/reports", partnerKey);
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(ids.barabai);
  });
});
