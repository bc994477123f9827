import { sql } from "kysely";
import type { Executor } from "../../connection.ts";

/** People counts of a set of cohorts: enrolled, completed, and holding a certificate still valid. */
export interface OutcomeCounts {
  readonly enrolled: number;
  readonly completed: number;
  readonly certified: number;
}

/** One cohort an agreement funded (through a program it funds), with its counts. */
export interface FundedCohortRow extends OutcomeCounts {
  readonly cohortId: string;
  readonly name: string;
  readonly programId: string;
  readonly programName: string;
  readonly facilityId: string;
  readonly startDate: string;
  readonly state: string;
}

/** What an agreement funded, to date: totals over every cohort, and the latest cohorts one by one. */
export interface AgreementOutcomes extends OutcomeCounts {
  readonly cohortsFunded: number;
  readonly cohorts: FundedCohortRow[];
}

// A cohort is funded by an agreement when its program names the agreement as funder; cancelled cohorts
// funded nothing. Counting is done per cohort in SQL so an agreement behind a national program stays cheap.
const perCohort = (agreementId: string) => sql`
  select c.id as cohort_id, c.name, p.id as program_id, p.name as program_name, c.facility_id,
    c.start_date, c.state,
    count(e.id)::int as enrolled,
    count(e.id) filter (where e.state = 'completed')::int as completed,
    count(e.id) filter (where exists (select 1 from certificates ct
      where ct.enrollment_id = e.id and ct.status <> 'revoked'))::int as certified
  from programs p
  join cohorts c on c.program_id = p.id and c.state <> 'cancelled'
  left join enrollments e on e.cohort_id = c.id
  where p.funding_agreement_id = ${agreementId}
  group by c.id, p.id`;

/**
 * The outcomes an agreement funded (the caller checks the agreement is visible first): totals over all
 * its cohorts, and at most `limit` cohorts, latest start first.
 */
export async function agreementOutcomes(
  db: Executor,
  agreementId: string,
  limit = 100,
): Promise<AgreementOutcomes> {
  const totals = await sql<OutcomeCounts & { cohortsFunded: number }>`
    select count(*)::int as cohorts_funded, coalesce(sum(enrolled), 0)::int as enrolled,
      coalesce(sum(completed), 0)::int as completed, coalesce(sum(certified), 0)::int as certified
    from (${perCohort(agreementId)}) x`.execute(db);
  const cohorts = await sql<FundedCohortRow>`
    select * from (${perCohort(agreementId)}) x
    order by start_date desc, cohort_id limit ${limit}`.execute(db);
  const t = totals.rows[0] ?? { cohortsFunded: 0, enrolled: 0, completed: 0, certified: 0 };
  return {
    cohortsFunded: t.cohortsFunded,
    enrolled: t.enrolled,
    completed: t.completed,
    certified: t.certified,
    cohorts: cohorts.rows.map((r) => ({ ...r, startDate: String(r.startDate) })),
  };
}
