import { STANDARD_COOPERATION_FIELDS } from "@sinergi/domain";
import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../../../connection.ts";
import { ENROLLMENT_ENTITY } from "../../enrollment/enrollments.ts";
import { type Bounds, statusOnSql, type UnitKeyed, unitAgreementsCte } from "./units.ts";

/** Agreement counts and the standard fields covered, of one unit. */
export interface AgreementCountsRow extends UnitKeyed {
  readonly signed: number;
  readonly activeAtEnd: number;
  readonly expiringNext90: number;
  readonly terminated: number;
  readonly expired: number;
  readonly renewed: number;
  readonly covered: string[];
}

const IN_FORCE = sql.raw("st_end in ('active', 'expiring')");

/** Agreement counts and coverage, one row per unit and month with agreements (the domain's agreementFiguresOf, coverageOf). */
export async function agreementCounts(db: Executor, bounds: Bounds): Promise<AgreementCountsRow[]> {
  return (await agreementCountsQuery(bounds).execute(db)).rows;
}

/** The SQL of `agreementCounts` (one statement for every unit: EXPLAIN it at scale). */
export function agreementCountsQuery(bounds: Bounds): RawBuilder<AgreementCountsRow> {
  const fields = sql.raw(`array[${STANDARD_COOPERATION_FIELDS.map((f) => `'${f}'`).join(", ")}]::text[]`);
  return sql<AgreementCountsRow>`with ${bounds}, ${unitAgreementsCte},
    x as (
      select x.*, ${statusOnSql("x.last")} as st_end, ${statusOnSql("(x.first - 1)")} as st_before,
        exists (select 1 from agreements s where s.renews_id = x.id and s.state in ('signed', 'terminated')
          and s.signed_on between x.first and x.last) as renewed_in_month
      from ua x
    ),
    counts as (
      select unit_kind, unit_id, period,
        count(*) filter (where signed_on >= first) as signed,
        count(*) filter (where ${IN_FORCE}) as active_at_end,
        count(*) filter (where st_end = 'expiring') as expiring_next90,
        count(*) filter (where state = 'terminated' and terminated_on between first and last) as terminated,
        count(*) filter (where st_end = 'expired' and st_before is distinct from 'expired') as expired,
        count(*) filter (where renewed_in_month) as renewed
      from x group by unit_kind, unit_id, period
    ),
    cov as (
      select unit_kind, unit_id, period, array_agg(distinct f.field order by f.field) as covered
      from x cross join lateral unnest(x.fields) as f(field)
      where ${IN_FORCE} and f.field = any(${fields})
      group by unit_kind, unit_id, period
    )
    select c.*, coalesce(cov.covered, '{}') as covered
    from counts c left join cov on cov.unit_kind = c.unit_kind and cov.unit_id is not distinct from c.unit_id
      and cov.period = c.period`;
}

/** Action-plan counts of one unit. */
export interface ActionPlanRow extends UnitKeyed {
  readonly itemsInForce: number;
  readonly itemsDue: number;
  readonly itemsMet: number;
}

/**
 * Action items of agreements in force at month end (the domain's actionPlanOf): the realised amount at
 * month end is the amount before the first adjustment at or after the end instant, else today's.
 */
export async function actionPlanCounts(db: Executor, bounds: Bounds): Promise<ActionPlanRow[]> {
  return (await actionPlanCountsQuery(bounds).execute(db)).rows;
}

/** The SQL of `actionPlanCounts` (one statement for every unit: EXPLAIN it at scale). */
export function actionPlanCountsQuery(bounds: Bounds): RawBuilder<ActionPlanRow> {
  return sql<ActionPlanRow>`with ${bounds}, ${unitAgreementsCte},
    x as (select x.*, ${statusOnSql("x.last")} as st_end from ua x)
    select x.unit_kind, x.unit_id, x.period, count(*) as items_in_force,
      count(*) filter (where i.due_date <= x.last) as items_due,
      count(*) filter (where i.due_date <= x.last and coalesce(
        (select adj.previous_amount from action_item_adjustments adj
          where adj.action_item_id = i.id and adj.adjusted_at >= x.end_at
          order by adj.adjusted_at, adj.id limit 1),
        i.realised_amount) >= i.target_amount) as items_met
    from x join action_items i on i.agreement_id = x.id and i.status <> 'cancelled'
    where ${IN_FORCE}
    group by x.unit_kind, x.unit_id, x.period`;
}

