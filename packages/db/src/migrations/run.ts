import { type Kysely, sql } from "kysely";

/** Runs DDL statements one by one (PGlite's extended protocol takes one statement per query). */
export async function runStatements(db: Kysely<unknown>, statements: readonly string[]): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
