import type { ReportSummary } from "@sinergi/db";
import {
  COVERAGE_FIELDS,
  FIELD_LABELS,
  FIGURE_LABELS,
  FIGURES,
  type FigureKey,
  figureValue,
  type PartnerReportView,
  periodInWords,
  RATE_KEYS,
  RATE_LABELS,
  REPORT_TEXT,
  type ReportContent,
  type ReportLang,
  type ReportSection,
  rateValue,
  SECTION_SHORT_NAMES,
} from "@sinergi/domain";

/** One cell of a rendered table: a count, a text, or null (none, or withheld). */
export type Cell = string | number | null;

/** One table of a rendered report. */
export interface Section {
  readonly key: ReportSection;
  readonly title: string;
  /** A sheet name (31 characters at most). */
  readonly sheet: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A report laid out for rendering: heading, facts, tables and the chart's bars. */
export interface Layout {
  readonly heading: string;
  readonly period: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly sections: readonly Section[];
  readonly chart: readonly { readonly label: string; readonly value: number }[];
  /** A note printed under the heading (a partner's view says what it withholds). */
  readonly note: string | null;
}

/** The figures the PDF draws as bars. */
const CHART: readonly FigureKey[] = [
  "agreements.activeAtEnd",
  "agreements.signed",
  "engagements.visits",
  "training.enrollments",
  "training.completions",
  "training.certificatesIssued",
];

const section = (
  key: ReportSection,
  lang: ReportLang,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
): Section => ({ key, title: REPORT_TEXT[key][lang], sheet: SECTION_SHORT_NAMES[key][lang], header, rows });

/** A rate as a percentage with one decimal; null when undefined. */
const percent = (r: number | null): number | null => (r === null ? null : Math.round(r * 1000) / 10);

function heading(summary: ReportSummary, lang: ReportLang) {
  const name = summary.scopeName ?? REPORT_TEXT.national[lang];
  return {
    heading: `${REPORT_TEXT.report[lang]} ${name}`,
    period: periodInWords(summary.period, lang),
    facts: [
      [REPORT_TEXT.period[lang], `${periodInWords(summary.period, lang)} (${summary.period})`],
      [REPORT_TEXT.revision[lang], String(summary.revision)],
      [REPORT_TEXT.madeAt[lang], summary.madeAt],
      [REPORT_TEXT.dataCutOff[lang], summary.dataCutOff],
    ] as const,
  };
}

/** An area's name by its code (from the areas table, read when the report is rendered). */
export type AreaNames = ReadonlyMap<string, string>;

/** The full report's tables: totals, units, coverage, domicile, outcomes and licences. */
export function reportLayout(
  summary: ReportSummary,
  content: ReportContent,
  lang: ReportLang,
  names: AreaNames,
): Layout {
  const t = (k: keyof typeof REPORT_TEXT) => REPORT_TEXT[k][lang];
  const unitName = new Map(content.units.map((u) => [u.unit.id, u.unit.name]));
  const totals = section(
    "totals",
    lang,
    [t("figure"), t("key"), t("value")],
    [
      ...FIGURES.map((k) => [FIGURE_LABELS[k][lang], k, figureValue(content.totals, k)]),
      ...RATE_KEYS.map((k) => [`${RATE_LABELS[k][lang]} (%)`, k, percent(rateValue(content.totals, k))]),
    ],
  );
  const units = section(
    "units",
    lang,
    [t("unit"), t("unitKind"), ...FIGURES.map((k) => FIGURE_LABELS[k][lang])],
    content.units.map((u) => [u.unit.name, t(u.unit.kind), ...FIGURES.map((k) => figureValue(u, k))]),
  );
  const coverage = section(
    "coverage",
    lang,
    [t("unit"), ...COVERAGE_FIELDS.map((f) => FIELD_LABELS[f][lang])],
    [
      ...content.units.map((u) => [u.unit.name, ...COVERAGE_FIELDS.map((f) => u.coverage[f])]),
      [t("total"), ...COVERAGE_FIELDS.map((f) => content.totals.coverage[f])],
    ],
  );
  const domicile = section(
    "domicile",
    lang,
    [t("areaCode"), t("areaName"), t("inmates"), t("trained"), t("certified")],
    content.totals.domicile.map((d) => [
      d.areaCode,
      names.get(d.areaCode) ?? null,
      d.inmates,
      d.trained,
      d.certified,
    ]),
  );
  const outcomes = section(
    "outcomes",
    lang,
    [t("agreementId"), t("agreement"), t("cohortsFunded"), t("enrolled"), t("completed"), t("certified")],
    content.totals.outcomes.map((o) => [
      o.agreementId,
      o.title,
      o.cohortsFunded,
      o.enrolled,
      o.completed,
      o.certified,
    ]),
  );
  const licences = section(
    "licences",
    lang,
    [t("facility"), t("licenceType"), t("licenceNumber"), t("expiresOn")],
    content.totals.licencesExpiring.map((l) => [
      unitName.get(l.facilityId) ?? l.facilityId,
      l.type,
      l.number,
      l.expiresOn,
    ]),
  );
  return {
    ...heading(summary, lang),
    sections: [totals, units, coverage, domicile, outcomes, licences],
    chart: CHART.map((k) => ({ label: FIGURE_LABELS[k][lang], value: figureValue(content.totals, k) })),
    note: null,
  };
}

/** A partner's tables: its areas' residents (with their total) and its agreements' outcomes. */
export function partnerLayout(
  summary: ReportSummary,
  view: PartnerReportView,
  lang: ReportLang,
  names: AreaNames,
): Layout {
  const t = (k: keyof typeof REPORT_TEXT) => REPORT_TEXT[k][lang];
  const domicile = section(
    "domicile",
    lang,
    [t("areaCode"), t("areaName"), t("inmates"), t("trained"), t("certified")],
    [
      ...view.domicile.map((d) => [
        d.areaCode,
        names.get(d.areaCode) ?? null,
        d.inmates,
        d.trained,
        d.certified,
      ]),
      [
        t("total"),
        null,
        view.domicileTotal.inmates,
        view.domicileTotal.trained,
        view.domicileTotal.certified,
      ],
    ],
  );
  const outcomes = section(
    "outcomes",
    lang,
    [t("agreementId"), t("agreement"), t("cohortsFunded"), t("enrolled"), t("completed"), t("certified")],
    view.outcomes.map((o) => [o.agreementId, o.title, o.cohortsFunded, o.enrolled, o.completed, o.certified]),
  );
  const bars = (["inmates", "trained", "certified"] as const).flatMap((k) => {
    const value = view.domicileTotal[k];
    return value === null ? [] : [{ label: t(k), value }];
  });
  return {
    ...heading(summary, lang),
    sections: [domicile, outcomes],
    chart: bars,
    note: t("suppressed"),
  };
}
