import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Fits lifecycle history's two indexes to what reads them, for cheaper writes and a faster national load:
 * - the report index holds only enrollments moving out of `enrolled` (completed, withdrawn, …), the
 *   rows the reports find by time window; the whole-history index held every move of every entity
 *   (2.9 million rows nationally, a million of them enrollments' first `enrolled`);
 * - one entity's history is found by its id alone (ids are UUIDs), without the entity type leading
 *   the key: every comparison of the old key walked a text column of seven values first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "drop index lifecycle_history_moves",
    `create index lifecycle_history_enrollment_ends on lifecycle_history (to_state, at)
      where entity_type = 'enrollment' and to_state <> 'enrolled'`,
    "drop index lifecycle_history_entity",
    "create index lifecycle_history_entity on lifecycle_history (entity_id, at)",
  ]);
}
