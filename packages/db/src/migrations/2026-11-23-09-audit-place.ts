import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Where each audit entry happened (the facility and regional office of its resource, else of its
 * actor), so regional and facility admins read only their own part of the log. No foreign keys: the
 * log outlives what it describes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "alter table audit_log add column facility_id uuid",
    "alter table audit_log add column regional_office_id uuid",
    "create index audit_log_facility on audit_log (facility_id, at, id)",
    "create index audit_log_regional_office on audit_log (regional_office_id, at, id)",
  ]);
}
