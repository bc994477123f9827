import { type Role, roleFitsScope, type Scope } from "../access/access.ts";
import { type DomainError, domainError, err, ok, type Result } from "../shared/result.ts";
import type { UserErrorCode } from "./errors.ts";

/** The parts of a person's account that its rules look at. */
export interface UserAccount {
  readonly id: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly failedSignIns: number;
  readonly lockedUntil: string | null;
  readonly disabledAt: string | null;
  /** Set for a password someone else chose or generated: it opens only the password-change screen. */
  readonly mustChangePassword: boolean;
}

/** Where an account stands at an instant. */
export type AccountStatus = "active" | "locked" | "disabled";

/** A user account rule violation. */
export type UserError = DomainError<UserErrorCode>;
/** An account move's outcome. */
export type AccountResult = Result<UserAccount, UserError>;

/** How many failed sign-ins lock an account, and for how long. */
export interface LockPolicy {
  readonly maxFailures: number;
  readonly lockForMs: number;
}

/** The default policy: five failures lock the account for fifteen minutes. */
export const LOCK_POLICY: LockPolicy = { maxFailures: 5, lockForMs: 15 * 60 * 1000 };

/** Disabled wins over locked; a lock whose time has passed no longer counts. */
export function accountStatus(a: UserAccount, at: string): AccountStatus {
  if (a.disabledAt !== null) return "disabled";
  if (a.lockedUntil !== null && Date.parse(a.lockedUntil) > Date.parse(at)) return "locked";
  return "active";
}

/** A wrong password: counts the failure and, at the policy's limit, locks the account (and restarts the count). */
export function recordFailedSignIn(
  a: UserAccount,
  at: string,
  policy: LockPolicy = LOCK_POLICY,
): UserAccount {
  const failures = a.failedSignIns + 1;
  if (failures < policy.maxFailures) return { ...a, failedSignIns: failures };
  return { ...a, failedSignIns: 0, lockedUntil: new Date(Date.parse(at) + policy.lockForMs).toISOString() };
}

/** A right password: the failures are forgotten. */
export function recordSignIn(a: UserAccount): UserAccount {
  return { ...a, failedSignIns: 0, lockedUntil: null };
}

/** An admin ends someone's access; never one's own, so the last admin cannot lock everyone out by mistake. */
export function disableAccount(a: UserAccount, actorId: string, at: string): AccountResult {
  if (a.id === actorId)
    return err(domainError("user/cannot-disable-self", "You cannot disable your own account"));
  if (a.disabledAt !== null)
    return err(domainError("user/already-disabled", "The account is already disabled"));
  return ok({ ...a, disabledAt: at });
}

/** An admin restores a disabled or locked account (the failures are forgotten too). */
export function enableAccount(a: UserAccount, at: string): AccountResult {
  if (accountStatus(a, at) === "active")
    return err(domainError("user/not-disabled", "The account is neither disabled nor locked"));
  return ok({ ...a, disabledAt: null, lockedUntil: null, failedSignIns: 0 });
}

/**
 * An admin gives someone a new one-time password (forgotten, or a suspected leak): it must be changed at
 * the next sign-in, and any lock is lifted. One's own password is changed knowing the current one instead.
 */
export function resetPassword(a: UserAccount, actorId: string): AccountResult {
  if (a.id === actorId)
    return err(
      domainError("user/cannot-reset-own-password", "Change your own password with your current one"),
    );
  return ok({ ...a, mustChangePassword: true, lockedUntil: null, failedSignIns: 0 });
}

/** The account holder chose a new password. */
export function passwordChanged(a: UserAccount): UserAccount {
  return { ...a, mustChangePassword: false };
}

/** An admin moves someone to another role or scope; never oneself (no self-promotion, no self-lockout). */
export function changeAccess(
  a: UserAccount,
  change: { readonly role?: Role; readonly scope?: Scope },
  actorId: string,
): AccountResult {
  const role = change.role ?? a.role;
  const scope = change.scope ?? a.scope;
  if (a.id === actorId && (role !== a.role || JSON.stringify(scope) !== JSON.stringify(a.scope)))
    return err(
      domainError("user/cannot-change-own-access", "Another admin must change your own role or scope"),
    );
  if (!roleFitsScope(role, scope))
    return err(
      domainError("user/scope-misfit", `a ${scope.kind} scope does not fit the role ${role}`, {
        field: "scope.kind",
      }),
    );
  return ok({ ...a, role, scope });
}
