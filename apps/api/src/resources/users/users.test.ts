import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import type { Role, Scope } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

describeApi("users and API keys listed within a scope", (t) => {
  let north: OrgFixture;
  let south: OrgFixture;
  beforeAll(async () => {
    north = await insertOrgFixture(t.db);
    south = await insertOrgFixture(t.db);
  });
  const facility = (facilityId: string): Scope => ({ kind: "facility", facilityId });
  const cookieOf = async (role: Role, scope: Scope) => {
    const u = await t.createUser(role, scope);
    return { id: u.id, headers: { cookie: await t.sessionCookie(u.id) } };
  };
  /** Every page of a list, following cursors; checks each page but the last is full. */
  const allPages = async (path: string, headers: Record<string, string>, limit: number) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
        await t.get(`${path}?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`, headers);
      expect(res.status).toBe(200);
      ids.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
      if (cursor !== null) expect(res.body.items).toHaveLength(limit);
    } while (cursor !== null);
    return ids;
  };

  it("pages a regional admin's users in full pages holding only its own office's people", async () => {
    const mine: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      mine.push((await t.createUser("facility_staff", facility(north.facilityId))).id);
      mine.push((await t.createUser("viewer", facility(north.jayapuraFacilityId))).id);
      await t.createUser("facility_staff", facility(south.facilityId));
    }
    const regional = await cookieOf("regional_admin", {
      kind: "regional",
      regionalOfficeId: north.regionalOfficeId,
    });
    const ids = await allPages("/api/v1/users", regional.headers, 3);
    expect(ids.sort()).toEqual([...mine, regional.id].sort());
    const local = await cookieOf("facility_admin", facility(north.facilityId));
    const own = await allPages("/api/v1/users", local.headers, 2);
    expect(own).toHaveLength(5);
  });

  it("pages a facility admin's API keys without the keys of other facilities", async () => {
    for (let i = 0; i < 3; i += 1) {
      await t.apiKey("viewer", facility(north.facilityId), ["organisation:read"]);
      await t.apiKey("viewer", facility(south.facilityId), ["organisation:read"]);
    }
    const local = await cookieOf("facility_admin", facility(south.facilityId));
    const ids = await allPages("/api/v1/api-keys", local.headers, 2);
    expect(ids).toHaveLength(3);
    const scopes = await t.db.selectFrom("apiKeys").select("scopeId").where("id", "in", ids).execute();
    expect(scopes.every((k) => k.scopeId === south.facilityId)).toBe(true);
  });
});
