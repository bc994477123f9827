import { ENROLLMENT_FINAL_STATES, type ReportScope, type TrainingFigures } from "@sinergi/domain";
import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../../../connection.ts";
import { ENROLLMENT_ENTITY } from "../../enrollment/enrollments.ts";
import { type Bounds, type MonthRange, scopeFacilitiesSql, type UnitKeyed, widestWindow } from "./units.ts";

/** SQL list of the states an enrollment ends in. */
const ENDED_STATES = ENROLLMENT_FINAL_STATES.map((s) => `'${s}'`).join(", ");

/** SQL list of the end states other than completed. */
const OTHER_ENDS = ENROLLMENT_FINAL_STATES.filter((s) => s !== "completed")
  .map((s) => `'${s}'`)
  .join(", ");

/**
 * SQL CTEs shared by the training and domicile families, after `boundsCtes` (every family row is
 * found once for the whole range, then put in the month it falls in, in its facility's zone — the
 * zones have no daylight saving, so an instant is within a unit's month bounds exactly when its local
 * day is within the month's days):
 * - `w`: the range's widest window; `fz`: the scope's facilities and their zones;
 * - `ends`: each enrollment's last move into each end state at or after the window's start. For an
 *   enrollment with such a move into its state this is its end instant (the last move into its
 *   state of all, which is also in the set); without one it ended before the window or has no end instant;
 * - `en`: the scope's enrollments with facility, zone, cohort and end instant (as above);
 * - `spans`, `trained`: facility, month and inmate of each enrollment of a running cohort open at some
 *   point in the month (the domain's trainedEnrollments), one row per enrollment and month, from its
 *   span: from the latest of the cohort's first month and the enrollment's month, to the earliest of
 *   the cohort's last month and the month it ended in;
 * - `issued`: facility, month (of `issued_on`) and inmate of each certificate issued in the window.
 */
function trainingCtes(bounds: Bounds, range: MonthRange, scope: ReportScope): RawBuilder<unknown> {
  const w = widestWindow(range);
  return sql`${bounds},
    w as (
      select ${w.first}::date as first, ${w.last}::date as last, ${w.startAt}::timestamptz as start_at,
        ${w.endAt}::timestamptz as end_at, date_trunc('month', ${w.last}::timestamp) as last_month
    ),
    -- From the table, not the units CTE: estimated at 3 rows, it led to sorts and nested loops over a million.
    fz as (
      select f.id as facility_id, coalesce(f.time_zone_override, f.time_zone) as zone from facilities f
      where ${scopeFacilitiesSql(scope)}
    ),
    ends as materialized (
      select h.entity_id as id, h.to_state, max(h.at) as at from lifecycle_history h
      where h.entity_type = ${sql.lit(ENROLLMENT_ENTITY)} and h.to_state in (${sql.raw(ENDED_STATES)})
        and h.at >= ${w.startAt}::timestamptz
      group by h.entity_id, h.to_state
    ),
    -- Not materialised: each use reads only the rows it needs (a materialised million went to disk).
    en as not materialized (
      select e.id, e.inmate_id, e.state, e.enrolled_at, c.facility_id, f.zone, c.state as cohort_state,
        c.start_date, c.end_date, d.at as ended_at
      from enrollments e
      join cohorts c on c.id = e.cohort_id
      join fz f on f.facility_id = c.facility_id
      left join ends d on d.id = e.id and d.to_state = e.state
    ),
    -- Materialised: joined to the months, the span's bounds were computed again for every month tried.
    spans as materialized (
      select en.facility_id, en.inmate_id,
        greatest(date_trunc('month', en.start_date::timestamp), date_trunc('month', en.enrolled_at at time zone en.zone))::date as lo,
        least(date_trunc('month', en.end_date::timestamp), date_trunc('month', en.ended_at at time zone en.zone))::date as hi
      from en
      where en.cohort_state in ('running', 'completed') and en.start_date <= ${w.last}::date
        and en.end_date >= ${w.first}::date and en.enrolled_at < ${w.endAt}::timestamptz
        -- Ended in its state with no move at or after the window's start: it ended before every month.
        and (en.state = 'enrolled' or en.ended_at is not null or not exists (select 1 from lifecycle_history h
          where h.entity_type = ${sql.lit(ENROLLMENT_ENTITY)} and h.entity_id = en.id and h.to_state = en.state))
    ),
    trained as (
      select s.facility_id, m.period, s.inmate_id from spans s join m on m.first between s.lo and s.hi
    ),
    issued as (
      select c.facility_id, to_char(ct.issued_on::timestamp, 'YYYY-MM') as period, e.inmate_id
      from certificates ct join enrollments e on e.id = ct.enrollment_id join cohorts c on c.id = e.cohort_id
      join fz f on f.facility_id = c.facility_id
      where ct.issued_on between ${w.first}::date and ${w.last}::date
    )`;
}

/** Training counts of one facility: the domain's training figures, keyed by unit and month. */
export interface TrainingRow extends UnitKeyed, TrainingFigures {}

/** Training per facility, its own cohorts (the domain's trainingFiguresOf). */
export async function trainingCounts(
  db: Executor,
  bounds: Bounds,
  range: MonthRange,
  scope: ReportScope,
): Promise<TrainingRow[]> {
  return (await trainingCountsQuery(bounds, range, scope).execute(db)).rows;
}

/**
 * The SQL of `trainingCounts` (one statement for every unit and month: EXPLAIN it at scale). Each
 * row is read once for the whole range and counted in its month (see trainingCtes): probing each
 * enrollment's end instant again for every month made a 12-month batch cost twelve months.
 */
