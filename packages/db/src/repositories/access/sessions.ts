import { sql } from "kysely";
import type { Executor } from "../../connection.ts";

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

/** The live session for a token hash with its user, or undefined when unknown, expired or the user is disabled. */
export async function findLiveSession(db: Executor, tokenHash: string, at: string) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .select([
      "sessions.id as sessionId",
      "sessions.expiresAt",
      "users.id as userId",
      "users.role",
      "users.scopeKind",
      "users.scopeId",
    ])
    .where("sessions.tokenHash", "=", tokenHash)
    .where("sessions.expiresAt", ">", at)
    .where("users.disabledAt", "is", null)
    .executeTakeFirst();
}

/** Marks a session as seen and slides its expiry (idle timeout), never past its absolute limit. */
export async function touchSession(db: Executor, id: string, at: string, expiresAt: string): Promise<void> {
  // greatest(): a clock pinned in the past (tests, skew) never shortens a session below its start.
  await db
    .updateTable("sessions")
    .set({ lastSeenAt: at, expiresAt: sql<string>`greatest(expires_at, ${expiresAt}::timestamptz)` })
    .where("id", "=", id)
    .execute();
}

/** Ends a session. */
export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}
