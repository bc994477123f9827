import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Indexes the inmate lists page by: sorted by name with the id as tiebreak (keyset pages), nationally and
 * within a facility. Without them a national page sorted 270,000 inmates each time (11 pages a second).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "create index inmates_name_id on inmates (name, id)",
    "create index inmates_facility_name_id on inmates (facility_id, name, id)",
  ]);
}