/** What one agreement of a unit funded, cumulatively to the end of a month. */
export interface OutcomeRow extends UnitKeyed {
  readonly agreementId: string;
  readonly title: string;
  readonly cohortsFunded: number;
  readonly enrolled: number;
  readonly completed: number;
  readonly certified: number;
}

/** Outcomes per agreement (the domain's outcomesOf): cohorts of the programs it funds, anywhere. */
export async function outcomeRows(db: Executor, bounds: Bounds): Promise<OutcomeRow[]> {
  return (await outcomeRowsQuery(bounds).execute(db)).rows;
}

/**
 * The SQL of `outcomeRows` (one statement for every unit and month: EXPLAIN it at scale).
 *
 * Every count is cumulative, and each condition once true stays true in later months (a cohort started
 * by the month's last day; an enrollment made, completed, certified before the month's end). So each
 * funded cohort and enrollment is read once, with the first month it counts in (enrollment instants in
 * the agreement's unit's zone), and a month's figure sums the counts of that month and the earlier
 * ones: re-reading the whole history for each month made a backfill quadratic in its length. A row
 * exists, as before, once one of the agreement's cohorts counts (an enrollment counts only with its cohort).
 */
export function outcomeRowsQuery(bounds: Bounds): RawBuilder<OutcomeRow> {
  return sql<OutcomeRow>`with ${bounds}, ${unitAgreementsCte},
    ag as (select distinct ua.id, ua.zone from ua),
    -- The completion instant (the last move into completed), grouped once: probing the history per enrollment took 20 s.
    completed as (
      select h.entity_id as id, max(h.at) as at from lifecycle_history h
      where h.entity_type = ${sql.lit(ENROLLMENT_ENTITY)} and h.to_state = 'completed'
      group by h.entity_id
    ),
    funded as (
      select ag.id as agreement_id, ag.zone, c.id as cohort_id, e.id as enrollment_id,
        date_trunc('month', c.start_date::timestamp)::date as cohort_from,
        -- greatest() skips nulls: a cohort with no enrollment has no enrollment month.
        case when e.id is not null then greatest(date_trunc('month', c.start_date::timestamp),
          date_trunc('month', e.enrolled_at at time zone ag.zone))::date end as enrolled_from,
        d.at as completed_at,
        ct.issued_on as certified_on
      from ag
      join programs p on p.funding_agreement_id = ag.id
      join cohorts c on c.program_id = p.id and c.state <> 'cancelled'
      left join enrollments e on e.cohort_id = c.id
      left join completed d on d.id = e.id and e.state = 'completed'
      left join (select enrollment_id, min(issued_on) as issued_on from certificates group by enrollment_id) ct
        on ct.enrollment_id = e.id
    ),
    firsts as (
      select agreement_id, cohort_from as month, 1 as cohorts, 0 as enrolled, 0 as completed, 0 as certified
      from (select distinct agreement_id, cohort_id, cohort_from from funded) k
      union all
      select agreement_id, enrolled_from, 0, 1, 0, 0 from funded where enrolled_from is not null
      union all
      select agreement_id, greatest(enrolled_from, date_trunc('month', completed_at at time zone zone)::date),
        0, 0, 1, 0
      from funded where enrolled_from is not null and completed_at is not null
      union all
      select agreement_id, greatest(enrolled_from, date_trunc('month', certified_on::timestamp)::date), 0, 0, 0, 1
      from funded where enrolled_from is not null and certified_on is not null
    ),
    by_month as (
      select agreement_id, month, sum(cohorts) as cohorts, sum(enrolled) as enrolled,
        sum(completed) as completed, sum(certified) as certified
      from firsts group by agreement_id, month
    )
    select x.unit_kind, x.unit_id, x.period, x.id as agreement_id, x.title,
      sum(m.cohorts)::int as cohorts_funded, sum(m.enrolled)::int as enrolled,
      sum(m.completed)::int as completed, sum(m.certified)::int as certified
    from ua x join by_month m on m.agreement_id = x.id and m.month <= x.first
    group by x.unit_kind, x.unit_id, x.period, x.id, x.title
    having sum(m.cohorts) > 0`;
}
