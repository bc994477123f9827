import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import type { Scope } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

describeApi("alerts", (t) => {
  let salatiga: OrgFixture;
  let barabai: OrgFixture;
  const alert = { own: "", office: "", other: "" };
  let admin: Record<string, string>;

  const session = async (role: "facility_admin" | "regional_admin", scope: Scope) => {
    const u = await t.createUser(role, scope);
    return { cookie: await t.sessionCookie(u.id), origin: "http://localhost" };
  };
  const raise = async (facilityId: string | null, regionalOfficeId: string | null, raisedAt: string) => {
    const id = crypto.randomUUID();
    await t.db
      .insertInto("alerts")
      .values({
        id,
        onceKey: `test:${id}`,
        kind: "licence_expiring",
        facilityId,
        regionalOfficeId,
        subjectId: null,
        detail: JSON.stringify({ daysLeft: 30 }),
        raisedAt,
      })
      .execute();
    return id;
  };

  beforeAll(async () => {
    salatiga = await insertOrgFixture(t.db);
    barabai = await insertOrgFixture(t.db, { home: "barabai" });
    alert.own = await raise(salatiga.facilityId, salatiga.regionalOfficeId, "2026-11-02T00:00:00.000Z");
    alert.office = await raise(null, salatiga.regionalOfficeId, "2026-11-03T00:00:00.000Z");
    alert.other = await raise(barabai.facilityId, barabai.regionalOfficeId, "2026-11-04T00:00:00.000Z");
    admin = await session("facility_admin", { kind: "facility", facilityId: salatiga.facilityId });
  });

  const call = (method: string, path: string, headers: Record<string, string>) =>
    t.request(method, path, { anonymous: true, headers, ...(method === "POST" ? { body: {} } : {}) });

  it("lists a facility its own alerts and an office its own and its facilities', newest first", async () => {
    const own = await call("GET", "/api/v1/alerts", admin);
    expect(own.status).toBe(200);
    expect(own.body.items.map((a: { id: string }) => a.id)).toEqual([alert.own]);
    expect(own.body.items[0]).toMatchObject({
      kind: "licence_expiring",
      read: false,
      readAt: null,
      detail: { daysLeft: 30 },
    });
    const office = await session("regional_admin", {
      kind: "regional",
      regionalOfficeId: salatiga.regionalOfficeId,
    });
    const seen = await call("GET", "/api/v1/alerts", office);
    expect(seen.body.items.map((a: { id: string }) => a.id)).toEqual([alert.office, alert.own]);
  });

  it("marks an alert read for the caller only, idempotently, and another scope's as not found", async () => {
    const first = await call("POST", `/api/v1/alerts/${alert.own}/read`, admin);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: alert.own, read: true });
    const again = await call("POST", `/api/v1/alerts/${alert.own}/read`, admin);
    expect(again.status).toBe(200);
    expect(again.body.readAt).toBe(first.body.readAt);
    expect((await call("GET", "/api/v1/alerts?unread=true", admin)).body.items).toEqual([]);
    const colleague = await session("facility_admin", { kind: "facility", facilityId: salatiga.facilityId });
    const theirs = await call("GET", "/api/v1/alerts?unread=true", colleague);
    expect(theirs.body.items.map((a: { id: string }) => a.id)).toEqual([alert.own]);
    expect((await call("POST", `/api/v1/alerts/${alert.other}/read`, admin)).status).toBe(404);
    const rows = await t.db.selectFrom("alertReads").select("alertId").execute();
    expect(rows.map((r) => r.alertId)).toEqual([alert.own]);
    const audited = await t.db
      .selectFrom("auditLog")
      .select("action")
      .where("resourceId", "=", alert.own)
      .execute();
    expect(audited).toEqual([{ action: "create" }]);
  });

  it("keeps alerts from partner systems, and read marks from API keys", async () => {
    const partnerKey = await t.apiKey(
      "partner_system",
      { kind: "partner", partnerId: salatiga.partnerIds[0] },
      ["reports:read"],
    );
    expect((await call("GET", "/api/v1/alerts", { authorization: `Bearer ${partnerKey}` })).status).toBe(403);
    const viewerKey = await t.apiKey("viewer", { kind: "facility", facilityId: salatiga.facilityId }, [
      "alerts:read",
    ]);
    const bearer = { authorization: `Bearer ${viewerKey}` };
    const listed = await call("GET", "/api/v1/alerts", bearer);
    expect(listed.body.items.map((a: { id: string; read: boolean }) => [a.id, a.read])).toEqual([
      [alert.own, false],
    ]);
    expect((await call("POST", `/api/v1/alerts/${alert.own}/read`, bearer)).status).toBe(403);
  });
});
