import { addDays, addMonths, EXPIRING_WITHIN_DAYS, type ReportScope } from "@sinergi/domain";
import { type RawBuilder, sql } from "kysely";
import { facilityZoneSql, provinceZoneSql } from "../../../time-zones.ts";

/** The directorate's unit name (the national MoUs it signs itself). */
export const DIRECTORATE_NAME = "Direktorat Jenderal Pemasyarakatan";

const provinceZone = sql.raw(provinceZoneSql("ro.province_code"));

/** Consecutive months: the first (YYYY-MM) and how many. */
export interface MonthRange {
  readonly from: string;
  readonly months: number;
}

/** SQL: facility row `f` is in the scope. */
export function scopeFacilitiesSql(scope: ReportScope): RawBuilder<boolean> {
  return scope.kind === "facility"
    ? sql`f.id = ${scope.facilityId}`
    : scope.kind === "regional_office"
      ? sql`f.regional_office_id = ${scope.regionalOfficeId}`
      : sql`true`;
}

/**
 * SQL CTEs `units` and `b`: the scope's units (facilities, then regional offices' own rows, then the
 * directorate) and, per unit and month of the range, the month in the unit's own zone: `period`
 * (YYYY-MM, the group key of every family), `first`/`last` local days and the `start_at`/`end_at`
 * instants (local midnights, end exclusive).
 */
export function boundsCtes(range: MonthRange, scope: ReportScope): RawBuilder<unknown> {
  const facilities = scopeFacilitiesSql(scope);
  const offices =
    scope.kind === "regional_office"
      ? sql`ro.id = ${scope.regionalOfficeId}`
      : scope.kind === "national"
        ? sql`true`
        : sql`false`;
  const directorate = scope.kind === "national" ? sql`true` : sql`false`;
  return sql`units as (
      select 'facility'::text as unit_kind, f.id as unit_id, f.name, f.regional_office_id,
        ${sql.raw(facilityZoneSql("f"))} as zone, 0 as rank
      from facilities f where ${facilities}
      union all
      select 'regional_office', ro.id, ro.name, ro.id, ${provinceZone}, 1
      from regional_offices ro where ${offices}
      union all
      select 'directorate', null::uuid, cast(${DIRECTORATE_NAME} as text), null::uuid, 'Asia/Jakarta', 2
      where ${directorate}
    ),
    m as (
      select g.first, to_char(g.first, 'YYYY-MM') as period
      from (select (cast(${`${range.from}-01`} as date) + make_interval(months => n))::date as first
        from generate_series(0, ${range.months - 1}::int) n) g
    ),
    b as (
      select u.unit_kind, u.unit_id, u.name, u.regional_office_id, u.zone, u.rank, m.period,
        m.first, ((m.first + interval '1 month')::date - 1) as last,
        (m.first::timestamp at time zone u.zone) as start_at,
        ((m.first + interval '1 month')::timestamp at time zone u.zone) as end_at
      from units u cross join m
    )`;
}

/**
 * SQL CTE `ua`: each unit's own agreements signed (local day) by the month's last day, with the unit's
 * bounds (one row per month): a facility's, a regional office's own (no facility), the directorate's (neither).
 */
export const unitAgreementsCte = sql`ua as (
    select b.unit_kind, b.unit_id, b.period, b.zone, b.first, b.last, b.start_at, b.end_at, a.id, a.title, a.state,
      a.signed_on, a.start_date, a.end_date, a.terminated_on, a.fields
    from b join agreements a on a.facility_id = b.unit_id
    where b.unit_kind = 'facility' and a.state in ('signed', 'terminated') and a.signed_on <= b.last
    union all
    select b.unit_kind, b.unit_id, b.period, b.zone, b.first, b.last, b.start_at, b.end_at, a.id, a.title, a.state,
      a.signed_on, a.start_date, a.end_date, a.terminated_on, a.fields
    from b join agreements a on a.regional_office_id = b.unit_id
    where b.unit_kind = 'regional_office' and a.facility_id is null
      and a.state in ('signed', 'terminated') and a.signed_on <= b.last
    union all
    select b.unit_kind, b.unit_id, b.period, b.zone, b.first, b.last, b.start_at, b.end_at, a.id, a.title, a.state,
      a.signed_on, a.start_date, a.end_date, a.terminated_on, a.fields
    from b join agreements a on a.facility_id is null and a.regional_office_id is null
    where b.unit_kind = 'directorate' and a.state in ('signed', 'terminated') and a.signed_on <= b.last
  )`;

/**
 * SQL: the status of agreement row `x` on local day `day` as it read then — the domain's `agreementStatusAsOf`
 * (agreementStatus with a successor only once signed by that day); null before its signing day.
 */
export function statusOnSql(day: string): RawBuilder<string | null> {
  const end = `(case when x.state = 'terminated' then least(x.end_date, x.terminated_on - 1) else x.end_date end)`;
  return sql.raw(`(case
      when x.signed_on > ${day} then null
      when x.state = 'terminated' and (x.terminated_on is null or ${day} >= x.terminated_on) then 'terminated'
      when exists (select 1 from agreements s where s.renews_id = x.id
        and s.state in ('signed', 'terminated') and s.signed_on <= ${day}) then 'renewed'
      when x.start_date is not null and ${day} < x.start_date then 'upcoming'
      when ${end} is null then 'active'
      when ${day} > ${end} then 'expired'
      when ${end} - ${day} <= ${EXPIRING_WITHIN_DAYS} then 'expiring'
      else 'active' end)`);
}

/**
 * A range's days (`first`..`last`) and instants wide enough for every zone (`startAt` at UTC+14 on the
 * first day, `endAt` at UTC-12 after the last): as literals the planner can estimate a range's rows,
 * which it cannot from values computed in a CTE (it nested-looped over a million rows).
 */
export function widestWindow(range: MonthRange): {
  first: string;
  last: string;
  startAt: string;
  endAt: string;
} {
  const first = `${range.from}-01`;
  const after = addMonths(first, range.months);
  return {
    first,
    last: addDays(after, -1),
    startAt: `${first}T00:00:00+14:00`,
    endAt: `${after}T00:00:00-12:00`,
  };
}

/** The `units`, `m` and `b` CTEs of a month range and scope (see boundsCtes). */
export type Bounds = RawBuilder<unknown>;

/** A row keyed by its unit and month. */
export interface UnitKeyed {
  readonly unitKind: string;
  readonly unitId: string | null;
  /** The month (YYYY-MM). */
  readonly period: string;
}
