import * as v from "valibot";
import { described, IdSchema, IsoDateSchema, integerSchema } from "../shared/schemas.ts";

/** The measures counted for an area's residents. */
export const RESIDENT_MEASURES = [
  "registered",
  "detainees",
  "convicts",
  "male",
  "female",
  "inTraining",
  "completedTraining",
  "certified",
] as const;
/** One measure. */
export type ResidentMeasure = (typeof RESIDENT_MEASURES)[number];

/** Counts of residents, one per measure; null where a count is withheld. */
export type ResidentCounts<N = number> = { readonly [M in ResidentMeasure]: N };

/** Counts from 1 to this minus one are withheld from partner systems, so no one person stands out. */
export const SMALL_COUNT_THRESHOLD = 5;

/** True when a count is too small to show a partner system (0 is safe: it names nobody). */
export const isSmallCount = (n: number): boolean => n > 0 && n < SMALL_COUNT_THRESHOLD;

/** Adds counts measure by measure. */
export function sumCounts(rows: readonly ResidentCounts[]): ResidentCounts {
  const total = Object.fromEntries(RESIDENT_MEASURES.map((m) => [m, 0])) as Record<ResidentMeasure, number>;
  for (const r of rows) for (const m of RESIDENT_MEASURES) total[m] += r[m];
  return total;
}

/** A table of counts: its rows (facilities, and "elsewhere") and their total. */
export interface CountsTable {
  readonly rows: readonly ResidentCounts[];
  readonly total: ResidentCounts;
}

/**
 * Withholds small counts (primary suppression) and, where one row cell of a measure alone is
 * withheld, the smallest other non-zero cell too (secondary), so no withheld count can be recovered
 * by subtracting the shown rows from the total. Rows keep their order.
 */
export function suppressCounts(table: CountsTable): {
  rows: ResidentCounts<number | null>[];
  total: ResidentCounts<number | null>;
} {
  const rows = table.rows.map((r) => ({ ...r }) as Record<ResidentMeasure, number | null>);
  const total = { ...table.total } as Record<ResidentMeasure, number | null>;
  for (const m of RESIDENT_MEASURES) {
    const withheld = new Set<number>();
    table.rows.forEach((r, i) => {
      if (isSmallCount(r[m])) withheld.add(i);
    });
    if (withheld.size === 1) {
      let smallest: number | undefined;
      table.rows.forEach((r, i) => {
        if (withheld.has(i) || r[m] === 0) return;
        if (smallest === undefined || r[m] < (table.rows[smallest]?.[m] ?? 0)) smallest = i;
      });
      if (smallest !== undefined) withheld.add(smallest);
    }
    for (const i of withheld) {
      const row = rows[i];
      if (row) row[m] = null;
    }
    if (isSmallCount(table.total[m])) total[m] = null;
  }
  return { rows, total };
}

/** Query of the residents' counts: the area (a partner's own by default) and the day. */
export const ResidentCountsQuerySchema = v.strictObject({
  areaCode: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{2}(\.\d{2})?$/, "must be a province or regency/city code like 12 or 12.71"),
    ),
  ),
  on: v.optional(IsoDateSchema),
});

const Count = v.nullable(integerSchema(0));
const MEASURES: { readonly [M in ResidentMeasure]: string } = {
  registered: "Inmates whose domicile (recorded, else the NIK's) lies in the area; null: withheld.",
  detainees: "Of them, remand detainees; null: withheld.",
  convicts: "Of them, convicts; null: withheld.",
  male: "Of them, men; null: withheld.",
  female: "Of them, women; null: withheld.",
  inTraining: "Of them, enrolled in a cohort now; null: withheld.",
  completedTraining: "Of them, with at least one completed enrollment; null: withheld.",
  certified: "Of them, holding a certificate valid on the day counted; null: withheld.",
};
const CountsSchema = v.object(
  described(
    Object.fromEntries(RESIDENT_MEASURES.map((m) => [m, Count])) as Record<ResidentMeasure, typeof Count>,
    MEASURES,
  ),
);

/** Residents' counts as the API returns them (null = withheld as too small to show). */
export const ResidentStatisticsSchema = v.object(
  described(
    {
      areaCode: v.string(),
      areaName: v.string(),
      on: IsoDateSchema,
      suppressedBelow: v.nullable(integerSchema(0)),
      total: CountsSchema,
      facilities: v.array(
        v.object(
          described(
            {
              facilityId: IdSchema,
              facilityName: v.string(),
              ...CountsSchema.entries,
              population: v.nullable(
                v.object(
                  described(
                    { takenOn: IsoDateSchema, total: integerSchema(0), residents: Count },
                    {
                      takenOn:
                        "The day of the facility's latest population count on or before the day counted.",
                      total: "Inmates in the facility that day.",
                      residents: "Of them, residents of the area (null: withheld).",
                    },
                  ),
                ),
              ),
            },
            {
              ...MEASURES,
              facilityId: "The facility.",
              facilityName: "The facility's name.",
              population: "The facility's latest population count, if any.",
            },
          ),
        ),
      ),
      otherFacilities: v.nullable(CountsSchema),
    },
    {
      areaCode: "The area counted: a province or regency/city code.",
      areaName: "The area's name.",
      on: "The day counted.",
      suppressedBelow:
        "Counts from 1 to this minus one are withheld as null, with any cell they could be derived from; " +
        "null when this caller sees every count.",
      total: "Residents of the area across every facility.",
      facilities: "Counts by facility (for a partner system, the facilities it holds agreements with).",
      otherFacilities: "The other facilities' counts summed; null when there are none.",
    },
  ),
);
