import { areaNames, type Executor } from "@sinergi/db";
import type { PartnerReportView, ReportContent } from "@sinergi/domain";
import type { AreaNames } from "./tables.ts";

type Named<T extends { readonly areaCode: string }> = T & { readonly areaName: string | null };

const named = <T extends { readonly areaCode: string }>(rows: readonly T[], names: AreaNames): Named<T>[] =>
  rows.map((d) => ({ ...d, areaName: names.get(d.areaCode) ?? null }));

/**
 * The names of the areas a report's domicile rows count, read from today's areas table: a snapshot stores
 * only codes (names are reference data, and the figures SQL stays about counting).
 */
export function domicileAreaNames(
  db: Executor,
  content: ReportContent | PartnerReportView,
): Promise<AreaNames> {
  const codes =
    "totals" in content
      ? [...content.totals.domicile, ...content.units.flatMap((u) => u.domicile)].map((d) => d.areaCode)
      : content.domicile.map((d) => d.areaCode);
  return areaNames(db, codes);
}

/** The report content with each domicile row's area name beside its code (null for an unknown code). */
export function withAreaNames(content: ReportContent, names: AreaNames) {
  return {
    ...content,
    units: content.units.map((u) => ({ ...u, domicile: named(u.domicile, names) })),
    totals: { ...content.totals, domicile: named(content.totals.domicile, names) },
  };
}

/** A partner's view with each domicile row's area name beside its code. */
export function viewWithAreaNames(view: PartnerReportView, names: AreaNames) {
  return { ...view, domicile: named(view.domicile, names) };
}
