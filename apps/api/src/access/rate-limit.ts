import {
  countRateLimitHit,
  type Executor,
  findRateLimitCount,
  purgeExpiredRateLimits,
  type RateLimitCount,
  resetRateLimit,
  uncountRateLimitHit,
} from "@sinergi/db";
import type { MiddlewareHandler } from "hono";
import { type ClientRateLimitInfo, rateLimiter, type Store } from "hono-rate-limiter";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import { clientKey } from "./client-key.ts";

/** How often one client may call a route: `limit` calls per fixed window of `windowMs`. */
export interface RateLimitPolicy {
  /** The limiter's name in the shared table (one budget per name and client). */
  readonly name: string;
  readonly windowMs: number;
  readonly limit: number;
  /** The 429 problem's code and title. */
  readonly code: string;
  readonly title: string;
}

/** Ended windows are swept at most this often per database handle (an indexed delete). */
const PURGE_EVERY_MS = 60_000;
const lastPurge = new WeakMap<object, number>();

/**
 * hono-rate-limiter's Store over the database: every API instance on the same PostgreSQL (or the
 * one embedded PGlite) counts in the same rows, so N instances allow what one allows. It counts on
 * the app's clock, like the sign-in lock, so a pinned clock moves the windows too.
 */
export class DatabaseRateLimitStore implements Store<AppEnv> {
  /** Counts are shared between instances, not local to this one. */
  readonly localKeys = false;
  readonly prefix: string;
  /** The count of this store's last hit (the store lives for one request). */
  lastCount: RateLimitCount | undefined;
  #windowMs = 60_000;

  constructor(
    private readonly db: Executor,
    private readonly now: () => string,
    readonly limiter: string,
  ) {
    this.prefix = `${limiter}:`;
  }

  /** Takes the window length from the middleware's options. */
  init(options: { windowMs: number }): void {
    this.#windowMs = options.windowMs;
  }

  #hit(key: string) {
    return { limiter: this.limiter, clientKey: key, windowMs: this.#windowMs, at: this.now() };
  }

  /** The current window's count for a client. */
  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const count = await findRateLimitCount(this.db, this.#hit(key));
    return count && { totalHits: count.hits, resetTime: new Date(count.resetAt) };
  }

  /** Counts a hit (one atomic upsert) and sweeps ended windows now and then. */
  async increment(key: string): Promise<ClientRateLimitInfo> {
    const hit = this.#hit(key);
    const count = await countRateLimitHit(this.db, hit);
    this.lastCount = count;
    await this.#purgeNowAndThen(hit.at);
    return { totalHits: count.hits, resetTime: new Date(count.resetAt) };
  }

  /** Takes a hit back. */
  async decrement(key: string): Promise<void> {
    await uncountRateLimitHit(this.db, this.#hit(key));
  }

  /** Forgets a client's counts under this limiter. */
  async resetKey(key: string): Promise<void> {
    await resetRateLimit(this.db, { limiter: this.limiter, clientKey: key });
  }

  async #purgeNowAndThen(at: string): Promise<void> {
    const elapsed = performance.now();
    const last = lastPurge.get(this.db);
    if (last !== undefined && elapsed - last < PURGE_EVERY_MS) return;
    lastPurge.set(this.db, elapsed);
    try {
      await purgeExpiredRateLimits(this.db, at);
    } catch {
      // Sweeping is housekeeping: a failed sweep is retried later and never fails the request.
      lastPurge.delete(this.db);
    }
  }
}

/**
 * A rate limit shared by every API instance: counts live in the database (see
 * {@link DatabaseRateLimitStore}); over the limit the answer is a 429 problem with `Retry-After`.
 */
export function sharedRateLimit(policy: RateLimitPolicy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // The store is bound to this app's database and clock, which a request carries.
    const store = new DatabaseRateLimitStore(c.get("db"), c.get("now"), policy.name);
    const limiter = rateLimiter<AppEnv>({
      windowMs: policy.windowMs,
      limit: policy.limit,
      standardHeaders: "draft-7",
      keyGenerator: clientKey,
      store,
      handler: (c) => {
        const resetAt = store.lastCount?.resetAt;
        const seconds = resetAt
          ? Math.max(1, Math.ceil((Date.parse(resetAt) - Date.parse(c.get("now")())) / 1000))
          : Math.ceil(policy.windowMs / 1000);
        c.header("Retry-After", String(seconds));
        throw new ProblemError(429, policy.code, policy.title, { retryAfterSeconds: seconds });
      },
    });
    return limiter(c, next);
  };
}
