import * as v from "valibot";
import { IdSchema, IsoDateSchema, IsoInstantSchema, textSchema } from "../shared/schemas.ts";
import { ACTION_ITEM_STATUSES } from "./action-item.ts";
import { AGREEMENT_KINDS, AGREEMENT_STATES, SIGNATORY_SIDES } from "./agreement.ts";
import { RECORD_ACCESS_COVERS, RecordAccessSchema } from "./record-access.ts";
import { AGREEMENT_STATUSES, RENEWAL_ALERT_DAYS } from "./status.ts";

/** mou or pks. */
export const AgreementKindSchema = v.picklist(AGREEMENT_KINDS, "must be mou or pks");
/** A stored lifecycle state. */
export const AgreementStateSchema = v.picklist(
  AGREEMENT_STATES,
  `must be one of ${AGREEMENT_STATES.join(", ")}`,
);
/** A derived status. */
export const AgreementStatusSchema = v.picklist(
  AGREEMENT_STATUSES,
  `must be one of ${AGREEMENT_STATUSES.join(", ")}`,
);

/** A field of cooperation: a standard one (health, civil_registration, …) or another snake_case code. */
export const CooperationFieldSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9_]{1,39}$/, "must be a field code such as health or civil_registration"),
);

/** A signatory: name, title and the side signed for. */
export const SignatorySchema = v.strictObject({
  name: textSchema(200),
  title: textSchema(200),
  side: v.picklist(SIGNATORY_SIDES, "must be facility or partner"),
});

/** SHA-256 as 64 hex digits (stored lowercase). */
export const Sha256Schema = v.pipe(
  v.string(),
  v.regex(/^[0-9a-fA-F]{64}$/, "must be a SHA-256 digest of 64 hex digits"),
  v.toLowerCase(),
);

/** The signed document: file name, media type, SHA-256. */
export const SignedDocumentSchema = v.strictObject({
  fileName: textSchema(255),
  mediaType: v.pipe(
    v.string(),
    v.regex(
      /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i,
      "must be a media type such as application/pdf",
    ),
  ),
  sha256: Sha256Schema,
});

/** A party's document number (nomor surat). */
export const DocumentNumberSchema = textSchema(100);

const Signatories = v.pipe(v.array(SignatorySchema), v.maxLength(20, "must have at most 20 signatories"));
const Fields = v.pipe(v.array(CooperationFieldSchema), v.maxLength(30, "must have at most 30 fields"));
const PartnerIds = v.pipe(
  v.array(IdSchema),
  v.minLength(1, "must name at least one partner"),
  v.maxLength(50, "must have at most 50 partners"),
);
const Reason = textSchema(1000);

/** Command: draft an agreement. */
export const CreateAgreementSchema = v.strictObject({
  kind: AgreementKindSchema,
  title: textSchema(300),
  facilityId: v.optional(IdSchema),
  regionalOfficeId: v.optional(IdSchema),
  partnerIds: PartnerIds,
  parentMouId: v.optional(IdSchema),
  fields: v.optional(Fields),
  facilityDocumentNumber: v.optional(DocumentNumberSchema),
  partnerDocumentNumber: v.optional(DocumentNumberSchema),
  signatories: v.optional(Signatories),
  signedDocument: v.optional(SignedDocumentSchema),
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  recordAccess: v.optional(RecordAccessSchema),
});
/** Command: draft an agreement. */
export type CreateAgreement = v.InferOutput<typeof CreateAgreementSchema>;

/** Command: edit the terms before signing (null clears an optional term; the kind is fixed). */
export const UpdateAgreementSchema = v.strictObject({
  title: v.optional(textSchema(300)),
  facilityId: v.optional(v.nullable(IdSchema)),
  regionalOfficeId: v.optional(v.nullable(IdSchema)),
  partnerIds: v.optional(PartnerIds),
  parentMouId: v.optional(v.nullable(IdSchema)),
  fields: v.optional(Fields),
  facilityDocumentNumber: v.optional(v.nullable(DocumentNumberSchema)),
  partnerDocumentNumber: v.optional(v.nullable(DocumentNumberSchema)),
  signatories: v.optional(Signatories),
  signedDocument: v.optional(v.nullable(SignedDocumentSchema)),
  startDate: v.optional(v.nullable(IsoDateSchema)),
  endDate: v.optional(v.nullable(IsoDateSchema)),
  recordAccess: v.optional(v.nullable(RecordAccessSchema)),
});
/** Command: edit the terms before signing. */
export type UpdateAgreement = v.InferOutput<typeof UpdateAgreementSchema>;

/** Body of propose / negotiate / withdraw: an optional note kept in the history. */
export const AgreementMoveNoteSchema = v.strictObject({ reason: v.optional(Reason) });
/** Body of propose / negotiate / withdraw. */
export type AgreementMoveNote = v.InferOutput<typeof AgreementMoveNoteSchema>;

/** Body of sign: the final facts, if not already on the agreement. */
export const SignAgreementSchema = v.strictObject({
  facilityDocumentNumber: v.optional(DocumentNumberSchema),
  partnerDocumentNumber: v.optional(DocumentNumberSchema),
  signatories: v.optional(Signatories),
  signedDocument: v.optional(SignedDocumentSchema),
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  reason: v.optional(Reason),
});
/** Body of sign. */
export type SignAgreementBody = v.InferOutput<typeof SignAgreementSchema>;

