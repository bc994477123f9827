import { assertNever, type Role, type Scope, type UserAccount } from "@sinergi/domain";
import type { Selectable } from "kysely";
import type { Executor } from "../../connection.ts";
import { containing } from "../../like.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { FindOptions } from "../../record-store.ts";
import type { UsersTable } from "../../schema/access.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A user as the API shows it (never the password hash). */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly lockedUntil: string | null;
  readonly disabledAt: string | null;
  readonly failedSignIns: number;
  readonly mustChangePassword: boolean;
  readonly lastSignInAt: string | null;
  readonly passwordChangedAt: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Stored scope columns -> Scope. An unknown kind throws: it must never read as the widest scope. */
export function toScope(kind: string, id: string | null): Scope {
  if (kind === "national" && id === null) return { kind: "national" };
  if (id !== null) {
    if (kind === "regional") return { kind: "regional", regionalOfficeId: id };
    if (kind === "facility") return { kind: "facility", facilityId: id };
    if (kind === "partner") return { kind: "partner", partnerId: id };
  }
  throw new Error(`stored scope ${kind} is not a scope`);
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
    default:
      return assertNever(scope);
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
  failedSignIns: row.failedSignIns,
  mustChangePassword: row.mustChangePassword,
  lastSignInAt: row.lastSignInAt,
  passwordChangedAt: row.passwordChangedAt,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** A user row with its password hash, for sign-in only (locked for update inside the sign-in transaction). */
export async function findUserForSignIn(db: Executor, email: string, options: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase());
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A user's password hash, to check the current password before a change. */
export async function findPasswordHash(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom("users").select("passwordHash").where("id", "=", id).executeTakeFirst();
  return row?.passwordHash;
}

/** A user's current and previous password hashes, to check a change against both. */
export async function findPasswordHashes(
  db: Executor,
  id: string,
): Promise<{ current: string; previous: string | null } | undefined> {
  const row = await db
    .selectFrom("users")
    .select(["passwordHash", "previousPasswordHash"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row && { current: row.passwordHash, previous: row.previousPasswordHash };
}

/** One user by id. */
export async function findUser(db: Executor, id: string, options: FindOptions = {}) {
  let q = db.selectFrom("users").selectAll().where("id", "=", id);
  const seen = seenBy("user", options.viewer, "users.id");
  if (seen) q = q.where(seen);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toUser(row);
}

/** Creates a user with an already hashed password (a one-time one when `mustChangePassword`). */
export async function insertUser(
  db: Executor,
  input: {
    id: string;
    email: string;
    name: string;
    passwordHash: string;
    role: Role;
    scope: Scope;
    mustChangePassword?: boolean;
  },
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
      mustChangePassword: input.mustChangePassword ?? false,
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** A user's account state, for the domain's rules. */
export const toAccount = (u: UserRecord): UserAccount => ({
  id: u.id,
  role: u.role,
  scope: u.scope,
  failedSignIns: u.failedSignIns,
  lockedUntil: u.lockedUntil,
  disabledAt: u.disabledAt,
  mustChangePassword: u.mustChangePassword,
});

/**
 * Stores an account after a move, with the name when given. `audible` moves (an admin's) bump the
 * revision; sign-in bookkeeping does not, so an admin's ETag survives someone's typo at sign-in.
 */
export async function saveAccount(
  db: Executor,
  account: UserAccount,
  at: string,
  options: { audible: boolean; name?: string; signedInAt?: string },
): Promise<UserRecord> {
  const row = await db
    .updateTable("users")
    .set((eb) => ({
      role: account.role,
      ...scopeColumns(account.scope),
      failedSignIns: account.failedSignIns,
      lockedUntil: account.lockedUntil,
      disabledAt: account.disabledAt,
      mustChangePassword: account.mustChangePassword,
      ...(options.name === undefined ? {} : { name: options.name }),
      ...(options.signedInAt === undefined ? {} : { lastSignInAt: options.signedInAt }),
      ...(options.audible ? { updatedAt: at, revision: eb("revision", "+", 1) } : {}),
    }))
    .where("id", "=", account.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/**
 * Replaces the password hash (and ends every session of the user but the one given). A password the
 * person chose clears `mustChangePassword`; a one-time one an admin handed over sets it. The replaced
 * hash is kept as the previous one, unless a person replaces a one-time password.
 */
export async function setPassword(
  db: Executor,
  id: string,
  passwordHash: string,
  at: string,
  options: { keepSessionId?: string | undefined; oneTime?: boolean } = {},
): Promise<UserRecord> {
  const row = await db
    .updateTable("users")
    .set((eb) => ({
      passwordHash,
      // A person replacing a one-time password keeps the password they had before it as the previous
      // one. (An admin's reset has already marked the account, so it always moves the current one down.)
      previousPasswordHash: options.oneTime
        ? eb.ref("passwordHash")
        : eb
            .case()
            .when("mustChangePassword", "=", true)
            .then(eb.ref("previousPasswordHash"))
            .else(eb.ref("passwordHash"))
            .end(),
      passwordChangedAt: at,
      mustChangePassword: options.oneTime ?? false,
      updatedAt: at,
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const keepSessionId = options.keepSessionId;
  let q = db.deleteFrom("sessions").where("userId", "=", id);
  if (keepSessionId) q = q.where("id", "<>", keepSessionId);
  await q.execute();
  return toUser(row);
}

/** Lists users by email. */
export async function listUsers(
  db: Executor,
  query: {
    limit: number;
    cursor?: string | undefined;
    role?: Role | undefined;
    /** Part of the name or email. */
    q?: string | undefined;
    /** Who is looking: the users whose scope lies inside its own. */
    viewer?: Viewer;
  },
): Promise<Page<UserRecord>> {
  let q = db.selectFrom("users").selectAll();
  const seen = seenBy("user", query.viewer, "users.id");
  if (seen) q = q.where(seen);
  if (query.role) q = q.where("role", "=", query.role);
  if (query.q !== undefined) {
    const like = containing(query.q);
    q = q.where((eb) => eb.or([eb("name", "ilike", like), eb("email", "ilike", like)]));
  }
  return paginate(
    q,
    {
      column: "email",
      columnType: "text",
      idColumn: "id",
      direction: "asc",
      limit: query.limit,
      cursor: query.cursor,
    },
    toUser,
  );
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
