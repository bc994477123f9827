import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Gives each enrollment its cohort's facility, so a facility's enrollment page reads its own index range
 * instead of walking the national `enrolled_at` order until enough of its rows turn up (37,604 rows read
 * for the largest facility's first page). The pair (cohort_id, facility_id) references the cohort's own
 * pair: the copy can never disagree with the cohort, and would follow it if a cohort ever moved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "alter table enrollments add column facility_id uuid",
    `update enrollments e set facility_id = c.facility_id from cohorts c where c.id = e.cohort_id`,
    "alter table enrollments alter column facility_id set not null",
    "alter table enrollments add foreign key (facility_id) references facilities (id)",
    "create unique index cohorts_id_facility on cohorts (id, facility_id)",
    `alter table enrollments add constraint enrollments_cohort_facility
      foreign key (cohort_id, facility_id) references cohorts (id, facility_id) on update cascade`,
    "create index enrollments_facility_enrolled_at on enrollments (facility_id, enrolled_at, id)",
  ]);
}
