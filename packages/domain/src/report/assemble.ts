import { STANDARD_COOPERATION_FIELDS } from "../agreement/agreement.ts";
import type { DomicileFigures, ReportContent, ReportScope, ReportTotals, UnitFigures } from "./figures.ts";

const zeroCoverage = (): Record<(typeof STANDARD_COOPERATION_FIELDS)[number], number> =>
  Object.fromEntries(STANDARD_COOPERATION_FIELDS.map((f) => [f, 0])) as Record<
    (typeof STANDARD_COOPERATION_FIELDS)[number],
    number
  >;

/** Adds the figures of several units; lists are concatenated, domicile rows summed per area. */
export function sumUnits(units: readonly UnitFigures[]): ReportTotals {
  const coverage = zeroCoverage();
  const a = { activeAtEnd: 0, signed: 0, renewed: 0, terminated: 0, expired: 0, expiringNext90: 0 };
  const p = { itemsInForce: 0, itemsDue: 0, itemsMet: 0 };
  const e = { visits: 0, followUpsOverdueAtEnd: 0, followUpsDone: 0 };
  const t = {
    cohortsRunning: 0,
    enrollments: 0,
    completions: 0,
    endedOtherwise: 0,
    certificatesIssued: 0,
    inmatesTrained: 0,
    population: 0,
  };
  const domicile = new Map<string, { inmates: number; trained: number; certified: number }>();
  for (const u of units) {
    for (const f of STANDARD_COOPERATION_FIELDS) coverage[f] += u.coverage[f];
    for (const k of Object.keys(a) as (keyof typeof a)[]) a[k] += u.agreements[k];
    for (const k of Object.keys(p) as (keyof typeof p)[]) p[k] += u.actionPlan[k];
    for (const k of Object.keys(e) as (keyof typeof e)[]) e[k] += u.engagements[k];
    for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += u.training[k];
    for (const d of u.domicile) {
      const row = domicile.get(d.areaCode) ?? { inmates: 0, trained: 0, certified: 0 };
      row.inmates += d.inmates;
      row.trained += d.trained;
      row.certified += d.certified;
      domicile.set(d.areaCode, row);
    }
  }
  const domicileRows: DomicileFigures[] = [...domicile.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([areaCode, c]) => ({ areaCode, ...c }));
  return {
    agreements: a,
    coverage,
    actionPlan: p,
    engagements: e,
    training: t,
    domicile: domicileRows,
    licencesExpiring: units.flatMap((u) => u.licencesExpiring),
    outcomes: units.flatMap((u) => u.outcomes),
  };
}

/** A report's content: its units in the given order and their exact sum. */
export function assembleReport(
  scope: ReportScope,
  period: string,
  units: readonly UnitFigures[],
): ReportContent {
  return { scope, period, units, totals: sumUnits(units) };
}

/** Completion rate: completions over enrollments that ended in the month; null when none ended. */
export function completionRate(
  t: Pick<ReportTotals["training"], "completions" | "endedOtherwise">,
): number | null {
  const ended = t.completions + t.endedOtherwise;
  return ended === 0 ? null : t.completions / ended;
}

/** Share of the population trained: distinct inmates trained over the population; null without a census. */
export function shareTrained(
  t: Pick<ReportTotals["training"], "inmatesTrained" | "population">,
): number | null {
  return t.population === 0 ? null : t.inmatesTrained / t.population;
}

/** Action-plan realisation: items met over items due; null when nothing is due. */
export function realisationRate(p: ReportTotals["actionPlan"]): number | null {
  return p.itemsDue === 0 ? null : p.itemsMet / p.itemsDue;
}
