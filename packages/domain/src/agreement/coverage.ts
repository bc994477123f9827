import * as v from "valibot";
import { assertNever } from "../shared/result.ts";
import { described, describedPicklist, IdSchema } from "../shared/schemas.ts";
import { STANDARD_COOPERATION_FIELDS, type StandardCooperationField } from "./agreement.ts";
import { StandardCooperationFieldSchema } from "./schemas.ts";

/** One facility's coverage: the standard fields its own agreements in force name. */
export interface FacilityCoverage {
  readonly facilityId: string;
  readonly facilityName: string;
  readonly regionalOfficeId: string;
  readonly regionalOfficeName: string;
  readonly covered: readonly StandardCooperationField[];
}

/** A coverage matrix row stands for one facility or sums one regional office's facilities. */
export const COVERAGE_GROUPINGS = ["facility", "regionalOffice"] as const;
/** How the coverage matrix groups its rows. */
export type CoverageGrouping = (typeof COVERAGE_GROUPINGS)[number];

/** The grouping of a coverage matrix's rows. */
export const CoverageGroupingSchema = describedPicklist(COVERAGE_GROUPINGS, {
  facility: "One row per facility.",
  regionalOffice: "One row per regional office, summing its facilities.",
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A row of the coverage matrix. */
export const CoverageRowSchema = v.object(
  described(
    {
      kind: CoverageGroupingSchema,
      id: IdSchema,
      name: v.string(),
      regionalOfficeId: IdSchema,
      regionalOfficeName: v.string(),
      facilities: count,
      covered: v.record(StandardCooperationFieldSchema, count),
    },
    {
      kind: "Whether the row is a facility or a regional office.",
      id: "The facility's id, or the regional office's.",
      name: "The facility's name, or the regional office's.",
      regionalOfficeId: "The row's regional office (its own id on a regional row).",
      regionalOfficeName: "The row's regional office's name.",
      facilities: "How many facilities the row stands for: 1 on a facility row.",
      covered:
        "For each standard field, how many of the row's facilities have an agreement of their own in force " +
        "today (active or expiring) that names it: 0 or 1 on a facility row.",
    },
  ),
);
/** A row of the coverage matrix. */
export type CoverageRow = v.InferOutput<typeof CoverageRowSchema>;

/** The coverage matrix: its columns (the standard fields) and its rows. */
export const CoverageSchema = v.object(
  described(
    { fields: v.array(StandardCooperationFieldSchema), rows: v.array(CoverageRowSchema) },
    {
      fields: "The matrix's columns: the standard fields, in their usual order.",
      rows: "Ordered by regional office, then facility name.",
    },
  ),
);

type Covered = Record<StandardCooperationField, number>;

const countsOf = (fields: readonly StandardCooperationField[]): Covered =>
  Object.fromEntries(STANDARD_COOPERATION_FIELDS.map((f) => [f, fields.includes(f) ? 1 : 0])) as Covered;

/** The matrix's rows: one per facility, or summed per regional office in the order the facilities come. */
export function coverageRows(
  facilities: readonly FacilityCoverage[],
  groupBy: CoverageGrouping,
): CoverageRow[] {
  const rows = facilities.map(
    (f): CoverageRow => ({
      kind: "facility",
      id: f.facilityId,
      name: f.facilityName,
      regionalOfficeId: f.regionalOfficeId,
      regionalOfficeName: f.regionalOfficeName,
      facilities: 1,
      covered: countsOf(f.covered),
    }),
  );
  switch (groupBy) {
    case "facility":
      return rows;
    case "regionalOffice": {
      const offices = new Map<string, { row: CoverageRow; covered: Covered; facilities: number }>();
      for (const r of rows) {
        const office = offices.get(r.regionalOfficeId) ?? {
          row: { ...r, kind: "regionalOffice", id: r.regionalOfficeId, name: r.regionalOfficeName },
          covered: countsOf([]),
          facilities: 0,
        };
        office.facilities += 1;
        for (const f of STANDARD_COOPERATION_FIELDS) office.covered[f] += r.covered[f] ?? 0;
        offices.set(r.regionalOfficeId, office);
      }
      return [...offices.values()].map((o) => ({ ...o.row, facilities: o.facilities, covered: o.covered }));
    }
    default:
      return assertNever(groupBy);
  }
}
