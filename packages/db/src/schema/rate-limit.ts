import type { Timestamp } from "./core.ts";

/** rate_limits: hits per limiter, client and fixed window, shared by every API instance. */
export interface RateLimitsTable {
  limiter: string;
  /** The client's address (or a hash of an over-long key): never a secret. */
  clientKey: string;
  windowStart: Timestamp;
  expiresAt: Timestamp;
  hits: number;
}

/** Rate-limit tables. */
export interface RateLimitTables {
  rateLimits: RateLimitsTable;
}
