import {
  described,
  describedPicklist,
  IdSchema,
  IsoInstantSchema,
  integerSchema,
  TimeZoneSchema,
} from "@sinergi/domain";
import * as v from "valibot";
import { flagQuery, pageQuery } from "../../http/list.ts";

const PeriodSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM"),
);

const ScopeKindSchema = describedPicklist(
  ["facility", "regional_office", "national"],
  {
    facility: "One facility's report.",
    regional_office: "A regional office's report: its facilities and its own agreements.",
    national: "The national report.",
  },
  "must be facility, regional_office or national",
);

/** A stored report without its figures. */
export const ReportSummarySchema = v.object(
  described(
    {
      id: IdSchema,
      scopeKind: ScopeKindSchema,
      facilityId: v.nullable(IdSchema),
      regionalOfficeId: v.nullable(IdSchema),
      scopeName: v.nullable(v.string()),
      timeZone: TimeZoneSchema,
      period: v.string(),
      revision: integerSchema(1),
      latest: v.boolean(),
      madeAt: IsoInstantSchema,
      dataCutOff: IsoInstantSchema,
      madeBy: v.string(),
    },
    {
      id: "The report's id (one per revision).",
      scopeKind: "What the report covers.",
      facilityId: "The facility of a facility report; null otherwise.",
      regionalOfficeId: "The regional office of an office report; null otherwise.",
      scopeName: "The facility's or office's name; null for the national report.",
      timeZone:
        "The zone the report's times (madeAt, dataCutOff) read in: its facility's, its regional office's province's, or WIB for the national report.",
      period: "The calendar month, YYYY-MM, each facility in its own time zone.",
      revision: "1 for the report the worker made; each regenerate makes the next.",
      latest: "True when no later revision of the same scope and month exists.",
      madeAt: "When this revision was made.",
      dataCutOff: "The instant the figures were read as of.",
      madeBy: "`worker:<name>` for the monthly pass, `user:<id>` for a regenerate.",
    },
  ),
);

const count = v.nullable(integerSchema(0));

/** Residents of one domicile area: its code, its official name, and the counts. */
const DomicileRowSchema = v.object(
  described(
    {
      areaCode: v.string(),
      areaName: v.nullable(v.string()),
      inmates: count,
      trained: count,
      certified: count,
    },
    {
      areaCode: "The Kemendagri code of the regency/city or district.",
      areaName:
        "The area's official name, read when the report is read; null for a code that is not an area.",
      inmates:
        "Residents of the area held in the unit(s) during the month; null where withheld (partner view).",
      trained: "Of them, those enrolled in a cohort running in the month; null where withheld.",
      certified: "Of them, those certified in the month; null where withheld.",
    },
  ),
);

/** A unit's figures, or the totals: only the domicile rows typed here, the counts left open. */
const WithDomicileSchema = v.looseObject(
  described(
    { domicile: v.array(DomicileRowSchema) },
    { domicile: "Residents by domicile area, each area named beside its code." },
  ),
);

/** The figures of a report: known parts typed, the rest (scope, units, totals' counts) left open. */
const ReportContentSchema = v.looseObject(
  described(
    {
      totals: v.optional(WithDomicileSchema),
      units: v.optional(v.array(WithDomicileSchema)),
      domicile: v.optional(v.array(DomicileRowSchema)),
    },
    {
      totals: "`full`: the units' figures summed, with the residents by domicile area.",
      units: "`full`: each facility's (then the office's own) figures, with its residents by domicile area.",
      domicile: "`partner`: the residents of the partner's areas, small counts withheld.",
    },
  ),
);

/** A report with its figures (or, for a partner system, its view of them). */
export const ReportSchema = v.object({
  ...ReportSummarySchema.entries,
  ...described(
    {
      view: describedPicklist(["full", "partner"], {
        full: "Every figure: totals, units, coverage, domicile, outcomes, licences.",
        partner:
          "A partner system's view: its areas' residents and its agreements' outcomes, small counts withheld.",
      }),
      content: ReportContentSchema,
    },
    {
      view: "Which figures `content` holds.",
      content:
        "The figures: for `full` the report content (scope, period, units, totals); for `partner` " +
        "{ scope, period, suppressedBelow, domicile, domicileTotal, outcomes } with withheld counts as null. " +
        "Each domicile row names its area (`areaName`) beside its code.",
    },
  ),
});

const TRUE_FALSE = flagQuery({
  true: "Every revision.",
  false: "Only each scope and month's latest revision (the default).",
});

/** Filters of the report list. */
export const ReportListQuery = v.strictObject({
  ...pageQuery,
  scopeKind: v.optional(ScopeKindSchema),
  facilityId: v.optional(IdSchema),
  regionalOfficeId: v.optional(IdSchema),
  from: v.optional(PeriodSchema),
  to: v.optional(PeriodSchema),
  allRevisions: TRUE_FALSE,
});

/** The formats a report is rendered in. */
export const REPORT_FORMATS = ["json", "csv", "xlsx", "pdf"] as const;
/** A report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** How to render one report. */
export const ReportReadQuery = v.strictObject({
  format: v.optional(
    describedPicklist(REPORT_FORMATS, {
      json: "JSON (the default).",
      csv: "CSV, UTF-8 with a byte-order mark so that Excel opens it.",
      xlsx: "An Excel workbook: a sheet per table.",
      pdf: "A printable A4 PDF with the main figures as a table and a bar chart.",
    }),
  ),
  lang: v.optional(describedPicklist(["id", "en"], { id: "Indonesian (the default).", en: "English." })),
});
