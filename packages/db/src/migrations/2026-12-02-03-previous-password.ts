import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * The hash of the password a person replaced, so the next change can refuse going back to it. A
 * one-time password (generated, or set by an admin) never becomes the previous one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ["alter table users add column previous_password_hash text"]);
}