export function trainingCountsQuery(
  bounds: Bounds,
  range: MonthRange,
  scope: ReportScope,
): RawBuilder<TrainingRow> {
  const w = widestWindow(range);
  return sql<TrainingRow>`with ${trainingCtes(bounds, range, scope)},
    events as (
      select en.facility_id, en.inmate_id, x.kind, x.period from en
      cross join lateral (values
        ('enrolled', case when en.enrolled_at >= ${w.startAt}::timestamptz
          then to_char(en.enrolled_at at time zone en.zone, 'YYYY-MM') end),
        (en.state, case when en.ended_at < ${w.endAt}::timestamptz
          then to_char(en.ended_at at time zone en.zone, 'YYYY-MM') end)) x(kind, period)
      where x.period is not null and (en.enrolled_at >= ${w.startAt}::timestamptz or en.ended_at is not null)
      union all
      select facility_id, inmate_id, 'certified', period from issued
      union all
      select facility_id, inmate_id, 'trained', period from trained
    ),
    -- Distinct inmates through a grouping rather than count(distinct): that sorted every event on disk.
    counts as (
      select facility_id as unit_id, period,
        coalesce(sum(n) filter (where kind = 'enrolled'), 0) as enrollments,
        coalesce(sum(n) filter (where kind = 'completed'), 0) as completions,
        coalesce(sum(n) filter (where kind in (${sql.raw(OTHER_ENDS)})), 0) as ended_otherwise,
        coalesce(sum(n) filter (where kind = 'certified'), 0) as certificates_issued,
        count(*) filter (where kind = 'trained') as inmates_trained
      from (select facility_id, period, kind, case when kind = 'trained' then inmate_id end as inmate_id,
          count(*) as n
        from events group by 1, 2, 3, 4) k
      group by facility_id, period
    ),
    running_counts as (
      select c.facility_id as unit_id, to_char(g.month, 'YYYY-MM') as period, count(*) as cohorts_running
      from w cross join fz f join cohorts c on c.facility_id = f.facility_id
      cross join lateral generate_series(
        greatest(date_trunc('month', c.start_date::timestamp), date_trunc('month', w.first::timestamp)),
        least(date_trunc('month', c.end_date::timestamp), w.last_month), interval '1 month') g(month)
      where c.state in ('running', 'completed') and c.start_date <= w.last and c.end_date >= w.first
      group by 1, 2
    )
    select b.unit_kind, b.unit_id, b.period,
      coalesce(rc.cohorts_running, 0) as cohorts_running,
      coalesce(n.enrollments, 0) as enrollments,
      coalesce(n.completions, 0) as completions,
      coalesce(n.ended_otherwise, 0) as ended_otherwise,
      coalesce(n.certificates_issued, 0) as certificates_issued,
      coalesce(n.inmates_trained, 0) as inmates_trained,
      coalesce((select p.total from population_snapshots p where p.facility_id = b.unit_id
        and p.taken_on <= b.last order by p.taken_on desc limit 1), 0) as population
    from b
    left join running_counts rc on rc.unit_id = b.unit_id and rc.period = b.period
    left join counts n on n.unit_id = b.unit_id and n.period = b.period
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
export async function domicileRows(
  db: Executor,
  bounds: Bounds,
  range: MonthRange,
  scope: ReportScope,
): Promise<DomicileRow[]> {
  return (await domicileRowsQuery(bounds, range, scope).execute(db)).rows;
}

/**
 * The SQL of `domicileRows` (one statement for every unit and month: EXPLAIN it at scale). Inmates
 * admitted by a month's last day are the admissions of each month summed up to it (admissions before
 * the range in its first month); trained and certified inmates as in the training family.
 */
export function domicileRowsQuery(
  bounds: Bounds,
  range: MonthRange,
  scope: ReportScope,
): RawBuilder<DomicileRow> {
  return sql<DomicileRow>`with ${trainingCtes(bounds, range, scope)},
    admissions as (
      select i.facility_id, i.effective_domicile_code as area_code,
        greatest(date_trunc('month', i.admission_date::timestamp), date_trunc('month', w.first::timestamp))
          as month, count(*) as n
      from w cross join fz f join inmates i on i.facility_id = f.facility_id
      where i.admission_date <= w.last and i.effective_domicile_code is not null
      group by 1, 2, 3
    ),
    admitted as (
      select p.facility_id, p.area_code, to_char(m.first, 'YYYY-MM') as period,
        sum(coalesce(a.n, 0)) over (partition by p.facility_id, p.area_code order by m.first) as inmates
      from (select distinct facility_id, area_code from admissions) p cross join m
      left join admissions a on a.facility_id = p.facility_id and a.area_code = p.area_code
        and a.month = m.first::timestamp
    ),
    counted as (
      select facility_id, period, area_code, inmates, 0 as trained, 0 as certified
      from admitted where inmates > 0
      union all
      select t.facility_id, t.period, i.effective_domicile_code, 0, 1, 0
      from (select distinct facility_id, period, inmate_id from trained) t join inmates i on i.id = t.inmate_id
      union all
      select t.facility_id, t.period, i.effective_domicile_code, 0, 0, 1
      from (select distinct facility_id, period, inmate_id from issued) t join inmates i on i.id = t.inmate_id
    )
    select 'facility' as unit_kind, facility_id as unit_id, period, area_code, sum(inmates)::int as inmates,
      sum(trained)::int as trained, sum(certified)::int as certified
    from counted where area_code is not null
    group by facility_id, period, area_code`;
}
