import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * One-time passwords (a generated first admin, a new user, an admin's reset) must be replaced at the
 * first sign-in; admins see when each person last signed in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "alter table users add column must_change_password boolean not null default false",
    "alter table users add column last_sign_in_at timestamptz",
  ]);
}
