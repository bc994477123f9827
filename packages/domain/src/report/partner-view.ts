import { areaContains } from "../agreement/record-access.ts";
import { isSmallCount, SMALL_COUNT_THRESHOLD } from "../statistics/residents.ts";
import { type CellSum, suppressCells } from "../statistics/suppression.ts";
import type { ReportContent, ReportScope } from "./figures.ts";

/** What a partner system's view of a report is cut to: its areas and its agreements. */
export interface PartnerFacts {
  /** The areas of the partner and the agencies below it (a city government: its regency code). */
  readonly areaCodes: readonly string[];
  /** The agreements the partner or an agency below it is party to. */
  readonly agreementIds: readonly string[];
}

/** Counts of an area's residents for a partner; null where a count is withheld. */
export interface PartnerDomicileRow {
  readonly areaCode: string;
  readonly inmates: number | null;
  readonly trained: number | null;
  readonly certified: number | null;
}

/** What one of the partner's agreements funded; null where a count of people is withheld. */
export interface PartnerOutcome {
  readonly agreementId: string;
  readonly title: string;
  /** Cohorts count courses, not people: never withheld. */
  readonly cohortsFunded: number;
  readonly enrolled: number | null;
  readonly completed: number | null;
  readonly certified: number | null;
}

/** A report as a partner system sees it: only its residents and its agreements, small counts withheld. */
export interface PartnerReportView {
  readonly scope: ReportScope;
  readonly period: string;
  /** Counts from 1 to this minus one are withheld (with their complements). */
  readonly suppressedBelow: number;
  readonly domicile: readonly PartnerDomicileRow[];
  /** The domicile rows summed; null counts withheld. */
  readonly domicileTotal: Omit<PartnerDomicileRow, "areaCode">;
  readonly outcomes: readonly PartnerOutcome[];
}

/**
 * A table whose first column counts people and whose other columns count subsets of them (trained
 * among the residents, completed among the enrolled), with an optional total row. Each subset's
 * unpublished rest makes "a subset never exceeds its base" a fact the suppression respects, as
 * `residentCells` does; a row where the subset does exceed its base states no such fact.
 */
function subsetCells(rows: readonly (readonly number[])[], withTotal: boolean) {
  const width = rows[0]?.length ?? 0;
  const all = withTotal
    ? [...rows, Array.from({ length: width }, (_, m) => rows.reduce((s, r) => s + (r[m] ?? 0), 0))]
    : [...rows];
  const values = all.flatMap((r) => [...r]);
  const sums: CellSum[] = [];
  const unpublished: number[] = [];
  if (withTotal)
    for (let m = 0; m < width; m++)
      sums.push({ total: rows.length * width + m, parts: rows.map((_, r) => r * width + m) });
  all.forEach((r, ri) => {
    for (let m = 1; m < width; m++) {
      const rest = (r[0] ?? 0) - (r[m] ?? 0);
      if (rest < 0) continue;
      unpublished.push(values.length);
      sums.push({ total: ri * width, parts: [ri * width + m, values.length] });
      values.push(rest);
    }
  });
  const hidden = suppressCells({ values, sums, unpublished }, isSmallCount);
  return all.map((r, ri) => r.map((n, m) => (hidden[ri * width + m] ? null : n)));
}

/**
 * The partner's view of a report: the domicile rows of its areas (and their total) and the outcomes
 * of its agreements; every other figure is dropped. Counts of people from 1 to 4 are withheld, with
 * whatever else would let one be worked out (see `suppressCells`).
 */
export function partnerView(content: ReportContent, facts: PartnerFacts): PartnerReportView {
  const domicile = content.totals.domicile.filter((d) =>
    facts.areaCodes.some((area) => areaContains(area, d.areaCode)),
  );
  const shownDomicile = subsetCells(
    domicile.map((d) => [d.inmates, d.trained, d.certified]),
    true,
  );
  const agreements = new Set(facts.agreementIds.map((id) => id.toLowerCase()));
  const outcomes = content.totals.outcomes.filter((o) => agreements.has(o.agreementId.toLowerCase()));
  const shownOutcomes = subsetCells(
    outcomes.map((o) => [o.enrolled, o.completed, o.certified]),
    false,
  );
  const counts = (r: readonly (number | null)[] | undefined) => ({
    inmates: r?.[0] ?? null,
    trained: r?.[1] ?? null,
    certified: r?.[2] ?? null,
  });
  return {
    scope: content.scope,
    period: content.period,
    suppressedBelow: SMALL_COUNT_THRESHOLD,
    domicile: domicile.map((d, i) => ({ areaCode: d.areaCode, ...counts(shownDomicile[i]) })),
    domicileTotal:
      domicile.length === 0
        ? { inmates: 0, trained: 0, certified: 0 }
        : counts(shownDomicile[domicile.length]),
    outcomes: outcomes.map((o, i) => {
      const r = shownOutcomes[i];
      return {
        agreementId: o.agreementId,
        title: o.title,
        cohortsFunded: o.cohortsFunded,
        enrolled: r?.[0] ?? null,
        completed: r?.[1] ?? null,
        certified: r?.[2] ?? null,
      };
    }),
  };
}
