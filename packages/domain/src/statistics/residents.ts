import * as v from "valibot";
import { described, IdSchema, IsoDateSchema, integerSchema } from "../shared/schemas.ts";
import { type CellSum, type LinkedCells, suppressCells } from "./suppression.ts";

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
 * Withholds small counts (1–4) and, as complements, whatever else would let a withheld count be
 * derived from the shown cells and sums. The table is read with its margins: each measure's total
 * is the sum of its rows, and in every row (the total row too) registered = detainees + convicts =
 * male + female; in-training, completed and certified never exceed the registered. No withheld
 * count has fewer than two values consistent with what is shown, and a withheld total never sits
 * beside shown zeros that tie it to its one withheld part (`registered: null, detainees: 0,
 * convicts: null` said that all are convicts). See {@link suppressCells}. Rows keep their order.
 */
export function suppressCounts(table: CountsTable): {
  rows: ResidentCounts<number | null>[];
  total: ResidentCounts<number | null>;
} {
  const all = [...table.rows, table.total];
  const hidden = suppressCells(residentCells(table), isSmallCount);
  const shown = all.map(
    (r, ri) =>
      Object.fromEntries(
        RESIDENT_MEASURES.map((m, mi) => [m, hidden[ri * RESIDENT_MEASURES.length + mi] ? null : r[m]]),
      ) as Record<ResidentMeasure, number | null>,
  );
  const total = shown.pop() ?? Object.fromEntries(RESIDENT_MEASURES.map((m) => [m, null]));
  return { rows: shown, total: total as Record<ResidentMeasure, number | null> };
}

/** The measures counted among the registered, each with its unpublished rest ("not in training"). */
const SUBSETS = ["inTraining", "completedTraining", "certified"] as const;

/**
 * The table as linked cells: row-major with the total row last, then per row the unpublished rest
 * of each subset measure. Sums: each measure's column, and per row registered = detainees + convicts
 * = male + female = each subset + its rest (so a subset never exceeds the registered).
 */
export function residentCells(table: CountsTable): LinkedCells {
  const all = [...table.rows, table.total];
  const width = RESIDENT_MEASURES.length;
  const rowCount = table.rows.length;
  const cell = (row: number, m: ResidentMeasure) => row * width + RESIDENT_MEASURES.indexOf(m);
  const rest = (row: number, k: number) => all.length * width + row * SUBSETS.length + k;
  const values = all.flatMap((r) => RESIDENT_MEASURES.map((m) => r[m]));
  const rests = all.flatMap((r) => SUBSETS.map((m) => r.registered - r[m]));
  const sums: CellSum[] = RESIDENT_MEASURES.map((m) => ({
    total: cell(rowCount, m),
    parts: table.rows.map((_, r) => cell(r, m)),
  }));
  all.forEach((_, r) => {
    sums.push({ total: cell(r, "registered"), parts: [cell(r, "detainees"), cell(r, "convicts")] });
    sums.push({ total: cell(r, "registered"), parts: [cell(r, "male"), cell(r, "female")] });
    SUBSETS.forEach((m, k) => {
      sums.push({ total: cell(r, "registered"), parts: [cell(r, m), rest(r, k)] });
    });
  });
  return {
    values: [...values, ...rests],
    sums,
    unpublished: rests.map((_, i) => values.length + i),
  };
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
