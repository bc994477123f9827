import { STANDARD_COOPERATION_FIELDS } from "@sinergi/domain";
import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../../../connection.ts";
import { type Bounds, endedAtSql, statusOnSql, type UnitKeyed, unitAgreementsCte } from "./units.ts";

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

/** Agreement counts and coverage, one row per unit with agreements (the domain's agreementFiguresOf, coverageOf). */
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
      select unit_kind, unit_id,
        count(*) filter (where signed_on >= first) as signed,
        count(*) filter (where ${IN_FORCE}) as active_at_end,
        count(*) filter (where st_end = 'expiring') as expiring_next90,
        count(*) filter (where state = 'terminated' and terminated_on between first and last) as terminated,
        count(*) filter (where st_end = 'expired' and st_before is distinct from 'expired') as expired,
        count(*) filter (where renewed_in_month) as renewed
      from x group by unit_kind, unit_id
    ),
    cov as (
      select unit_kind, unit_id, array_agg(distinct f.field order by f.field) as covered
      from x cross join lateral unnest(x.fields) as f(field)
      where ${IN_FORCE} and f.field = any(${fields})
      group by unit_kind, unit_id
    )
    select c.*, coalesce(cov.covered, '{}') as covered
    from counts c left join cov on cov.unit_kind = c.unit_kind and cov.unit_id is not distinct from c.unit_id`;
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
    select x.unit_kind, x.unit_id, count(*) as items_in_force,
      count(*) filter (where i.due_date <= x.last) as items_due,
      count(*) filter (where i.due_date <= x.last and coalesce(
        (select adj.previous_amount from action_item_adjustments adj
          where adj.action_item_id = i.id and adj.adjusted_at >= x.end_at
          order by adj.adjusted_at, adj.id limit 1),
        i.realised_amount) >= i.target_amount) as items_met
    from x join action_items i on i.agreement_id = x.id and i.status <> 'cancelled'
    where ${IN_FORCE}
    group by x.unit_kind, x.unit_id`;
}

/** What one agreement of a unit funded, cumulatively to month end. */
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

/** The SQL of `outcomeRows` (one statement for every unit: EXPLAIN it at scale). */
export function outcomeRowsQuery(bounds: Bounds): RawBuilder<OutcomeRow> {
  return sql<OutcomeRow>`with ${bounds}, ${unitAgreementsCte}
    select x.unit_kind, x.unit_id, x.id as agreement_id, x.title,
      count(distinct c.id) as cohorts_funded,
      count(distinct e.id) filter (where e.enrolled_at < x.end_at) as enrolled,
      count(distinct e.id) filter (where e.enrolled_at < x.end_at and e.state = 'completed'
        and ${endedAtSql("e")} < x.end_at) as completed,
      count(distinct e.id) filter (where e.enrolled_at < x.end_at and exists (
        select 1 from certificates ct where ct.enrollment_id = e.id and ct.issued_on <= x.last)) as certified
    from ua x
    join programs p on p.funding_agreement_id = x.id
    join cohorts c on c.program_id = p.id and c.state <> 'cancelled' and c.start_date <= x.last
    left join enrollments e on e.cohort_id = c.id
    group by x.unit_kind, x.unit_id, x.id, x.title`;
}
