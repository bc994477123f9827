import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Indexes the national report reads by: the history rows of one kind of entity moving into a state
 * within a time window (the enrollments that ended in a month), found without a pass over the whole
 * history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "create index lifecycle_history_moves on lifecycle_history (entity_type, to_state, at)",
  ]);
}
