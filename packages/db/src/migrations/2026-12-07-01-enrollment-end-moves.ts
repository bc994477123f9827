import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Narrows the report index on lifecycle history to what the reports read by it: enrollments moving out
 * of `enrolled` (completed, withdrawn, …) in a time window. The whole-history index held every move of
 * every entity (2.9 million rows nationally, a million of them enrollments' first `enrolled`) and every
 * write paid for it; this one holds a third of the rows, keyed without the shared entity type.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "drop index lifecycle_history_moves",
    `create index lifecycle_history_enrollment_ends on lifecycle_history (to_state, at)
      where entity_type = 'enrollment' and to_state <> 'enrolled'`,
  ]);
}
