import * as v from "valibot";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import {
  described,
  IdSchema,
  IsoDateSchema,
  IsoInstantSchema,
  integerSchema,
  RECORD_FIELDS,
  RegencyCodeSchema,
  RevisionSchema,
} from "../shared/schemas.ts";
import type { PopulationErrorCode } from "./errors.ts";

const count = integerSchema(0);

const FIELDS = {
  ...RECORD_FIELDS,
  facilityId: "The facility counted.",
  takenOn: "The day of the count (in the facility's time zone).",
  total: "Inmates in the facility that day: detainees plus convicts when the split is known.",
  detainees: "Remand detainees (tahanan); null (or left out, with convicts) when the report gives no split.",
  convicts: "Convicts (narapidana); null (or left out, with detainees) when the report gives no split.",
  byDomicile: "Inmates by the regency or city they live in, each listed once; may be partial.",
} as const;

const DOMICILE_FIELDS = {
  regencyCode: "Kemendagri code of the regency or city, e.g. 12.71 (Kota Medan).",
  count: "Inmates domiciled there.",
} as const;

/** Command: record a facility's population on a date, with counts by domicile regency/city. */
export const CreatePopulationSnapshotSchema = v.strictObject(
  described(
    {
      takenOn: IsoDateSchema,
      total: count,
      detainees: v.optional(v.nullable(count), null),
      convicts: v.optional(v.nullable(count), null),
      byDomicile: v.optional(
        v.pipe(
          v.array(v.strictObject(described({ regencyCode: RegencyCodeSchema, count }, DOMICILE_FIELDS))),
          v.maxLength(600),
          v.check(
            (rows) => new Set(rows.map((r) => r.regencyCode)).size === rows.length,
            "must list each regency/city once",
          ),
        ),
        [],
      ),
    },
    FIELDS,
  ),
);
/** Command: record a population snapshot. */
export type CreatePopulationSnapshot = v.InferOutput<typeof CreatePopulationSnapshotSchema>;

/** A facility's population on one date. */
export interface PopulationSnapshot extends CreatePopulationSnapshot {
  readonly id: string;
  readonly facilityId: string;
}

/**
 * Checks the snapshot's arithmetic: the split is known for both or neither (field reports often give
 * totals and domicile only), and then detainees + convicts = total; domicile counts never exceed it.
 */
export function checkPopulation(
  s: CreatePopulationSnapshot,
): Result<CreatePopulationSnapshot, ReturnType<typeof domainError<PopulationErrorCode>>> {
  if ((s.detainees === null) !== (s.convicts === null))
    return err(
      domainError("population/status-sum-mismatch", "give both detainees and convicts, or neither", {
        field: s.detainees === null ? "detainees" : "convicts",
      }),
    );
  if (s.detainees !== null && s.convicts !== null && s.detainees + s.convicts !== s.total)
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
export const PopulationSnapshotSchema = v.object(
  described(
    {
      id: IdSchema,
      facilityId: IdSchema,
      takenOn: IsoDateSchema,
      total: count,
      detainees: v.nullable(count),
      convicts: v.nullable(count),
      byDomicile: v.array(v.object(described({ regencyCode: v.string(), count }, DOMICILE_FIELDS))),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
