/**
 * The hand-written baseline of the reports bench: the minimal grouped queries a person would write
 * for the same counts as the worker's figures (per facility and month, each facility's month in its
 * own zone), with no report assembly and no per-unit correlated lookups. One code path serves one
 * month and the whole backfill range: every family is ONE grouped query over all the months.
 */
import type { Database } from "@sinergi/db";
import { type Kysely, type RawBuilder, sql } from "kysely";

/** SQL CTEs `m` (the months) and `fb` (each facility's month bounds in its zone). */
function monthBounds(from: string, months: number): RawBuilder<unknown> {
  return sql`m as (
      select (cast(${`${from}-01`} as date) + make_interval(months => g))::date as first
      from generate_series(0, ${months - 1}::int) g
    ),
    fb as (
      select f.id as facility_id, m.first, ((m.first + interval '1 month')::date - 1) as last,
        (m.first::timestamp at time zone z.zone) as start_at,
        ((m.first + interval '1 month')::timestamp at time zone z.zone) as end_at
      from facilities f cross join lateral (select coalesce(f.time_zone_override, f.time_zone) as zone) z
      cross join m
    )`;
}

/** The baseline's statements, by family (the same families as the worker's figures). */
export function baselineQueries(from: string, months: number): Record<string, RawBuilder<unknown>> {
  const b = monthBounds(from, months);
  const inForce = sql.raw(`coalesce(a.start_date, a.signed_on) <= fb.last
    and (a.end_date is null or a.end_date >= fb.last) and (a.terminated_on is null or a.terminated_on > fb.last)`);
  return {
    agreements: sql`with ${b}
      select fb.facility_id, fb.first,
        count(*) filter (where a.signed_on >= fb.first) as signed,
        count(*) filter (where a.renews_id is not null and a.signed_on >= fb.first) as renewed,
        count(*) filter (where ${inForce}) as active_at_end,
        count(*) filter (where a.terminated_on between fb.first and fb.last) as terminated,
        count(*) filter (where a.end_date between fb.first and fb.last) as expired,
        count(*) filter (where a.end_date > fb.last and a.end_date <= fb.last + 90) as expiring_next90,
        array_agg(distinct f.field) filter (where ${inForce}) as covered
      from fb join agreements a on a.facility_id = fb.facility_id
        and a.state in ('signed', 'terminated') and a.signed_on <= fb.last
      left join lateral unnest(a.fields) f(field) on true
      group by fb.facility_id, fb.first`,
    actionPlan: sql`with ${b}
      select fb.facility_id, fb.first, count(*) as items_in_force,
        count(*) filter (where i.due_date <= fb.last) as items_due,
        count(*) filter (where i.due_date <= fb.last and i.realised_amount >= i.target_amount) as items_met
      from fb join agreements a on a.facility_id = fb.facility_id
        and a.state in ('signed', 'terminated') and a.signed_on <= fb.last and ${inForce}
      join action_items i on i.agreement_id = a.id and i.status <> 'cancelled'
      group by fb.facility_id, fb.first`,
    outcomes: sql`with ${b}
      select p.funding_agreement_id, m.first, count(distinct c.id) as cohorts_funded, count(e.id) as enrolled,
        count(e.id) filter (where e.state = 'completed') as completed, count(ct.id) as certified
      from m join cohorts c on c.start_date < m.first + interval '1 month' and c.state <> 'cancelled'
      join programs p on p.id = c.program_id and p.funding_agreement_id is not null
      left join enrollments e on e.cohort_id = c.id and e.enrolled_at < m.first + interval '1 month'
      left join certificates ct on ct.enrollment_id = e.id and ct.issued_on < m.first + interval '1 month'
      group by p.funding_agreement_id, m.first`,
    engagements: sql`with ${b}
      select fb.facility_id, fb.first,
        count(distinct e.id) filter (where e.date between fb.first and fb.last) as visits,
        count(fu.id) filter (where e.date <= fb.last and fu.due_date <= fb.last
          and (fu.status = 'open' or fu.closed_at >= fb.end_at)) as follow_ups_overdue_at_end,
        count(fu.id) filter (where fu.status = 'done' and fu.closed_at >= fb.start_at
          and fu.closed_at < fb.end_at) as follow_ups_done
      from fb join engagements e on e.facility_id = fb.facility_id and e.date <= fb.last
      left join follow_ups fu on fu.engagement_id = e.id
      group by fb.facility_id, fb.first`,
    cohortsAndEnrollments: sql`with ${b},
      ended as (
        select h.entity_id, max(h.at) as at from lifecycle_history h
        where h.entity_type = 'enrollment' and h.to_state in ('completed', 'withdrawn', 'transferred', 'released')
        group by h.entity_id
      )
      select fb.facility_id, fb.first, count(distinct c.id) filter (where c.state in ('running', 'completed')
          and c.start_date <= fb.last and c.end_date >= fb.first) as cohorts_running,
        count(e.id) filter (where e.enrolled_at >= fb.start_at and e.enrolled_at < fb.end_at) as enrollments,
        count(e.id) filter (where e.state = 'completed' and d.at >= fb.start_at and d.at < fb.end_at) as completions,
        count(e.id) filter (where e.state not in ('enrolled', 'completed') and d.at >= fb.start_at
          and d.at < fb.end_at) as ended_otherwise,
        count(distinct e.inmate_id) filter (where c.state in ('running', 'completed') and c.start_date <= fb.last
          and c.end_date >= fb.first and e.enrolled_at < fb.end_at and (d.at is null or d.at >= fb.start_at))
          as inmates_trained
      from fb join cohorts c on c.facility_id = fb.facility_id and c.start_date <= fb.last
      left join enrollments e on e.cohort_id = c.id
      left join ended d on d.entity_id = e.id and e.state <> 'enrolled'
      group by fb.facility_id, fb.first`,
    certificates: sql`with ${b}
      select fb.facility_id, fb.first, i.effective_domicile_code, count(*) as certificates_issued
      from fb join cohorts c on c.facility_id = fb.facility_id
      join enrollments e on e.cohort_id = c.id
      join certificates ct on ct.enrollment_id = e.id and ct.issued_on between fb.first and fb.last
      join inmates i on i.id = e.inmate_id
      group by fb.facility_id, fb.first, i.effective_domicile_code`,
    population: sql`with ${b}
      select distinct on (fb.facility_id, fb.first) fb.facility_id, fb.first, p.total
      from fb join population_snapshots p on p.facility_id = fb.facility_id and p.taken_on <= fb.last
      order by fb.facility_id, fb.first, p.taken_on desc`,
    domicile: sql`with ${b}
      select fb.facility_id, fb.first, i.effective_domicile_code, count(*) as inmates
      from fb join inmates i on i.facility_id = fb.facility_id and i.admission_date <= fb.last
      where i.effective_domicile_code is not null
      group by fb.facility_id, fb.first, i.effective_domicile_code`,
    licences: sql`with ${b}
      select fb.facility_id, fb.first, l.id, l.type, l.number, l.expires_on
      from fb join facility_licences l on l.facility_id = fb.facility_id
      where l.status in ('granted', 'expired') and l.expires_on <= fb.last + 60`,
  };
}

/** Runs every baseline statement for the months; the number of rows each family returned. */
export async function runBaseline(
  db: Kysely<Database>,
  from: string,
  months: number,
): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  // The worker's own setting (JIT off for the report transaction), so the ratio compares the SQL, not JIT.
  await db.transaction().execute(async (tx) => {
    await sql`set local jit = off`.execute(tx);
    for (const [family, query] of Object.entries(baselineQueries(from, months))) {
      rows[family] = (await query.execute(tx)).rows.length;
    }
  });
  return rows;
}
