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

/** A live session with what authorisation needs of its user. */
export interface LiveSession {
  readonly sessionId: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
  readonly userId: string;
  readonly role: string;
  readonly scopeKind: string;
  readonly scopeId: string | null;
  readonly mustChangePassword: boolean;
}

/**
 * The live session for a token hash with its user, or undefined when unknown, idle too long, past its
 * absolute limit, or the user is disabled. With `touchEveryMs`, the same statement also marks the session
 * seen (as touchSession) when its seen-time is that far from `at`: one round trip per request, and a
 * write only now and then, while every request still reads the user's and the session's state afresh.
 */
export async function findLiveSession(
  db: Executor,
  tokenHash: string,
  at: string,
  lifetime: SessionLifetime,
  touchEveryMs?: number,
): Promise<LiveSession | undefined> {
  const oldest = minus(at, lifetime.maxMs);
  // The touch tests the row's current seen-time and skips a row another request is touching: when it
  // falls due, fifty requests of one session at once make one write, not a queue of fifty on the row lock.
  const touch =
    touchEveryMs === undefined
      ? sql``
      : sql`, touched as (
          update sessions set last_seen_at = ${at},
            expires_at = least(greatest(sessions.expires_at, ${idleEnd(at, lifetime)}::timestamptz),
              sessions.created_at + ${`${lifetime.maxMs} milliseconds`}::interval)
          where sessions.id in (
            select t.id from sessions t join live on t.id = live.session_id
            where t.last_seen_at <= ${minus(at, touchEveryMs)}::timestamptz
              or t.last_seen_at >= ${minus(at, -touchEveryMs)}::timestamptz
            for update of t skip locked)
          returning sessions.id)`;
  const { rows } = await sql<LiveSession>`
    with live as (
      select s.id as session_id, s.expires_at, s.last_seen_at, u.id as user_id, u.role, u.scope_kind,
        u.scope_id, u.must_change_password
      from sessions s join users u on u.id = s.user_id
      where s.token_hash = ${tokenHash} and s.expires_at > ${at}::timestamptz
        and s.created_at > ${oldest}::timestamptz and u.disabled_at is null
    )${touch}
    select * from live`.execute(db);
  return rows[0];
}

const idleEnd = (at: string, lifetime: SessionLifetime) =>
  new Date(Date.parse(at) + lifetime.idleMs).toISOString();

/** Marks a session as seen and slides its idle expiry, never past its absolute limit. */
export async function touchSession(
  db: Executor,
  id: string,
  at: string,
  lifetime: SessionLifetime,
): Promise<void> {
  // greatest(): a clock pinned in the past (tests, skew) never shortens a session below its start;
  // least(): however busy, a session ends maxMs after sign-in.
  await db
    .updateTable("sessions")
    .set({
      lastSeenAt: at,
      expiresAt: sql<string>`least(greatest(expires_at, ${idleEnd(at, lifetime)}::timestamptz),
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
