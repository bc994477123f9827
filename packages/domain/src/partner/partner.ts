import * as v from "valibot";
import { CooperationFieldSchema } from "../agreement/schemas.ts";
import {
  AreaCodeSchema,
  ContactSchema,
  described,
  describedPicklist,
  IdSchema,
  IsoInstantSchema,
  RECORD_FIELDS,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import type { PartnerErrorCode } from "./errors.ts";

/** What kind of body a partner is (Pemda/Pemko, a Dinas, a BLK, an LSP, …). */
export const PARTNER_KINDS = [
  "local_government",
  "government_agency",
  "training_provider",
  "certification_body",
  "ngo",
  "business",
  "other",
] as const;
/** Partner kind. */
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** A partner of a facility. */
export interface Partner {
  readonly id: string;
  readonly kind: PartnerKind;
  readonly name: string;
  /** The local government a Dinas belongs to. */
  readonly parentId: string | null;
  readonly areaCode: string | null;
  readonly contacts: readonly v.InferOutput<typeof ContactSchema>[];
  readonly fields: readonly string[];
  /** The regional office whose register holds it; null: the national register. */
  readonly ownerRegionalOfficeId: string | null;
}

const FIELDS = {
  ...RECORD_FIELDS,
  kind: "What kind of body the partner is.",
  name: "The partner's name, e.g. Pemerintah Kota Medan or Dinas Ketenagakerjaan Kota Medan.",
  parentId: "The local government (or agency) this one belongs to, e.g. a Dinas's Pemkot; null for none.",
  areaCode: "Kemendagri code of the area it serves (province or regency/city); null for national bodies.",
  contacts: "People or offices to contact at the partner.",
  fields: "Its fields of cooperation, each listed once.",
  ownerRegionalOfficeId:
    "The regional office (Kanwil) whose register holds it and alone may edit it; null: the national register (BNSP, a ministry), edited by national admins. Left out on create, it is the caller's own register.",
} as const;

/** A partner kind as the API accepts and returns it. */
export const PartnerKindSchema = describedPicklist(
  PARTNER_KINDS,
  {
    local_government: "A regency or city government (Pemkab, Pemkot/Pemko) or a province's (Pemprov).",
    government_agency: "A government agency (Dinas, SKPD, OPD, a ministry, BNSP), usually under a parent.",
    training_provider: "A training centre (BLK) or other provider of training.",
    certification_body: "A certification body (LSP licensed by BNSP) issuing competency certificates.",
    ngo: "A non-governmental or community organisation.",
    business: "A company.",
    other: "Any other body.",
  },
  "must be a known partner kind",
);

const fields = {
  kind: PartnerKindSchema,
  name: textSchema(300),
  parentId: v.nullable(IdSchema),
  areaCode: v.nullable(AreaCodeSchema),
  contacts: v.pipe(v.array(ContactSchema), v.maxLength(20)),
  fields: v.pipe(
    v.array(CooperationFieldSchema),
    v.maxLength(20),
    v.check((f) => new Set(f).size === f.length, "must not repeat a field"),
  ),
};

/** Command: create a partner. */
export const CreatePartnerSchema = v.strictObject(
  described(
    {
      ...fields,
      parentId: v.optional(fields.parentId, null),
      areaCode: v.optional(fields.areaCode, null),
      contacts: v.optional(fields.contacts, []),
      fields: v.optional(fields.fields, []),
      ownerRegionalOfficeId: v.optional(v.nullable(IdSchema)),
    },
    FIELDS,
  ),
);
/** Command: create a partner. */
export type CreatePartner = v.InferOutput<typeof CreatePartnerSchema>;

/** Command: change some of a partner's fields. */
export const UpdatePartnerSchema = v.partial(v.strictObject(described(fields, FIELDS)));
/** Command: change some of a partner's fields. */
export type UpdatePartner = v.InferOutput<typeof UpdatePartnerSchema>;

/**
 * A parent must be a local government or agency and must not be the partner itself or one of its
 * descendants (`ancestorsOfParent` lists the proposed parent's chain upwards).
 */
export function checkParent(
  partnerId: string | null,
  parent: { id: string; kind: PartnerKind } | null,
  ancestorsOfParent: readonly string[],
): PartnerErrorCode | null {
  if (parent === null) return null;
  if (partnerId !== null && (parent.id === partnerId || ancestorsOfParent.includes(partnerId)))
    return "partner/parent-cycle";
  if (parent.kind !== "local_government" && parent.kind !== "government_agency") return "partner/parent-kind";
  return null;
}

/** A partner as the API returns it. */
export const PartnerSchema = v.object(
  described(
    {
      id: IdSchema,
      ...fields,
      ownerRegionalOfficeId: v.nullable(IdSchema),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
