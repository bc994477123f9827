import { toAccount, type UserRecord } from "@sinergi/db";
import { accountStatus, type User } from "@sinergi/domain";

/** A user as the API shows it: no password material, no failure counter, and its status as of `now`. */
export function presentUser(u: UserRecord, now: string): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    scope: u.scope,
    status: accountStatus(toAccount(u), now),
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil,
    disabledAt: u.disabledAt,
    lastSignInAt: u.lastSignInAt,
    passwordChangedAt: u.passwordChangedAt,
    revision: u.revision,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}
