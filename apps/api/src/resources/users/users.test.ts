import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import type { Role, Scope } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";

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

describeApi("user accounts managed by admins", (t) => {
  let org: OrgFixture;
  let other: OrgFixture;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db);
    other = await insertOrgFixture(t.db);
  });
  const facility = (facilityId: string): Scope => ({ kind: "facility", facilityId });
  const adminOf = async (facilityId: string) => {
    const u = await t.createUser("facility_admin", facility(facilityId));
    return { id: u.id, headers: { cookie: await t.sessionCookie(u.id), origin: "http://localhost" } };
  };
  const rowOf = (id: string) =>
    t.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const auditCount = async (id: string) =>
    (await t.db.selectFrom("auditLog").select("id").where("resourceId", "=", id).execute()).length;

  it("changes a user's role and scope within the admin's own, never the admin's own, and never to a misfit", async () => {
    const admin = await adminOf(org.facilityId);
    const staff = await t.createUser("facility_staff", facility(org.facilityId));
    const read = await t.get(`/api/v1/users/${staff.id}`, admin.headers);
    const promoted = await t.patch(
      `/api/v1/users/${staff.id}`,
      { role: "facility_admin", name: "Kasi Pembinaan" },
      { ...admin.headers, "if-match": read.headers.get("etag") ?? "" },
    );
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ role: "facility_admin", name: "Kasi Pembinaan" });
    const stale = await t.patch(
      `/api/v1/users/${staff.id}`,
      { role: "viewer" },
      { ...admin.headers, "if-match": read.headers.get("etag") ?? "" },
    );
    expect(stale.status).toBe(412);
    const away = await t.patch(
      `/api/v1/users/${staff.id}`,
      { scope: facility(other.facilityId) },
      { ...admin.headers, ...anyRevision },
    );
    expect([away.status, away.body.errors?.[0]?.field]).toEqual([422, "scope"]);
    const misfit = await t.patch(
      `/api/v1/users/${staff.id}`,
      { scope: { kind: "national" } },
      { ...admin.headers, ...anyRevision },
    );
    expect([misfit.status, misfit.body.code]).toEqual([422, "user/scope-misfit"]);
    const self = await t.patch(
      `/api/v1/users/${admin.id}`,
      { role: "viewer" },
      { ...admin.headers, ...anyRevision },
    );
    expect([self.status, self.body.code]).toEqual([409, "user/cannot-change-own-access"]);
    const renamed = await t.patch(
      `/api/v1/users/${admin.id}`,
      { name: "Kepala Rutan" },
      { ...admin.headers, ...anyRevision },
    );
    expect(renamed.status).toBe(200);
    expect((await rowOf(staff.id)).role).toBe("facility_admin");
    const outsider = await t.createUser("viewer", facility(other.facilityId));
    const hidden = await t.patch(
      `/api/v1/users/${outsider.id}`,
      { name: "X" },
      { ...admin.headers, ...anyRevision },
    );
    expect(hidden.status).toBe(404);
    expect(await auditCount(outsider.id)).toBe(0);
  });

  it("finds people by part of their name or email, within the admin's scope", async () => {
    const admin = await adminOf(org.facilityId);
    const mine = await t.post(
      "/api/v1/users",
      {
        email: "rina.kasi@rutan.test",
        name: "Rina Kasubsi",
        role: "viewer",
        scope: facility(org.facilityId),
      },
      admin.headers,
    );
    await t.post("/api/v1/users", {
      email: "rina.lain@lapas.test",
      name: "Rina Lain",
      role: "viewer",
      scope: facility(other.facilityId),
    });
    const byName = await t.get("/api/v1/users?q=rina", admin.headers);
    expect(byName.body.items.map((u: { id: string }) => u.id)).toEqual([mine.body.id]);
    const byEmail = await t.get("/api/v1/users?q=KASI%40RUTAN", admin.headers);
    expect(byEmail.body.items.map((u: { id: string }) => u.id)).toEqual([mine.body.id]);
    expect((await t.get("/api/v1/users?q=%25", admin.headers)).body.items).toEqual([]);
  });

  it("only lets a national admin make a national admin", async () => {
    const regional = await t.createUser("regional_admin", {
      kind: "regional",
      regionalOfficeId: org.regionalOfficeId,
    });
    const headers = { cookie: await t.sessionCookie(regional.id), origin: "http://localhost" };
    const made = await t.post(
      "/api/v1/users",
      { email: "pusat@ditjenpas.test", name: "Pusat", role: "national_admin", scope: { kind: "national" } },
      headers,
    );
    expect([made.status, made.body.code]).toEqual([403, "auth/forbidden"]);
    expect(
      await t.db.selectFrom("users").select("id").where("email", "=", "pusat@ditjenpas.test").execute(),
    ).toEqual([]);
  });

  it("disables and enables an account, lifts a lock, and refuses moves that change nothing", async () => {
    const admin = await adminOf(org.facilityId);
    const u = await t.createUser("viewer", facility(org.facilityId));
    const cookie = await t.sessionCookie(u.id);
    expect(
      (await t.post(`/api/v1/users/${u.id}/enable`, {}, { ...admin.headers, ...anyRevision })).body.code,
    ).toBe("user/not-disabled");
    const disabled = await t.post(`/api/v1/users/${u.id}/disable`, {}, { ...admin.headers, ...anyRevision });
    expect(disabled.body).toMatchObject({ status: "disabled" });
    expect((await t.get("/api/v1/auth/me", { cookie })).status).toBe(401);
    const twice = await t.post(`/api/v1/users/${u.id}/disable`, {}, { ...admin.headers, ...anyRevision });
    expect([twice.status, twice.body.code]).toEqual([409, "user/already-disabled"]);
    const enabled = await t.post(`/api/v1/users/${u.id}/enable`, {}, { ...admin.headers, ...anyRevision });
    expect(enabled.body).toMatchObject({ status: "active", disabledAt: null });
    expect((await t.signIn(u.email, u.password)).length).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++)
      await t.request("POST", "/api/v1/auth/sign-in", {
        anonymous: true,
        body: { email: u.email, password: `salah-${i}` },
      });
    expect((await t.get(`/api/v1/users/${u.id}`, admin.headers)).body.status).toBe("locked");
    const unlocked = await t.post(`/api/v1/users/${u.id}/enable`, {}, { ...admin.headers, ...anyRevision });
    expect(unlocked.body).toMatchObject({ status: "active", lockedUntil: null });
    expect((await t.signIn(u.email, u.password)).length).toBeGreaterThan(0);
  });

  it("resets a forgotten password to a one-time one shown once, ending the person's sessions", async () => {
    const admin = await adminOf(org.facilityId);
    const u = await t.createUser("facility_staff", facility(org.facilityId));
    const cookie = await t.sessionCookie(u.id);
    const n = await auditCount(u.id);
    const reset = await t.post(
      `/api/v1/users/${u.id}/reset-password`,
      {},
      { ...admin.headers, ...anyRevision, "idempotency-key": "r-1" },
    );
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ mustChangePassword: true });
    expect(await auditCount(u.id)).toBe(n + 1);
    const otp: string = reset.body.oneTimePassword;
    expect((await t.get("/api/v1/auth/me", { cookie })).status).toBe(401);
    const again = await t.post(
      `/api/v1/users/${u.id}/reset-password`,
      {},
      { ...admin.headers, ...anyRevision, "idempotency-key": "r-1" },
    );
    expect([again.status, again.body.code]).toEqual([409, "idempotency/not-replayable"]);
    expect(JSON.stringify(again.body)).not.toContain(otp);
    expect(await auditCount(u.id)).toBe(n + 1);
    const old = await t.request("POST", "/api/v1/auth/sign-in", {
      anonymous: true,
      body: { email: u.email, password: u.password },
    });
    expect(old.status).toBe(401);
    const fresh = await t.signIn(u.email, otp);
    const blocked = await t.get("/api/v1/cohorts", { cookie: fresh });
    expect(blocked.body.code).toBe("auth/password-change-required");
    const own = await t.post(
      `/api/v1/users/${admin.id}/reset-password`,
      {},
      { ...admin.headers, ...anyRevision },
    );
    expect([own.status, own.body.code]).toEqual([409, "user/cannot-reset-own-password"]);
  });
});
