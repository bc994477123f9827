import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Rate-limit counts shared by every API instance on the database: one row per limiter, client and
 * fixed window, bumped by an atomic upsert; rows past their window are swept by `expires_at`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table rate_limits (
      limiter text not null check (char_length(limiter) between 1 and 64),
      client_key text not null check (char_length(client_key) between 1 and 128),
      window_start timestamptz not null,
      expires_at timestamptz not null,
      hits integer not null check (hits >= 0),
      primary key (limiter, client_key, window_start),
      check (expires_at > window_start)
    )`,
    "create index rate_limits_expiry on rate_limits (expires_at)",
  ]);
}
