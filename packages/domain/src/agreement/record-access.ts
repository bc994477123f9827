import * as v from "valibot";
import { assertNever, domainError } from "../shared/result.ts";
import { described, describedPicklist } from "../shared/schemas.ts";
import type { AgreementTerms } from "./agreement.ts";
import type { AgreementError } from "./errors.ts";

/**
 * Whose individual records a PKS lets its partner read while it is in force: the facility's inmates
 * domiciled in the partner's area (a Pemkot's civil registration or social service), or the inmates
 * enrolled in cohorts the partner teaches or certifies (a BLK, an LSP).
 */
export const RECORD_ACCESS_COVERS = ["area_residents", "participants"] as const;
/** Whose records a grant covers. */
export type RecordAccessCovers = (typeof RECORD_ACCESS_COVERS)[number];

/** A clause of a PKS granting its partner read access to some inmates' records. */
export interface RecordAccess {
  readonly covers: RecordAccessCovers;
  /** NIK and birth date unmasked too (Dukcapil needs the NIK; most partners need only names). */
  readonly personalData: boolean;
}

const COVERS = describedPicklist(
  RECORD_ACCESS_COVERS,
  {
    area_residents:
      "The facility's inmates domiciled in the partner's area (e.g. a city's civil registration).",
    participants: "The inmates enrolled in cohorts the partner teaches or certifies (a BLK, an LSP).",
  },
  `must be one of ${RECORD_ACCESS_COVERS.join(", ")}`,
);
const FIELDS = {
  covers: "Whose records the partner may read while the PKS is in force.",
  personalData: "Whether NIK and birth date are shown unmasked too (Dukcapil needs the NIK).",
} as const;

/** A record-access clause as the API accepts it (personal data off unless said). */
export const RecordAccessSchema = v.strictObject(
  described(
    {
      covers: COVERS,
      personalData: v.optional(v.boolean("must be true or false"), false),
    },
    FIELDS,
  ),
);

/** A record-access clause as the API returns it. */
export const RecordAccessShownSchema = v.object(
  described({ covers: COVERS, personalData: v.boolean() }, FIELDS),
);

/** Only a PKS grants record access: it binds one facility and one partner, an MoU states intent. */
export function checkRecordAccess(
  t: Pick<AgreementTerms, "kind" | "recordAccess">,
): AgreementError | undefined {
  if (t.recordAccess !== null && t.kind !== "pks")
    return domainError("agreement/invalid-record-access", "only a PKS can grant access to inmate records", {
      field: "recordAccess",
    });
  return undefined;
}

/** True when a regency/city code (`12.71`) lies in an area: the same regency, or inside a province (`12`). */
export function areaContains(areaCode: string, regencyCode: string | null): boolean {
  if (regencyCode === null) return false;
  return regencyCode === areaCode || regencyCode.startsWith(`${areaCode}.`);
}

/** What a grant is checked against for one inmate. */
export interface RecordAccessFacts {
  /** The inmate's effective domicile (recorded, else from the NIK). */
  readonly domicileRegencyCode: string | null;
  /** The partner's area (province or regency/city); null when it has none. */
  readonly partnerAreaCode: string | null;
  /** True when the inmate is (or was) enrolled in a cohort the partner teaches or certifies. */
  readonly participant: boolean;
}

/** True when an in-force grant covers this inmate. */
export function grantCovers(grant: RecordAccess, facts: RecordAccessFacts): boolean {
  switch (grant.covers) {
    case "area_residents":
      return facts.partnerAreaCode !== null && areaContains(facts.partnerAreaCode, facts.domicileRegencyCode);
    case "participants":
      return facts.participant;
    default:
      return assertNever(grant.covers);
  }
}
