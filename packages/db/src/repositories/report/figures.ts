import {
  addMonths,
  compareLicences,
  compareOutcomes,
  type ReportScope,
  type ReportUnit,
  STANDARD_COOPERATION_FIELDS,
  type UnitFigures,
} from "@sinergi/domain";
import { sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { type EngagementRow, engagementCounts, type LicenceRow, licenceRows } from "./figures/activity.ts";
import {
  type ActionPlanRow,
  type AgreementCountsRow,
  actionPlanCounts,
  agreementCounts,
  type OutcomeRow,
  outcomeRows,
} from "./figures/agreements.ts";
import { type DomicileRow, domicileRows, type TrainingRow, trainingCounts } from "./figures/training.ts";
import { boundsCtes, type MonthRange, type UnitKeyed } from "./figures/units.ts";

export type { MonthRange } from "./figures/units.ts";

const keyOf = (r: UnitKeyed): string => `${r.period}|${r.unitKind}:${r.unitId ?? ""}`;

/** The months of a range (YYYY-MM), in order. */
export function periodsOf(range: MonthRange): string[] {
  return Array.from({ length: range.months }, (_, i) => addMonths(`${range.from}-01`, i).slice(0, 7));
}

/** Rows grouped by their unit and month. */
function byUnit<T extends UnitKeyed>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(keyOf(r));
    if (list) list.push(r);
    else m.set(keyOf(r), [r]);
  }
  return m;
}

/**
 * The units of a scope's report for a month, every figure computed in SQL one family at a time for
 * all units at once, each unit's month in its own time zone — the same figures as the domain's
 * `unitFiguresOf`. Units: the scope's facilities (by name), then the own row of each regional office
 * in scope, then (national only) the directorate's row.
 */
export async function computeUnitFigures(
  db: Executor,
  period: string,
  scope: ReportScope,
): Promise<UnitFigures[]> {
  return (await computeUnitFiguresRange(db, { from: period, months: 1 }, scope)).get(period) ?? [];
}

/**
 * The units of a scope's reports for several consecutive months (by month, YYYY-MM), each family in
 * one statement for every unit and month (the month is a group key): the same figures as
 * `computeUnitFigures` month by month, for a fraction of the work in a backfill.
 */
export async function computeUnitFiguresRange(
  db: Executor,
  range: MonthRange,
  scope: ReportScope,
): Promise<Map<string, UnitFigures[]>> {
  const bounds = boundsCtes(range, scope);
  const units = await sql<Omit<UnitKeyed, "period"> & UnitRow>`
    with ${bounds} select unit_kind, unit_id, name, regional_office_id, zone from units
    order by rank, name, unit_id`.execute(db);
  const agreements = byUnit(await agreementCounts(db, bounds));
  const plans = byUnit(await actionPlanCounts(db, bounds));
  const outcomes = byUnit(await outcomeRows(db, bounds));
  const engagements = byUnit(await engagementCounts(db, bounds));
  const training = byUnit(await trainingCounts(db, bounds, range, scope));
  const domicile = byUnit(await domicileRows(db, bounds, range, scope));
  const licences = byUnit(await licenceRows(db, bounds));
  const figures = { agreements, plans, outcomes, engagements, training, domicile, licences };
  return new Map(
    periodsOf(range).map((period) => [
      period,
      units.rows.map((u) => unitFiguresFrom(figures, u, keyOf({ ...u, period }))),
    ]),
  );
}

/** A unit's name, office and zone. */
interface UnitRow {
  readonly name: string;
  readonly regionalOfficeId: string | null;
  readonly zone: string;
}

/** Each family's rows, by unit and month. */
interface FamilyRows {
  readonly agreements: Map<string, AgreementCountsRow[]>;
  readonly plans: Map<string, ActionPlanRow[]>;
  readonly outcomes: Map<string, OutcomeRow[]>;
  readonly engagements: Map<string, EngagementRow[]>;
  readonly training: Map<string, TrainingRow[]>;
  readonly domicile: Map<string, DomicileRow[]>;
  readonly licences: Map<string, LicenceRow[]>;
}

/** One unit's figures for one month (key `keyOf`) from the families' rows. */
function unitFiguresFrom(
  { agreements, plans, outcomes, engagements, training, domicile, licences }: FamilyRows,
  u: Omit<UnitKeyed, "period"> & UnitRow,
  k: string,
): UnitFigures {
  const a = agreements.get(k)?.[0];
  const p = plans.get(k)?.[0];
  const e = engagements.get(k)?.[0];
  const t = training.get(k)?.[0];
  const covered = new Set(a?.covered ?? []);
  const unit: ReportUnit = {
    kind: u.unitKind as ReportUnit["kind"],
    id: u.unitId,
    name: u.name,
    regionalOfficeId: u.regionalOfficeId,
    timeZone: u.zone,
  };
  return {
    unit,
    agreements: {
      activeAtEnd: a?.activeAtEnd ?? 0,
      signed: a?.signed ?? 0,
      renewed: a?.renewed ?? 0,
      terminated: a?.terminated ?? 0,
      expired: a?.expired ?? 0,
      expiringNext90: a?.expiringNext90 ?? 0,
    },
    coverage: Object.fromEntries(
      STANDARD_COOPERATION_FIELDS.map((f) => [f, covered.has(f) ? 1 : 0]),
    ) as UnitFigures["coverage"],
    actionPlan: {
      itemsInForce: p?.itemsInForce ?? 0,
      itemsDue: p?.itemsDue ?? 0,
      itemsMet: p?.itemsMet ?? 0,
    },
    engagements: {
      visits: e?.visits ?? 0,
      followUpsOverdueAtEnd: e?.followUpsOverdueAtEnd ?? 0,
      followUpsDone: e?.followUpsDone ?? 0,
    },
    training: {
      cohortsRunning: t?.cohortsRunning ?? 0,
      enrollments: t?.enrollments ?? 0,
      completions: t?.completions ?? 0,
      endedOtherwise: t?.endedOtherwise ?? 0,
      certificatesIssued: t?.certificatesIssued ?? 0,
      inmatesTrained: t?.inmatesTrained ?? 0,
      population: t?.population ?? 0,
    },
    domicile: (domicile.get(k) ?? [])
      .map((d) => ({
        areaCode: d.areaCode,
        inmates: d.inmates,
        trained: d.trained,
        certified: d.certified,
      }))
      .sort((x, y) => (x.areaCode < y.areaCode ? -1 : x.areaCode > y.areaCode ? 1 : 0)),
    licencesExpiring: (licences.get(k) ?? [])
      .map((l) => ({
        licenceId: l.licenceId,
        facilityId: l.facilityId,
        type: l.type,
        number: l.number,
        expiresOn: l.expiresOn,
      }))
      .sort(compareLicences),
    outcomes: (outcomes.get(k) ?? [])
      .map((o) => ({
        agreementId: o.agreementId,
        title: o.title,
        cohortsFunded: o.cohortsFunded,
        enrolled: o.enrolled,
        completed: o.completed,
        certified: o.certified,
      }))
      .sort(compareOutcomes),
  };
}
