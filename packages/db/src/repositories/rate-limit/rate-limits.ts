import { sql } from "kysely";
import type { Executor } from "../../connection.ts";

/** Whose count: a limiter's name and the client it counts (an address, never a secret). */
export interface RateLimitKey {
  readonly limiter: string;
  readonly clientKey: string;
}

/** A count at an instant: the fixed window of `windowMs` that holds `at`. */
export interface RateLimitHit extends RateLimitKey {
  readonly windowMs: number;
  /** ISO instant. */
  readonly at: string;
}

/** Hits counted in a window so far and when that window ends. */
export interface RateLimitCount {
  readonly hits: number;
  readonly resetAt: string;
}

/** The largest count stored: a flood past it keeps answering "over the limit" without overflowing. */
const MAX_HITS = 2_147_483_647;

/**
 * The fixed window holding `at`: windows are aligned to the epoch, so every instance (whatever its
 * start time) puts a hit in the same window.
 */
export function rateLimitWindow(at: string, windowMs: number): { start: string; end: string } {
  const ms = Date.parse(at);
  if (!Number.isFinite(ms)) throw new RangeError("rate-limit instant is not a valid timestamp");
  if (!Number.isInteger(windowMs) || windowMs <= 0)
    throw new RangeError("rate-limit window must be positive");
  const start = Math.floor(ms / windowMs) * windowMs;
  return { start: new Date(start).toISOString(), end: new Date(start + windowMs).toISOString() };
}

/**
 * Counts one hit and returns the window's count including it, in one upsert: concurrent hits from
 * any number of instances each see a distinct count, so exactly `limit` of them fit under a limit.
 */
export async function countRateLimitHit(db: Executor, hit: RateLimitHit): Promise<RateLimitCount> {
  const window = rateLimitWindow(hit.at, hit.windowMs);
  const row = await db
    .insertInto("rateLimits")
    .values({
      limiter: hit.limiter,
      clientKey: hit.clientKey,
      windowStart: window.start,
      expiresAt: window.end,
      hits: 1,
    })
    .onConflict((oc) =>
      oc
        .columns(["limiter", "clientKey", "windowStart"])
        .doUpdateSet((eb) => ({ hits: sql<number>`least(${eb.ref("rateLimits.hits")} + 1, ${MAX_HITS})` })),
    )
    .returning(["hits", "expiresAt"])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, resetAt: row.expiresAt };
}

/** The count of the window holding `at`, without counting a hit; undefined when nothing was counted. */
export async function findRateLimitCount(
  db: Executor,
  hit: RateLimitHit,
): Promise<RateLimitCount | undefined> {
  const window = rateLimitWindow(hit.at, hit.windowMs);
  const row = await db
    .selectFrom("rateLimits")
    .select(["hits", "expiresAt"])
    .where("limiter", "=", hit.limiter)
    .where("clientKey", "=", hit.clientKey)
    .where("windowStart", "=", window.start)
    .executeTakeFirst();
  return row ? { hits: row.hits, resetAt: row.expiresAt } : undefined;
}

/** Takes back one hit of the window holding `at` (never below zero; nothing when the window is gone). */
export async function uncountRateLimitHit(db: Executor, hit: RateLimitHit): Promise<void> {
  const window = rateLimitWindow(hit.at, hit.windowMs);
  await db
    .updateTable("rateLimits")
    .set((eb) => ({ hits: sql<number>`greatest(${eb.ref("hits")} - 1, 0)` }))
    .where("limiter", "=", hit.limiter)
    .where("clientKey", "=", hit.clientKey)
    .where("windowStart", "=", window.start)
    .execute();
}

/** Forgets every count of one client under one limiter. */
export async function resetRateLimit(db: Executor, key: RateLimitKey): Promise<void> {
  await db
    .deleteFrom("rateLimits")
    .where("limiter", "=", key.limiter)
    .where("clientKey", "=", key.clientKey)
    .execute();
}

/** Deletes the counts of windows ended by `at` (an index range, cheap); returns how many went. */
export async function purgeExpiredRateLimits(db: Executor, at: string): Promise<number> {
  const result = await db.deleteFrom("rateLimits").where("expiresAt", "<=", at).executeTakeFirst();
  return Number(result.numDeletedRows);
}
