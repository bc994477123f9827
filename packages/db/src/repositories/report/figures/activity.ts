import { ENROLLMENT_FINAL_STATES, LICENCE_EXPIRY_WINDOW_DAYS } from "@sinergi/domain";
import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../../../connection.ts";
import { ENROLLMENT_ENTITY } from "../../enrollment/enrollments.ts";
import { type Bounds, endedAtSql, type UnitKeyed } from "./units.ts";

/** SQL list of the states an enrollment ends in. */
const ENDED_STATES = ENROLLMENT_FINAL_STATES.map((s) => `'${s}'`).join(", ");

/** Engagement counts of one facility. */
export interface EngagementRow extends UnitKeyed {
  readonly visits: number;
  readonly followUpsOverdueAtEnd: number;
  readonly followUpsDone: number;
}

/** Visits and follow-ups per facility (the domain's engagementFiguresOf). */
export async function engagementCounts(db: Executor, bounds: Bounds): Promise<EngagementRow[]> {
  return (await engagementCountsQuery(bounds).execute(db)).rows;
}

/** The SQL of `engagementCounts` (one statement for every unit: EXPLAIN it at scale). */
export function engagementCountsQuery(bounds: Bounds): RawBuilder<EngagementRow> {
  return sql<EngagementRow>`with ${bounds}
    select b.unit_kind, b.unit_id, b.period,
      (select count(*) from engagements e
        where e.facility_id = b.unit_id and e.date between b.first and b.last) as visits,
      (select count(*) from engagements e join follow_ups fu on fu.engagement_id = e.id
        where e.facility_id = b.unit_id and e.date <= b.last and fu.due_date <= b.last
          and (fu.status = 'open' or fu.closed_at >= b.end_at)) as follow_ups_overdue_at_end,
      (select count(*) from engagements e join follow_ups fu on fu.engagement_id = e.id
        where e.facility_id = b.unit_id and fu.status = 'done'
          and fu.closed_at >= b.start_at and fu.closed_at < b.end_at) as follow_ups_done
    from b where b.unit_kind = 'facility'`;
}

/** Training counts of one facility. */
export interface TrainingRow extends UnitKeyed {
  readonly cohortsRunning: number;
  readonly enrollments: number;
  readonly completions: number;
  readonly endedOtherwise: number;
  readonly certificatesIssued: number;
  readonly inmatesTrained: number;
  readonly population: number;
}

/** SQL: cohort `c` runs in unit b's month (running or completed, its dates overlapping the month). */
const RUNNING = sql.raw(
  "c.state in ('running', 'completed') and c.start_date <= b.last and c.end_date >= b.first",
);

/** SQL: enrollment `e` was open at some point in unit b's month. */
const OPEN_IN_MONTH = sql`e.enrolled_at < b.end_at and (${endedAtSql("e")} is null or ${endedAtSql("e")} >= b.start_at)`;

/** Training per facility, its own cohorts (the domain's trainingFiguresOf). */
export async function trainingCounts(db: Executor, bounds: Bounds): Promise<TrainingRow[]> {
  return (await trainingCountsQuery(bounds).execute(db)).rows;
}

/** The SQL of `trainingCounts` (one statement for every unit: EXPLAIN it at scale). */
export function trainingCountsQuery(bounds: Bounds): RawBuilder<TrainingRow> {
  // Enrollments made or ended and certificates issued are found from the months' own rows (rows
  // dated in the widest unit window, by index) and then counted per unit and month:
  // walking every enrollment of every facility each month probed the history a million times.
  // An enrollment ends at its last move into its end state, so one that ended in the month has a
  // move into that state in the month: the candidates hold every one, `endedAtSql` decides.
  return sql<TrainingRow>`with ${bounds},
    ended_candidates as (
      select distinct h.entity_id as id from lifecycle_history h
      where h.entity_type = ${ENROLLMENT_ENTITY} and h.to_state in (${sql.raw(ENDED_STATES)})
        and h.at >= (select min(start_at) from b) and h.at < (select max(end_at) from b)
    ),
    -- Materialised: inlined, the end instant was probed again for each month the join tried.
    ended as materialized (
      select c.facility_id, e.state, ${endedAtSql("e")} as ended_at
      from ended_candidates k join enrollments e on e.id = k.id join cohorts c on c.id = e.cohort_id
    ),
    ended_counts as (
      select b.unit_id, b.period, count(*) filter (where d.state = 'completed') as completions,
        count(*) filter (where d.state <> 'completed') as ended_otherwise
      from b join ended d on d.facility_id = b.unit_id
      where b.unit_kind = 'facility' and d.ended_at >= b.start_at and d.ended_at < b.end_at
      group by b.unit_id, b.period
    ),
    issued as (
      select c.facility_id, ct.issued_on from certificates ct
      join enrollments e on e.id = ct.enrollment_id join cohorts c on c.id = e.cohort_id
      where ct.issued_on between (select min(first) from b) and (select max(last) from b)
    ),
    enrolled as (
      select c.facility_id, e.enrolled_at from enrollments e join cohorts c on c.id = e.cohort_id
      where e.enrolled_at >= (select min(start_at) from b) and e.enrolled_at < (select max(end_at) from b)
    ),
    enrolled_counts as (
      select b.unit_id, b.period, count(*) as enrollments
      from b join enrolled x on x.facility_id = b.unit_id
      where b.unit_kind = 'facility' and x.enrolled_at >= b.start_at and x.enrolled_at < b.end_at
      group by b.unit_id, b.period
    ),
    issued_counts as (
      select b.unit_id, b.period, count(*) as certificates_issued
      from b join issued x on x.facility_id = b.unit_id
      where b.unit_kind = 'facility' and x.issued_on between b.first and b.last
      group by b.unit_id, b.period
    )
    select b.unit_kind, b.unit_id, b.period,
      (select count(*) from cohorts c where c.facility_id = b.unit_id and ${RUNNING}) as cohorts_running,
      coalesce(nc.enrollments, 0) as enrollments,
      coalesce(ec.completions, 0) as completions,
      coalesce(ec.ended_otherwise, 0) as ended_otherwise,
      coalesce(ic.certificates_issued, 0) as certificates_issued,
      (select count(distinct e.inmate_id) from cohorts c join enrollments e on e.cohort_id = c.id
        where c.facility_id = b.unit_id and ${RUNNING} and ${OPEN_IN_MONTH}) as inmates_trained,
      coalesce((select p.total from population_snapshots p where p.facility_id = b.unit_id
        and p.taken_on <= b.last order by p.taken_on desc limit 1), 0) as population
    from b
    left join enrolled_counts nc on nc.unit_id = b.unit_id and nc.period = b.period
    left join ended_counts ec on ec.unit_id = b.unit_id and ec.period = b.period
    left join issued_counts ic on ic.unit_id = b.unit_id and ic.period = b.period
    where b.unit_kind = 'facility'`;
}