/** Body of terminate: reason and the day it stops. */
export const TerminateAgreementSchema = v.strictObject({ reason: Reason, date: IsoDateSchema });
/** Body of terminate. */
export type TerminateAgreementBody = v.InferOutput<typeof TerminateAgreementSchema>;

/** Body of renew: the successor's dates and title when not the defaults. */
export const RenewAgreementSchema = v.strictObject({
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  title: v.optional(textSchema(300)),
  reason: v.optional(Reason),
});
/** Body of renew. */
export type RenewAgreementBody = v.InferOutput<typeof RenewAgreementSchema>;

/** Body of amend (addendum): reason, the signed addendum and the terms it changes. */
export const AmendAgreementSchema = v.strictObject({
  reason: Reason,
  signedDocument: SignedDocumentSchema,
  title: v.optional(textSchema(300)),
  fields: v.optional(Fields),
  facilityDocumentNumber: v.optional(DocumentNumberSchema),
  partnerDocumentNumber: v.optional(DocumentNumberSchema),
  signatories: v.optional(Signatories),
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  recordAccess: v.optional(v.nullable(RecordAccessSchema)),
});
/** Body of amend. */
export type AmendAgreementBody = v.InferOutput<typeof AmendAgreementSchema>;

/** Agreement as the API returns it, with its status on today's date in the facility's time zone. */
export const AgreementSchema = v.object({
  id: IdSchema,
  kind: AgreementKindSchema,
  title: v.string(),
  facilityId: v.nullable(IdSchema),
  regionalOfficeId: v.nullable(IdSchema),
  partnerIds: v.array(IdSchema),
  parentMouId: v.nullable(IdSchema),
  fields: v.array(v.string()),
  facilityDocumentNumber: v.nullable(v.string()),
  partnerDocumentNumber: v.nullable(v.string()),
  signatories: v.array(SignatorySchema),
  signedDocument: v.nullable(SignedDocumentSchema),
  startDate: v.nullable(IsoDateSchema),
  endDate: v.nullable(IsoDateSchema),
  recordAccess: v.nullable(v.object({ covers: v.picklist(RECORD_ACCESS_COVERS), personalData: v.boolean() })),
  renewsId: v.nullable(IdSchema),
  state: AgreementStateSchema,
  signedAt: v.nullable(IsoInstantSchema),
  terminatedOn: v.nullable(IsoDateSchema),
  terminationReason: v.nullable(v.string()),
  version: v.number(),
  status: AgreementStatusSchema,
  statusDate: IsoDateSchema,
  timeZone: v.string(),
  renewalAlert: v.nullable(v.picklist(RENEWAL_ALERT_DAYS)),
  successorId: v.nullable(IdSchema),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});

/** An earlier version of an agreement, as stored when an addendum superseded it. */
export const AgreementVersionSchema = v.object({
  version: v.number(),
  current: v.boolean(),
  supersededAt: v.nullable(IsoInstantSchema),
  supersededBy: v.nullable(v.string()),
  reason: v.nullable(v.string()),
  snapshot: v.record(v.string(), v.unknown()),
});

/** Target of an action item. */
export const ActionItemTargetSchema = v.strictObject({
  amount: v.pipe(v.number("must be a number"), v.finite("must be finite"), v.gtValue(0, "must be above 0")),
  unit: textSchema(50),
});

/** Evidence of realisation: a note, optionally a link and a date. */
export const EvidenceSchema = v.strictObject({
  label: textSchema(500),
  url: v.optional(v.pipe(v.string(), v.url("must be a URL"), v.maxLength(2000))),
  date: v.optional(IsoDateSchema),
});
const EvidenceList = v.pipe(v.array(EvidenceSchema), v.maxLength(100, "must have at most 100 entries"));

/** Command: add an activity to the action plan. */
export const CreateActionItemSchema = v.strictObject({
  activity: textSchema(500),
  field: CooperationFieldSchema,
  target: ActionItemTargetSchema,
  dueDate: v.optional(IsoDateSchema),
  evidence: v.optional(EvidenceList),
});
/** Command: add an activity to the action plan. */
export type CreateActionItem = v.InferOutput<typeof CreateActionItemSchema>;

/** Command: edit an activity (null clears the due date). */
export const UpdateActionItemSchema = v.strictObject({
  activity: v.optional(textSchema(500)),
  field: v.optional(CooperationFieldSchema),
  target: v.optional(ActionItemTargetSchema),
  dueDate: v.optional(v.nullable(IsoDateSchema)),
  evidence: v.optional(EvidenceList),
});
/** Command: edit an activity. */
export type UpdateActionItem = v.InferOutput<typeof UpdateActionItemSchema>;

/** Command: record realised work. */
export const RecordRealisationSchema = v.strictObject({
  amount: v.pipe(v.number("must be a number"), v.finite("must be finite"), v.gtValue(0, "must be above 0")),
  evidence: v.optional(EvidenceList),
  reason: v.optional(Reason),
});
/** Command: record realised work. */
export type RecordRealisationBody = v.InferOutput<typeof RecordRealisationSchema>;

/** Action item as the API returns it. */
export const ActionItemSchema = v.object({
  id: IdSchema,
  agreementId: IdSchema,
  activity: v.string(),
  field: v.string(),
  target: v.object({ amount: v.number(), unit: v.string() }),
  dueDate: v.nullable(IsoDateSchema),
  realisedAmount: v.number(),
  realisationShare: v.number(),
  evidence: v.array(
    v.object({ label: v.string(), url: v.optional(v.string()), date: v.optional(v.string()) }),
  ),
  status: v.picklist(ACTION_ITEM_STATUSES),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
