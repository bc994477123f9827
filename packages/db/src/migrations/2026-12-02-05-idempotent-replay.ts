import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * An idempotent replay answers byte for byte: the first answer's body is kept as the text that was sent
 * (jsonb reorders keys and drops whitespace), and an answer withheld from replay (a secret or personal data
 * shown once) is flagged rather than stored under a marker value a real body could equal.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "alter table idempotency_keys alter column response_body type text using response_body::text",
    "alter table idempotency_keys add column response_withheld boolean not null default false",
    `update idempotency_keys set response_withheld = true, response_body = null
      where response_body = '"withheld"'`,
  ]);
}
