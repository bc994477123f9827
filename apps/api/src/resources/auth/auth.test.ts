import { sql } from "kysely";
import { expect, it } from "vitest";
import { ensureFirstAdmin } from "../../access/bootstrap.ts";
import { createApp } from "../../app.ts";
import { anyRevision, describeApi } from "../../testing.ts";

describeApi("sign-in and sessions", (t) => {
  const signInRaw = (email: string, password: string, headers: Record<string, string> = {}) =>
    t.request("POST", "/api/v1/auth/sign-in", { body: { email, password }, anonymous: true, headers });

  it("signs in with an HttpOnly SameSite cookie, knows the user, and signs out", async () => {
    const u = await t.createUser("viewer", { kind: "national" });
    const res = await signInRaw(u.email, u.password);
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty("passwordHash");
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0]!;
    const me = await t.request("GET", "/api/v1/auth/me", { anonymous: true, headers: { cookie } });
    expect(me.body.email).toBe(u.email);
    const out = await t.request("POST", "/api/v1/auth/sign-out", {
      anonymous: true,
      headers: { cookie, origin: "http://localhost" },
    });
    expect(out.status).toBe(204);
    const after = await t.request("GET", "/api/v1/auth/me", { anonymous: true, headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it("answers a wrong password and an unknown email alike with 401", async () => {
    const u = await t.createUser("viewer", { kind: "national" });
    const wrong = await signInRaw(u.email, "not-the-password");
    const unknown = await signInRaw("nobody@test.sinergi", "whatever-password");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe(unknown.body.code);
  });

  it("locks an account for a while after five failures, even for the right password", async () => {
    const u = await t.createUser("viewer", { kind: "national" });
    for (let i = 0; i < 5; i++) expect((await signInRaw(u.email, `wrong-${i}`)).status).toBe(401);
    const locked = await signInRaw(u.email, u.password);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe("auth/locked");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    const later = new Date(Date.now() + 16 * 60 * 1000).toISOString();
    t.now = () => later;
    try {
      expect((await signInRaw(u.email, u.password)).status).toBe(200);
    } finally {
      t.now = () => new Date().toISOString();
    }
  });

  it("ends a session that has sat idle past its lifetime", async () => {
    const u = await t.createUser("viewer", { kind: "national" });
    const cookie = await t.signIn(u.email, u.password);
    const later = new Date(Date.now() + 9 * 60 * 60 * 1000).toISOString();
    t.now = () => later;
    try {
      const me = await t.request("GET", "/api/v1/auth/me", { anonymous: true, headers: { cookie } });
      expect(me.status).toBe(401);
    } finally {
      t.now = () => new Date().toISOString();
    }
  });

  it("ends a busy session twelve hours after sign-in, however recently it was used", async () => {
    const u = await t.createUser("viewer", { kind: "national" });
    const start = Date.now();
    const cookie = await t.signIn(u.email, u.password);
    const me = async (hours: number) => {
      const at = new Date(start + hours * 60 * 60 * 1000).toISOString();
      t.now = () => at;
      return (await t.request("GET", "/api/v1/auth/me", { anonymous: true, headers: { cookie } })).status;
    };
    try {
      // Each call is within eight idle hours of the last, so only the absolute limit can end it.
      expect([await me(6), await me(11.9), await me(12.1)]).toEqual([200, 200, 401]);
    } finally {
      t.now = () => new Date().toISOString();
    }
  });

  it("lets a one-time password open nothing but the password change, which must pick a new one", async () => {
    const created = await t.post("/api/v1/users", {
      email: "baru@rutan-medan.test",
      name: "Petugas Baru",
      role: "viewer",
      scope: { kind: "national" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ mustChangePassword: true, status: "active" });
    const otp: string = created.body.oneTimePassword;
    expect(otp.length).toBeGreaterThanOrEqual(16);
    const signedIn = await signInRaw("baru@rutan-medan.test", otp);
    expect(signedIn.body.mustChangePassword).toBe(true);
    const cookie = signedIn.headers.get("set-cookie")?.split(";")[0] ?? "";
    const headers = { cookie, origin: "http://localhost" };
    const blocked = await t.get("/api/v1/regional-offices", headers);
    expect([blocked.status, blocked.body.code]).toEqual([403, "auth/password-change-required"]);
    expect((await t.get("/api/v1/auth/me", headers)).status).toBe(200);
    const same = await t.post("/api/v1/auth/password", { currentPassword: otp, newPassword: otp }, headers);
    expect([same.status, same.body.errors[0].field]).toEqual([422, "newPassword"]);
    const chosen = "kata sandi pilihan sendiri";
    const changed = await t.post(
      "/api/v1/auth/password",
      { currentPassword: otp, newPassword: chosen },
      headers,
    );
    expect(changed.status).toBe(204);
    expect((await t.get("/api/v1/regional-offices", headers)).status).toBe(200);
    expect((await t.get("/api/v1/auth/me", headers)).body.mustChangePassword).toBe(false);
    // The one-time password is not kept anywhere but as the (now replaced) hash.
    const stored = await t.db.selectFrom("idempotencyKeys").select("responseBody").execute();
    expect(JSON.stringify(stored)).not.toContain(otp);
  });

  it("records sign-ins, failures and the lock in the audit log, never a password", async () => {
    const u = await t.createUser("viewer", { kind: "national" });
    for (let i = 0; i < 5; i++) await signInRaw(u.email, `wrong-password-${i}`);
    const at = new Date(Date.now() + 16 * 60 * 1000).toISOString();
    t.now = () => at;
    try {
      expect((await signInRaw(u.email, u.password)).status).toBe(200);
    } finally {
      t.now = () => new Date().toISOString();
    }
    const log = await t.get(`/api/v1/audit-log?resourceType=user&resourceId=${u.id}&limit=20`);
    const entries = (log.body.items as { action: string; actorId: string; after: unknown }[]).reverse();
    expect(entries.map((e) => e.action)).toEqual([
      ...Array(4).fill("sign-in-failed"),
      "sign-in-locked",
      "sign-in",
    ]);
    expect(entries[4]?.after).toMatchObject({ failedSignIns: 0, lockedUntil: expect.any(String) });
    expect(entries[5]).toMatchObject({ actorId: u.id, after: { failedSignIns: 0, lockedUntil: null } });
    expect(JSON.stringify(log.body)).not.toMatch(/wrong-password|pw-/);
    const user = await t.get(`/api/v1/users/${u.id}`);
    expect(user.body.lastSignInAt).toBe(at);
  });

  it("rate-limits sign-in by the address a trusted proxy reports, one client at a time", async () => {
    const app = createApp({ db: t.db, trustProxy: true });
    const attempt = (forwardedFor: string) =>
      app.request("/api/v1/auth/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify({ email: "nobody@test.sinergi", password: "whatever-password" }),
      });
    const statuses: number[] = [];
    // The first hop is the client's own claim; only the last one (the proxy's view) counts.
    for (let i = 0; i < 31; i++) statuses.push((await attempt(`10.0.0.${i}, 203.0.113.7`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect((await attempt("203.0.113.8")).status).toBe(401);
  });

  it("refuses a cookie-authenticated write from another site and writes nothing", async () => {
    const before = await t.db.selectFrom("regionalOffices").select("id").execute();
    const res = await t.post(
      "/api/v1/regional-offices",
      { name: "Kanwil Cross Site", provinceCode: "33" },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("auth/cross-site-refused");
    expect(await t.db.selectFrom("regionalOffices").select("id").execute()).toHaveLength(before.length);
  });

  it("changes a password only with the current one, and ends the user's other sessions", async () => {
    const u = await t.createUser("viewer", { kind: "national" });
    const first = await t.signIn(u.email, u.password);
    const second = await t.signIn(u.email, u.password);
    const headers = { cookie: first, origin: "http://localhost" };
    const wrong = await t.request("POST", "/api/v1/auth/password", {
      anonymous: true,
      headers,
      body: { currentPassword: "nope", newPassword: "a-much-longer-password" },
    });
    expect(wrong.status).toBe(401);
    const short = await t.request("POST", "/api/v1/auth/password", {
      anonymous: true,
      headers,
      body: { currentPassword: u.password, newPassword: "short" },
    });
    expect(short.status).toBe(422);
    expect(short.body.errors[0].field).toBe("newPassword");
    const ok = await t.request("POST", "/api/v1/auth/password", {
      anonymous: true,
      headers,
      body: { currentPassword: u.password, newPassword: "a-much-longer-password" },
    });
    expect(ok.status).toBe(204);
    expect(
      (await t.request("GET", "/api/v1/auth/me", { anonymous: true, headers: { cookie: first } })).status,
    ).toBe(200);
    expect(
      (await t.request("GET", "/api/v1/auth/me", { anonymous: true, headers: { cookie: second } })).status,
    ).toBe(401);
    expect((await signInRaw(u.email, u.password)).status).toBe(401);
    expect((await signInRaw(u.email, "a-much-longer-password")).status).toBe(200);
  });

  it("creates the first national admin once, with a one-time password when none is configured", async () => {
    // The suite already has a national admin, so nothing is created. (This test runs last in its suite:
    // it removes the suite's admin.)
    const now = new Date().toISOString();
    expect(await ensureFirstAdmin(t.db, { generateIfMissing: true }, now)).toBeUndefined();
    await t.db.deleteFrom("sessions").execute();
    await t.db.deleteFrom("users").where("role", "=", "national_admin").execute();
    expect(await ensureFirstAdmin(t.db, { generateIfMissing: false }, now)).toBeUndefined();
    const made = await ensureFirstAdmin(t.db, { email: "Boss@Example.org", generateIfMissing: true }, now);
    expect(made?.email).toBe("boss@example.org");
    expect(made?.generatedPassword?.length).toBeGreaterThanOrEqual(16);
    const first = await signInRaw("boss@example.org", made?.generatedPassword ?? "");
    expect([first.status, first.body.mustChangePassword]).toEqual([200, true]);
    expect(await ensureFirstAdmin(t.db, { generateIfMissing: true }, now)).toBeUndefined();
  });
});

describeApi("API keys and the audit log", (t) => {
  it("shows a new key once, accepts it as a bearer token, and refuses it after revocation", async () => {
    const ro = await t.post("/api/v1/regional-offices", { name: "Kanwil Kunci", provinceCode: "33" });
    const created = await t.post("/api/v1/api-keys", {
      name: "Dashboard Kanwil",
      role: "viewer",
      scope: { kind: "regional", regionalOfficeId: ro.body.id },
      permissions: ["organisation:read"],
    });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^snk_/);
    const stored = await t.db
      .selectFrom("apiKeys")
      .selectAll()
      .where("id", "=", created.body.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.body.key);
    const listed = await t.get("/api/v1/api-keys");
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);

    const bearer = { authorization: `Bearer ${created.body.key}` };
    const use = await t.request("GET", "/api/v1/regional-offices", { anonymous: true, headers: bearer });
    expect(use.status).toBe(200);
    const used = await t.db
      .selectFrom("apiKeys")
      .select("lastUsedAt")
      .where("id", "=", created.body.id)
      .executeTakeFirstOrThrow();
    expect(used.lastUsedAt).not.toBeNull();

    expect((await t.post(`/api/v1/api-keys/${created.body.id}/revoke`, {}, anyRevision)).status).toBe(200);
    const refused = await t.request("GET", "/api/v1/regional-offices", { anonymous: true, headers: bearer });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe("auth/invalid-key");
  });

  it("refuses an expired key with 401", async () => {
    const created = await t.post("/api/v1/api-keys", {
      name: "Short-lived",
      role: "viewer",
      scope: { kind: "national" },
      permissions: ["organisation:read"],
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(created.status).toBe(201);
    const later = new Date(Date.now() + 120_000).toISOString();
    t.now = () => later;
    try {
      const res = await t.request("GET", "/api/v1/regional-offices", {
        anonymous: true,
        headers: { authorization: `Bearer ${created.body.key}` },
      });
      expect(res.status).toBe(401);
    } finally {
      t.now = () => new Date().toISOString();
    }
  });

  it("refuses permissions beyond the key's role and a scope that does not fit it", async () => {
    const res = await t.post("/api/v1/api-keys", {
      name: "Too strong",
      role: "partner_system",
      scope: { kind: "national" },
      permissions: ["agreements:sign"],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain("scope.kind");
  });

  it("writes exactly one audit entry per change, with before and after, that the database will not let anyone alter", async () => {
    const count = async () => (await t.db.selectFrom("auditLog").select("id").execute()).length;
    const n = await count();
    const created = await t.post("/api/v1/api-keys", {
      name: "Audited",
      role: "viewer",
      scope: { kind: "national" },
      permissions: ["organisation:read"],
    });
    expect(await count()).toBe(n + 1);
    const revoke = await t.post(`/api/v1/api-keys/${created.body.id}/revoke`, {}, anyRevision);
    expect(await count()).toBe(n + 2);
    const log = await t.get(`/api/v1/audit-log?resourceType=api_key&resourceId=${created.body.id}`);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(["move:revoke", "create"]);
    expect(log.body.items[0].before.revokedAt).toBeNull();
    expect(log.body.items[0].after.revokedAt).toBe(revoke.body.revokedAt);
    expect(log.body.items[0].actorId).toBe(t.adminId);
    expect(JSON.stringify(log.body)).not.toContain(created.body.key);
    await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(n + 2);
  });
});

describeApi("users", (t) => {
  it("creates a user inside the admin's scope, refuses one whose scope does not fit the role, and never disables oneself", async () => {
    const ok = await t.post("/api/v1/users", {
      email: "staf@rutan.test",
      name: "Staf Pembinaan",
      password: "a-long-enough-password",
      role: "viewer",
      scope: { kind: "national" },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).not.toHaveProperty("passwordHash");
    const misfit = await t.post("/api/v1/users", {
      email: "x@rutan.test",
      name: "X",
      password: "a-long-enough-password",
      role: "facility_admin",
      scope: { kind: "national" },
    });
    expect([misfit.status, misfit.body.errors[0].field]).toEqual([422, "scope.kind"]);
    const self = await t.post(`/api/v1/users/${t.adminId}/disable`, {}, anyRevision);
    expect([self.status, self.body.code]).toEqual([409, "user/cannot-disable-self"]);
    const disabled = await t.post(`/api/v1/users/${ok.body.id}/disable`, {}, anyRevision);
    expect(disabled.body.disabledAt).not.toBeNull();
  });
});
