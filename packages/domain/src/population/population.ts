import * as v from "valibot";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import { IdSchema, IsoDateSchema, IsoInstantSchema, RegencyCodeSchema } from "../shared/schemas.ts";
import type { PopulationErrorCode } from "./errors.ts";

const count = v.pipe(
  v.number(),
  v.integer("must be a whole number"),
  v.minValue(0, "must not be negative"),
  // The columns are integers: a larger count would be a database error, not a refusal.
  v.maxValue(2147483647, "must be at most 2147483647"),
);

/** Command: record a facility's population on a date, with counts by domicile regency/city. */
export const CreatePopulationSnapshotSchema = v.strictObject({
  takenOn: IsoDateSchema,
  total: count,
  detainees: count,
  convicts: count,
  byDomicile: v.optional(
    v.pipe(
      v.array(v.strictObject({ regencyCode: RegencyCodeSchema, count })),
      v.maxLength(600),
      v.check(
        (rows) => new Set(rows.map((r) => r.regencyCode)).size === rows.length,
        "must list each regency/city once",
      ),
    ),
    [],
  ),
});
/** Command: record a population snapshot. */
export type CreatePopulationSnapshot = v.InferOutput<typeof CreatePopulationSnapshotSchema>;

/** A facility's population on one date. */
export interface PopulationSnapshot extends CreatePopulationSnapshot {
  readonly id: string;
  readonly facilityId: string;
}

/** Checks the snapshot's arithmetic: detainees + convicts = total; domicile counts never exceed it. */
export function checkPopulation(
  s: CreatePopulationSnapshot,
): Result<CreatePopulationSnapshot, ReturnType<typeof domainError<PopulationErrorCode>>> {
  if (s.detainees + s.convicts !== s.total)
    return err(
      domainError("population/status-sum-mismatch", "detainees and convicts must add up to the total", {
        field: "total",
      }),
    );
  const domiciled = s.byDomicile.reduce((sum, r) => sum + r.count, 0);
  if (domiciled > s.total)
    return err(
      domainError("population/domicile-exceeds-total", "counts by domicile add up to more than the total", {
        field: "byDomicile",
        detail: { domiciled, total: s.total },
      }),
    );
  return ok(s);
}

/** Share of the population domiciled in one regency/city (0 when the total is 0). */
export function domicileShare(
  s: Pick<PopulationSnapshot, "total" | "byDomicile">,
  regencyCode: string,
): number {
  if (s.total === 0) return 0;
  return (s.byDomicile.find((r) => r.regencyCode === regencyCode)?.count ?? 0) / s.total;
}

/** A population snapshot as the API returns it. */
export const PopulationSnapshotSchema = v.object({
  id: IdSchema,
  facilityId: IdSchema,
  takenOn: IsoDateSchema,
  total: v.number(),
  detainees: v.number(),
  convicts: v.number(),
  byDomicile: v.array(v.object({ regencyCode: v.string(), count: v.number() })),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
