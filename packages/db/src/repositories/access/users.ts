import type { Role, Scope } from "@sinergi/domain";
import type { Selectable } from "kysely";
import type { Executor } from "../../connection.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { UsersTable } from "../../schema/access.ts";
import { principalScopeWithin } from "../../scope.ts";

/** A user as the API shows it (never the password hash). */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly lockedUntil: string | null;
  readonly disabledAt: string | null;
  readonly passwordChangedAt: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Stored scope columns -> Scope. */
export function toScope(kind: string, id: string | null): Scope {
  switch (kind) {
    case "regional":
      return { kind: "regional", regionalOfficeId: id ?? "" };
    case "facility":
      return { kind: "facility", facilityId: id ?? "" };
    case "partner":
      return { kind: "partner", partnerId: id ?? "" };
    default:
      return { kind: "national" };
  }
}

/** Scope -> stored columns. */
export function scopeColumns(scope: Scope): { scopeKind: string; scopeId: string | null } {
  switch (scope.kind) {
    case "national":
      return { scopeKind: "national", scopeId: null };
    case "regional":
      return { scopeKind: "regional", scopeId: scope.regionalOfficeId };
    case "facility":
      return { scopeKind: "facility", scopeId: scope.facilityId };
    case "partner":
      return { scopeKind: "partner", scopeId: scope.partnerId };
  }
}

/** Row -> record. */
export const toUser = (row: Selectable<UsersTable>): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  scope: toScope(row.scopeKind, row.scopeId),
  lockedUntil: row.lockedUntil,
  disabledAt: row.disabledAt,
  passwordChangedAt: row.passwordChangedAt,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** A user row with its password hash, for sign-in only. */
export async function findUserForSignIn(db: Executor, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

/** One user by id. */
export async function findUser(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom("users").selectAll().where("id", "=", id);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toUser(row);
}

/** Creates a user with an already hashed password. */
export async function insertUser(
  db: Executor,
  input: { id: string; email: string; name: string; passwordHash: string; role: Role; scope: Scope },
  at: string,
): Promise<UserRecord> {
  const row = await db
    .insertInto("users")
    .values({
      id: input.id,
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash: input.passwordHash,
      role: input.role,
      ...scopeColumns(input.scope),
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** Records a failed sign-in; locks the account for `lockFor` ms once `maxFailures` is reached. */
export async function recordFailedSignIn(
  db: Executor,
  id: string,
  at: string,
  policy: { maxFailures: number; lockForMs: number },
): Promise<void> {
  const row = await db
    .updateTable("users")
    .set((eb) => ({ failedSignIns: eb("failedSignIns", "+", 1) }))
    .where("id", "=", id)
    .returning("failedSignIns")
    .executeTakeFirstOrThrow();
  if (row.failedSignIns >= policy.maxFailures) {
    await db
      .updateTable("users")
      .set({ lockedUntil: new Date(Date.parse(at) + policy.lockForMs).toISOString(), failedSignIns: 0 })
      .where("id", "=", id)
      .execute();
  }
}

/** Clears failures after a successful sign-in. */
export async function recordSuccessfulSignIn(db: Executor, id: string): Promise<void> {
  await db.updateTable("users").set({ failedSignIns: 0, lockedUntil: null }).where("id", "=", id).execute();
}

/** Replaces the password hash (and ends every session of the user but the one given). */
export async function setPassword(
  db: Executor,
  id: string,
  passwordHash: string,
  at: string,
  keepSessionId?: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set((eb) => ({ passwordHash, passwordChangedAt: at, updatedAt: at, revision: eb("revision", "+", 1) }))
    .where("id", "=", id)
    .execute();
  let q = db.deleteFrom("sessions").where("userId", "=", id);
  if (keepSessionId) q = q.where("id", "<>", keepSessionId);
  await q.execute();
}

/** Lists users by email. */
export async function listUsers(
  db: Executor,
  query: { limit: number; cursor?: string | undefined; role?: Role | undefined; within?: Scope | undefined },
): Promise<Page<UserRecord>> {
  let q = db.selectFrom("users").selectAll();
  const inside = principalScopeWithin("users", query.within);
  if (inside) q = q.where(inside);
  if (query.role) q = q.where("role", "=", query.role);
  const page = await paginate(q, {
    column: "email",
    value: (r) => r.email,
    idColumn: "id",
    direction: "asc",
    limit: query.limit,
    cursor: query.cursor,
  });
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

/** True when at least one national admin exists. */
export async function hasNationalAdmin(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("role", "=", "national_admin")
    .executeTakeFirst();
  return row !== undefined;
}
