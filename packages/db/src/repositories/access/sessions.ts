import { sql } from "kysely";
import type { Executor } from "../../connection.ts";

/** How long a session lives: `idleMs` without use, and `maxMs` at most from sign-in, however busy. */
export interface SessionLifetime {
  readonly idleMs: number;
  readonly maxMs: number;
}

const minus = (at: string, ms: number) => new Date(Date.parse(at) - ms).toISOString();

/** Stores a new session by the hash of its token. */
export async function insertSession(
  db: Executor,
  input: { id: string; tokenHash: string; userId: string; at: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: input.id,
      tokenHash: input.tokenHash,
      userId: input.userId,
      createdAt: input.at,
      lastSeenAt: input.at,
      expiresAt: input.expiresAt,
    })
    .execute();
}

/**
 * The live session for a token hash with its user, or undefined when unknown, idle too long, past its
 * absolute limit, or the user is disabled.
 */
export async function findLiveSession(
  db: Executor,
  tokenHash: string,
  at: string,
  lifetime: SessionLifetime,
) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .select([
      "sessions.id as sessionId",
      "sessions.expiresAt",
      "sessions.lastSeenAt",
      "users.id as userId",
      "users.role",
      "users.scopeKind",
      "users.scopeId",
      "users.mustChangePassword",
    ])
    .where("sessions.tokenHash", "=", tokenHash)
    .where("sessions.expiresAt", ">", at)
    .where("sessions.createdAt", ">", minus(at, lifetime.maxMs))
    .where("users.disabledAt", "is", null)
    .executeTakeFirst();
}

/** Marks a session as seen and slides its idle expiry, never past its absolute limit. */
export async function touchSession(
  db: Executor,
  id: string,
  at: string,
  lifetime: SessionLifetime,
): Promise<void> {
  const idleEnd = new Date(Date.parse(at) + lifetime.idleMs).toISOString();
  // greatest(): a clock pinned in the past (tests, skew) never shortens a session below its start;
  // least(): however busy, a session ends maxMs after sign-in.
  await db
    .updateTable("sessions")
    .set({
      lastSeenAt: at,
      expiresAt: sql<string>`least(greatest(expires_at, ${idleEnd}::timestamptz),
        created_at + ${`${lifetime.maxMs} milliseconds`}::interval)`,
    })
    .where("id", "=", id)
    .execute();
}

/** Ends a session. */
export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Ends every session of a user (disabled, or given a new password by an admin). */
export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("userId", "=", userId).execute();
}

/** Removes sessions that can no longer be used, so the table holds only live ones. */
export async function purgeExpiredSessions(
  db: Executor,
  at: string,
  lifetime: SessionLifetime,
): Promise<number> {
  const gone = await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expiresAt", "<=", at), eb("createdAt", "<=", minus(at, lifetime.maxMs))]))
    .executeTakeFirst();
  return Number(gone.numDeletedRows);
}