/** Residents of one facility from one area. */
export interface DomicileRow extends UnitKeyed {
  readonly areaCode: string;
  readonly inmates: number;
  readonly trained: number;
  readonly certified: number;
}

/**
 * Residents by domicile area per facility (the domain's domicileFiguresOf), reading the inmates'
 * stored effective domicile (recorded, else the NIK's area under today's code).
 */
export async function domicileRows(db: Executor, bounds: Bounds): Promise<DomicileRow[]> {
  return (await domicileRowsQuery(bounds).execute(db)).rows;
}

/** The SQL of `domicileRows` (one statement for every unit: EXPLAIN it at scale). */
export function domicileRowsQuery(bounds: Bounds): RawBuilder<DomicileRow> {
  return sql<DomicileRow>`with ${bounds},
    trained as (
      select distinct b.unit_kind, b.unit_id, b.period, e.inmate_id from b
      join cohorts c on c.facility_id = b.unit_id join enrollments e on e.cohort_id = c.id
      where b.unit_kind = 'facility' and ${RUNNING} and ${OPEN_IN_MONTH}
    ),
    issued as (
      select c.facility_id, e.inmate_id, ct.issued_on from certificates ct
      join enrollments e on e.id = ct.enrollment_id join cohorts c on c.id = e.cohort_id
      where ct.issued_on between (select min(first) from b) and (select max(last) from b)
    ),
    certified as (
      select distinct b.unit_kind, b.unit_id, b.period, x.inmate_id from b
      join issued x on x.facility_id = b.unit_id
      where b.unit_kind = 'facility' and x.issued_on between b.first and b.last
    ),
    counted as (
      select b.unit_kind, b.unit_id, b.period, i.effective_domicile_code as area_code, 1 as inmates, 0 as trained,
        0 as certified
      from b join inmates i on i.facility_id = b.unit_id
      where b.unit_kind = 'facility' and i.admission_date <= b.last
      union all
      select t.unit_kind, t.unit_id, t.period, i.effective_domicile_code, 0, 1, 0
      from trained t join inmates i on i.id = t.inmate_id
      union all
      select t.unit_kind, t.unit_id, t.period, i.effective_domicile_code, 0, 0, 1
      from certified t join inmates i on i.id = t.inmate_id
    )
    select unit_kind, unit_id, period, area_code, sum(inmates)::int as inmates, sum(trained)::int as trained,
      sum(certified)::int as certified
    from counted where area_code is not null
    group by unit_kind, unit_id, period, area_code`;
}

/** A licence on a facility's report. */
export interface LicenceRow extends UnitKeyed {
  readonly licenceId: string;
  readonly facilityId: string;
  readonly type: string;
  readonly number: string | null;
  readonly expiresOn: string;
}

/** Licences expiring within the window after month end, unless renewed (the domain's licencesExpiringOf). */
export async function licenceRows(db: Executor, bounds: Bounds): Promise<LicenceRow[]> {
  return (await licenceRowsQuery(bounds).execute(db)).rows;
}

/** The SQL of `licenceRows` (one statement for every unit: EXPLAIN it at scale). */
export function licenceRowsQuery(bounds: Bounds): RawBuilder<LicenceRow> {
  const horizon = sql`(b.last + ${sql.lit(LICENCE_EXPIRY_WINDOW_DAYS)})`;
  return sql<LicenceRow>`with ${bounds}
    select b.unit_kind, b.unit_id, b.period, l.id as licence_id, l.facility_id, l.type, l.number, l.expires_on
    from b join facility_licences l on l.facility_id = b.unit_id
    where b.unit_kind = 'facility' and l.status in ('granted', 'expired') and l.expires_on <= ${horizon}
      and not exists (select 1 from facility_licences n where n.facility_id = l.facility_id
        and n.type = l.type and n.status = 'granted' and (n.expires_on is null or n.expires_on > ${horizon}))`;
}
