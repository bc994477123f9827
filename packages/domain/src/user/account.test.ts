import { fc, test } from "@fast-check/vitest";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  accountStatus,
  changeAccess,
  disableAccount,
  enableAccount,
  LOCK_POLICY,
  passwordChanged,
  recordFailedSignIn,
  recordSignIn,
  resetPassword,
  type UserAccount,
} from "./account.ts";
import { CreateUserSchema, EmailSchema } from "./schemas.ts";

const at = "2026-12-01T03:00:00.000Z";
const later = (ms: number) => new Date(Date.parse(at) + ms).toISOString();
const facility = { kind: "facility", facilityId: "00000000-0000-4000-8000-000000000001" } as const;
const account: UserAccount = {
  id: "u1",
  role: "facility_staff",
  scope: facility,
  failedSignIns: 0,
  lockedUntil: null,
  disabledAt: null,
  mustChangePassword: false,
};
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? "ok" : r.error?.code);

describe("sign-in failures", () => {
  it("locks the account at the fifth wrong password, for fifteen minutes, and starts counting again", () => {
    let a = account;
    for (let i = 0; i < LOCK_POLICY.maxFailures - 1; i++) a = recordFailedSignIn(a, at);
    expect(accountStatus(a, at)).toBe("active");
    expect(a.failedSignIns).toBe(4);
    a = recordFailedSignIn(a, at);
    expect(a.lockedUntil).toBe(later(LOCK_POLICY.lockForMs));
    expect(a.failedSignIns).toBe(0);
    expect(accountStatus(a, later(LOCK_POLICY.lockForMs - 1))).toBe("locked");
    expect(accountStatus(a, later(LOCK_POLICY.lockForMs))).toBe("active");
  });

  it("forgets the failures after a right password", () => {
    const a = recordSignIn(recordFailedSignIn(recordFailedSignIn(account, at), at));
    expect([a.failedSignIns, a.lockedUntil]).toEqual([0, null]);
  });

  test.prop([fc.array(fc.boolean(), { maxLength: 40 })])(
    "never lets more than four wrong passwords in a row go by without a lock",
    (attempts) => {
      let a = account;
      let wrongInARow = 0;
      for (const right of attempts) {
        if (right) {
          a = recordSignIn(a);
          wrongInARow = 0;
        } else {
          a = recordFailedSignIn(a, at);
          wrongInARow += 1;
          if (wrongInARow % LOCK_POLICY.maxFailures === 0) expect(accountStatus(a, at)).toBe("locked");
        }
        expect(a.failedSignIns).toBeLessThan(LOCK_POLICY.maxFailures);
      }
    },
  );
});

describe("admin moves", () => {
  it("disables someone else, not oneself, and not twice", () => {
    expect(codeOf(disableAccount(account, "u1", at))).toBe("user/cannot-disable-self");
    const done = disableAccount(account, "admin", at);
    expect(done.ok && accountStatus(done.value, at)).toBe("disabled");
    expect(done.ok && codeOf(disableAccount(done.value, "admin", at))).toBe("user/already-disabled");
  });

  it("enables a disabled or locked account and refuses an active one", () => {
    expect(codeOf(enableAccount(account, at))).toBe("user/not-disabled");
    const locked = { ...account, lockedUntil: later(60_000), failedSignIns: 0 };
    const unlocked = enableAccount(locked, at);
    expect(unlocked.ok && accountStatus(unlocked.value, at)).toBe("active");
    const disabled = { ...account, disabledAt: at, failedSignIns: 3 };
    const enabled = enableAccount(disabled, at);
    expect(enabled.ok && enabled.value).toMatchObject({ disabledAt: null, failedSignIns: 0 });
    expect(codeOf(enableAccount({ ...account, lockedUntil: at }, later(1)))).toBe("user/not-disabled");
  });

  it("resets another's password to a one-time one that must be changed, lifting a lock", () => {
    expect(codeOf(resetPassword(account, "u1"))).toBe("user/cannot-reset-own-password");
    const r = resetPassword({ ...account, lockedUntil: later(60_000) }, "admin");
    expect(r.ok && r.value).toMatchObject({ mustChangePassword: true, lockedUntil: null });
    expect(r.ok && passwordChanged(r.value).mustChangePassword).toBe(false);
  });

  it("changes another's role and scope only to a pair that fits, and never one's own", () => {
    const admin = changeAccess(account, { role: "facility_admin" }, "admin");
    expect(admin.ok && admin.value.role).toBe("facility_admin");
    const misfit = changeAccess(account, { scope: { kind: "national" } }, "admin");
    expect(misfit.ok ? null : [misfit.error.code, misfit.error.field]).toEqual([
      "user/scope-misfit",
      "scope.kind",
    ]);
    expect(codeOf(changeAccess(account, { role: "facility_admin" }, "u1"))).toBe(
      "user/cannot-change-own-access",
    );
    expect(codeOf(changeAccess(account, { role: "facility_staff", scope: facility }, "u1"))).toBe("ok");
  });
});

describe("schemas", () => {
  it("keeps emails in lower case and takes no password shorter than twelve characters", () => {
    expect(v.parse(EmailSchema, "  Admin@Rutan-Medan.GO.ID ")).toBe("admin@rutan-medan.go.id");
    const short = v.safeParse(CreateUserSchema, {
      email: "a@b.id",
      name: "A",
      password: "short",
      role: "viewer",
      scope: { kind: "national" },
    });
    expect(short.success ? [] : short.issues.map((i) => i.path?.[0]?.key)).toEqual(["password"]);
  });
});
