import { expect, it } from "vitest";
import { ensureFirstAdmin, FirstAdminError } from "../../access/bootstrap.ts";
import { passwordRefusal } from "../../access/password-rule.ts";
import { describeApi } from "../../testing.ts";

const STRONG = "tujuh kuda berlari di pantai";

describeApi("choosing a password", (t) => {
  /** A person signed in through the API, with their session headers. */
  async function person(name = "Agus Salim") {
    const u = await t.createUser("viewer", { kind: "national" });
    await t.db.updateTable("users").set({ name }).where("id", "=", u.id).execute();
    const cookie = await t.signIn(u.email, u.password);
    return { ...u, headers: { cookie, origin: "http://localhost" } };
  }
  const change = (headers: Record<string, string>, currentPassword: string, newPassword: string) =>
    t.post("/api/v1/auth/password", { currentPassword, newPassword }, headers);
  const storedHash = async (id: string) =>
    (await t.db.selectFrom("users").select("passwordHash").where("id", "=", id).executeTakeFirstOrThrow())
      .passwordHash;

  it("refuses a weak, a personal or an unchanged new password, saying why and changing nothing", async () => {
    const u = await person();
    const before = await storedHash(u.id);
    const cases = [
      ["password123456", "auth/password-too-weak", "is too easy to guess"],
      [" ".repeat(12), "auth/password-too-weak", "is too easy to guess"],
      [u.email, "auth/password-personal", "must not contain the account's name or email address"],
      [`${u.email.split("@")[0]}-kuda-lari`, "auth/password-personal", "must not contain"],
      ["Agus-berlari-di-pantai-7", "auth/password-personal", "must not contain"],
      [u.password, "auth/password-unchanged", "must differ from the current password"],
    ] as const;
    for (const [password, code, message] of cases) {
      const res = await change(u.headers, u.password, password);
      expect([res.status, res.body.code, res.body.errors[0].field], password).toEqual([
        422,
        code,
        "newPassword",
      ]);
      expect(res.body.errors[0].message).toContain(message);
      expect(JSON.stringify(res.body)).not.toContain(password.trim() === "" ? "            " : password);
    }
    expect(await storedHash(u.id)).toBe(before);
  });

  it("accepts a strong password, then refuses going back to the previous one", async () => {
    const u = await person("Siti Rahma");
    expect((await change(u.headers, u.password, STRONG)).status).toBe(204);
    const back = await change(u.headers, STRONG, u.password);
    expect([back.status, back.body.code, back.body.errors[0].message]).toEqual([
      422,
      "auth/password-reused",
      "must not be the password used before the current one",
    ]);
    expect(JSON.stringify(back.body)).not.toContain(u.password);
    const next = "Pagi-ini-kopi-tubruk-hangat";
    expect((await change(u.headers, STRONG, next)).status).toBe(204);
    // Two changes back, the first password is no longer the previous one.
    expect((await change(u.headers, next, u.password)).status).toBe(204);
  });

  it("keeps a chosen password as the previous one across an admin's reset", async () => {
    const u = await person("Dewi Lestari");
    expect((await change(u.headers, u.password, STRONG)).status).toBe(204);
    const user = await t.get(`/api/v1/users/${u.id}`);
    const reset = await t.post(
      `/api/v1/users/${u.id}/reset-password`,
      {},
      { "if-match": user.headers.get("etag") ?? "" },
    );
    expect(reset.status).toBe(200);
    const otp: string = reset.body.oneTimePassword;
    expect(await passwordRefusal(otp, { name: "Dewi Lestari", email: u.email })).toBeUndefined();
    const cookie = await t.signIn(u.email, otp);
    const headers = { cookie, origin: "http://localhost" };
    const back = await change(headers, otp, STRONG);
    expect([back.status, back.body.code]).toEqual([422, "auth/password-reused"]);
    expect((await change(headers, otp, "Pagi-ini-kopi-tubruk-hangat")).status).toBe(204);
  });

  it("refuses a weak or personal password given when creating a user, and creates nothing", async () => {
    const count = async () => (await t.db.selectFrom("users").select("id").execute()).length;
    const n = await count();
    const body = {
      email: "rina.wati@lapas.test",
      name: "Rina Wati",
      role: "viewer",
      scope: { kind: "national" },
    };
    const weak = await t.post("/api/v1/users", { ...body, password: "password123456" });
    expect([weak.status, weak.body.code, weak.body.errors[0].field]).toEqual([
      422,
      "auth/password-too-weak",
      "password",
    ]);
    const personal = await t.post("/api/v1/users", { ...body, password: "RinaWati-kuda-lari-7" });
    expect([personal.status, personal.body.code]).toEqual([422, "auth/password-personal"]);
    expect(JSON.stringify(personal.body)).not.toContain("RinaWati-kuda-lari-7");
    expect(await count()).toBe(n);
    const ok = await t.post("/api/v1/users", { ...body, password: STRONG });
    expect(ok.status).toBe(201);
    const generated = await t.post("/api/v1/users", { ...body, email: "budi@lapas.test", name: "Budi" });
    expect(
      await passwordRefusal(generated.body.oneTimePassword, { name: "Budi", email: "budi@lapas.test" }),
    ).toBeUndefined();
  });
});

describeApi("the first admin's password", (t) => {
  it("stops the start on a weak or personal SINERGI_ADMIN_PASSWORD, and accepts a strong one", async () => {
    const now = new Date().toISOString();
    await t.db.deleteFrom("sessions").execute();
    await t.db.deleteFrom("users").where("role", "=", "national_admin").execute();
    const start = (password: string) =>
      ensureFirstAdmin(t.db, { email: "kepala@kanwil.test", password, generateIfMissing: false }, now);
    await expect(start("password123456")).rejects.toThrow(FirstAdminError);
    await expect(start("password123456")).rejects.toThrow(
      "SINERGI_ADMIN_PASSWORD is refused: it is too easy to guess: use a longer passphrase of several unrelated words.",
    );
    await expect(start("kepala-kanwil-berlari-99")).rejects.toThrow(/refused: it must not contain/);
    await expect(start("short")).rejects.toThrow(/at least 12 characters/);
    expect(
      await t.db.selectFrom("users").select("id").where("role", "=", "national_admin").execute(),
    ).toEqual([]);
    expect(await start(STRONG)).toEqual({ email: "kepala@kanwil.test" });
    expect(
      (
        await t.request("POST", "/api/v1/auth/sign-in", {
          anonymous: true,
          body: { email: "kepala@kanwil.test", password: STRONG },
        })
      ).status,
    ).toBe(200);
  });

  it("generates a first one-time password that passes the rule", async () => {
    const now = new Date().toISOString();
    await t.db.deleteFrom("sessions").execute();
    await t.db.deleteFrom("users").where("role", "=", "national_admin").execute();
    const made = await ensureFirstAdmin(t.db, { generateIfMissing: true }, now);
    const otp = made?.generatedPassword ?? "";
    expect(
      await passwordRefusal(otp, { name: "Administrator", email: "admin@sinergi.local" }),
    ).toBeUndefined();
  });
});
