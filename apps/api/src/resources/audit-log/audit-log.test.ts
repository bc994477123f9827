import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import type { Role, Scope } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

describeApi("audit log read within a scope", (t) => {
  let north: OrgFixture;
  let south: OrgFixture;
  beforeAll(async () => {
    north = await insertOrgFixture(t.db);
    south = await insertOrgFixture(t.db);
  });
  const as = async (role: Role, scope: Scope) => {
    const u = await t.createUser(role, scope);
    return { id: u.id, headers: { cookie: await t.sessionCookie(u.id), origin: "http://localhost" } };
  };
  const draft = (org: OrgFixture, facilityId: string, headers?: Record<string, string>) =>
    t.post(
      "/api/v1/agreements",
      { kind: "pks", title: "PKS", facilityId, partnerIds: [org.partnerIds[0]] },
      headers,
    );
  const resourceIds = async (headers: Record<string, string>) => {
    const res = await t.get("/api/v1/audit-log?limit=200", headers);
    expect(res.status).toBe(200);
    return res.body.items.map((e: { resourceId: string }) => e.resourceId) as string[];
  };

  it("shows a facility admin its facility's entries and its own work on shared data, nothing else", async () => {
    const admin = await as("facility_admin", { kind: "facility", facilityId: north.facilityId });
    const ours = await draft(north, north.facilityId, admin.headers);
    const neighbour = await draft(north, north.jayapuraFacilityId);
    const theirs = await draft(south, south.facilityId);
    const partner = await t.post("/api/v1/partners", { kind: "ngo", name: "Yayasan Bina" }, admin.headers);
    expect([ours.status, neighbour.status, theirs.status, partner.status]).toEqual([201, 201, 201, 201]);
    const seen = await resourceIds(admin.headers);
    expect(seen).toContain(ours.body.id);
    expect(seen).toContain(partner.body.id);
    expect(seen).not.toContain(neighbour.body.id);
    expect(seen).not.toContain(theirs.body.id);
  });

  it("shows a regional admin every facility of its office and the office's own MoUs, not another office's", async () => {
    const regional = await as("regional_admin", {
      kind: "regional",
      regionalOfficeId: south.regionalOfficeId,
    });
    const a = await draft(south, south.facilityId);
    const b = await draft(south, south.jayapuraFacilityId);
    const mou = await t.post("/api/v1/agreements", {
      kind: "mou",
      title: "MoU Kanwil",
      regionalOfficeId: south.regionalOfficeId,
      partnerIds: [south.partnerIds[1]],
    });
    const other = await draft(north, north.facilityId);
    const seen = await resourceIds(regional.headers);
    expect(seen).toEqual(expect.arrayContaining([a.body.id, b.body.id, mou.body.id]));
    expect(seen).not.toContain(other.body.id);
    const national = await resourceIds({});
    expect(national).toEqual(expect.arrayContaining([a.body.id, other.body.id]));
  });
});
