import * as v from "valibot";
import {
  described,
  describedPicklist,
  IdSchema,
  IsoDateSchema,
  IsoInstantSchema,
  integerSchema,
  RECORD_FIELDS,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import { ACTION_ITEM_STATUSES } from "./action-item.ts";
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATES,
  SIGNATORY_ROLES,
  SIGNATORY_SIDES,
  STANDARD_COOPERATION_FIELDS,
  type StandardCooperationField,
} from "./agreement.ts";
import { RecordAccessSchema, RecordAccessShownSchema } from "./record-access.ts";
import { AGREEMENT_STATUSES, RENEWAL_ALERT_DAYS } from "./status.ts";

const STATE_DESCRIPTIONS = {
  draft: "Being drafted; its terms may still change.",
  proposed: "Sent to the partner.",
  negotiating: "Under negotiation with the partner.",
  signed: "Signed by both parties; in force between its start and end dates.",
  terminated: "Ended early, with a reason and a date.",
  withdrawn: "Abandoned before signing.",
} as const;

/** mou or pks. */
export const AgreementKindSchema = describedPicklist(
  AGREEMENT_KINDS,
  {
    mou: "Memorandum of understanding (nota kesepahaman): states intent; held by a facility or an office.",
    pks: "Cooperation agreement (perjanjian kerja sama): binds a facility and a partner to concrete work.",
  },
  "must be mou or pks",
);
/** A stored lifecycle state. */
export const AgreementStateSchema = describedPicklist(
  AGREEMENT_STATES,
  STATE_DESCRIPTIONS,
  `must be one of ${AGREEMENT_STATES.join(", ")}`,
);
/** A derived status. */
export const AgreementStatusSchema = describedPicklist(
  AGREEMENT_STATUSES,
  {
    draft: STATE_DESCRIPTIONS.draft,
    proposed: STATE_DESCRIPTIONS.proposed,
    negotiating: STATE_DESCRIPTIONS.negotiating,
    upcoming: "Signed; its start date has not come yet.",
    active: "Signed and in force.",
    expiring: "Signed and in force, ending within 90 days.",
    expired: "Signed; its end date has passed.",
    renewed: "Signed, and a successor renewing it has been signed too.",
    terminated: STATE_DESCRIPTIONS.terminated,
    withdrawn: STATE_DESCRIPTIONS.withdrawn,
  },
  `must be one of ${AGREEMENT_STATUSES.join(", ")}`,
);

const STANDARD_FIELDS: { readonly [F in StandardCooperationField]: string } = {
  health: "Health services.",
  education: "Education, including equivalency (Paket A/B/C).",
  literacy: "Literacy.",
  social: "Social services and rehabilitation.",
  manpower: "Manpower: vocational training, certification and work.",
  civil_registration: "Civil registration (Dukcapil), e.g. NIK validation and identity cards.",
  fire_safety: "Fire safety.",
  trade: "Trade: selling what inmates make.",
};

/** One of the eight standard fields of cooperation, whose coverage the reports and the dashboard measure. */
export const StandardCooperationFieldSchema = describedPicklist(
  STANDARD_COOPERATION_FIELDS,
  STANDARD_FIELDS,
  `must be one of ${STANDARD_COOPERATION_FIELDS.join(", ")}`,
);

/** A field of cooperation: a standard one (health, civil_registration, …) or another snake_case code. */
export const CooperationFieldSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9_]{1,39}$/, "must be a field code such as health or civil_registration"),
  v.metadata({
    examples: ["health", "civil_registration"],
    anyOf: [
      {
        type: "string",
        description: "A standard field; monthly reports measure its coverage by active agreements.",
        enum: [...STANDARD_COOPERATION_FIELDS],
        "x-enumDescriptions": STANDARD_COOPERATION_FIELDS.map((f) => STANDARD_FIELDS[f]),
      },
      { type: "string", description: "Another field, as a snake_case code such as environment." },
    ],
  }),
);

/** A civil servant number (NIP): 18 digits. */
export const NipSchema = v.pipe(
  v.string(),
  v.regex(/^\d{18}$/, "must be an NIP of 18 digits"),
  v.metadata({ examples: ["197001011990031001"] }),
);

/** A signatory: name, position, side, optional NIP, and whether they sign or witness (mengetahui). */
export const SignatorySchema = v.strictObject(
  described(
    {
      name: textSchema(200),
      position: textSchema(200),
      side: describedPicklist(
        SIGNATORY_SIDES,
        {
          facility: "Signs for the facility (or office, or directorate).",
          partner: "Signs for the partner.",
        },
        "must be facility or partner",
      ),
      nip: v.optional(NipSchema),
      role: v.optional(
        describedPicklist(
          SIGNATORY_ROLES,
          {
            signs: "Signs the agreement as a party's representative.",
            witnesses: "Witnesses it (mengetahui), e.g. the Bupati over a Dinas head.",
          },
          "must be signs or witnesses",
        ),
        "signs",
      ),
    },
    {
      name: "The signatory's name.",
      position: "Their position (jabatan), e.g. Wali Kota Medan or Kepala Rutan.",
      side: "Which party they sign for.",
      nip: "Their civil servant number (NIP, 18 digits), when the paper shows it.",
      role: "signs (default) or witnesses (mengetahui).",
    },
  ),
);

/** SHA-256 as 64 hex digits (stored lowercase). */
export const Sha256Schema = v.pipe(
  v.string(),
  v.regex(/^[0-9a-fA-F]{64}$/, "must be a SHA-256 digest of 64 hex digits"),
  v.toLowerCase(),
);

/** The signed document as shown on an agreement: the stored document's facts. */
export const SignedDocumentShownSchema = v.object(
  described(
    {
      documentId: v.nullable(IdSchema),
      fileName: v.string(),
      mediaType: v.string(),
      sha256: v.string(),
    },
    {
      documentId:
        "The stored document (download it from /documents/{id}/content); null for one filed before documents were stored.",
      fileName: "The file's name.",
      mediaType: "Its content type, read from its bytes.",
      sha256: "Its SHA-256, computed by the server.",
    },
  ),
);

/** A local time of day, HH:MM (24 hours). */
export const LocalTimeSchema = v.pipe(
  v.string(),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM"),
  v.metadata({ examples: ["10:30"] }),
);

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

const FIELDS = {
  ...RECORD_FIELDS,
  kind: "MoU or PKS; fixed once drafted.",
  title: "The agreement's title, e.g. PKS Pelatihan Kerja Bersertifikat.",
  facilityId: "The facility party; null only for an MoU held by a regional office.",
  regionalOfficeId: "The regional office party of an MoU (instead of a facility); null otherwise.",
  partnerIds: "The partners (a PKS binds exactly one).",
  parentMouId: "The MoU a PKS implements; null for none.",
  fields: "Its fields of cooperation.",
  facilityDocumentNumber: "The facility's (or office's) document number (nomor surat) of the agreement.",
  partnerDocumentNumber: "The partner's document number of the agreement.",
  signatories: "Who signs, or witnesses, for each side (any number per side).",
  signedDocumentId: "The stored document (uploaded to /documents) the agreement is signed as.",
  signedDocument: "The stored signed document's facts; null until there is one.",
  signedOn: "The day it was signed, in its time zone (from the paper); null until signed.",
  signedTime: "The local time it was signed (HH:MM), when known; null otherwise.",
  startDate: "The first day it is in force.",
  endDate: "The last day it is in force (a PKS runs at most three years).",
  recordAccess: "A PKS clause letting the partner read some inmates' records while it is in force.",
  renewsId: "The agreement this one renews (its predecessor); null for none.",
  state: "Its stored lifecycle state.",
  signedAt:
    "When Sinergi recorded the signing (server clock); null until then. The paper's date is signedOn.",
  terminatedOn: "The day it stops, when terminated (in force until the day before); null otherwise.",
  terminationReason: "Why it was terminated; null otherwise.",
  version: "Its version: 1, plus one for each addendum.",
  status: "Its status today in the facility's time zone (signed ones read by their dates).",
  statusDate: "The day `status` is read for (today in the facility's time zone).",
  timeZone: "The time zone its dates are read in: its facility's, or its regional office's province's.",
  renewalAlert: "The alert threshold reached (90, 30 or 7 days before the end); null when none.",
  successorId: "The agreement renewing this one, if any.",
  reason: "A note kept in the agreement's history.",
} as const;

/** Command: draft an agreement. */
export const CreateAgreementSchema = v.strictObject(
  described(
    {
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
      signedDocumentId: v.optional(IdSchema),
      startDate: v.optional(IsoDateSchema),
      endDate: v.optional(IsoDateSchema),
      recordAccess: v.optional(RecordAccessSchema),
    },
    FIELDS,
  ),
);
/** Command: draft an agreement. */
export type CreateAgreement = v.InferOutput<typeof CreateAgreementSchema>;

/** Command: edit the terms before signing (null clears an optional term; the kind is fixed). */
export const UpdateAgreementSchema = v.strictObject(
  described(
    {
      title: v.optional(textSchema(300)),
      facilityId: v.optional(v.nullable(IdSchema)),
      regionalOfficeId: v.optional(v.nullable(IdSchema)),
      partnerIds: v.optional(PartnerIds),
      parentMouId: v.optional(v.nullable(IdSchema)),
      fields: v.optional(Fields),
      facilityDocumentNumber: v.optional(v.nullable(DocumentNumberSchema)),
      partnerDocumentNumber: v.optional(v.nullable(DocumentNumberSchema)),
      signatories: v.optional(Signatories),
      signedDocumentId: v.optional(v.nullable(IdSchema)),
      startDate: v.optional(v.nullable(IsoDateSchema)),
      endDate: v.optional(v.nullable(IsoDateSchema)),
      recordAccess: v.optional(v.nullable(RecordAccessSchema)),
    },
    FIELDS,
  ),
);
/** Command: edit the terms before signing. */
export type UpdateAgreement = v.InferOutput<typeof UpdateAgreementSchema>;

/** Body of propose / negotiate / withdraw: an optional note kept in the history. */
export const AgreementMoveNoteSchema = v.strictObject(described({ reason: v.optional(Reason) }, FIELDS));
/** Body of propose / negotiate / withdraw. */
export type AgreementMoveNote = v.InferOutput<typeof AgreementMoveNoteSchema>;

const SIGNING_ENTRIES = {
  signedOn: IsoDateSchema,
  signedTime: v.optional(LocalTimeSchema),
  facilityDocumentNumber: v.optional(DocumentNumberSchema),
  partnerDocumentNumber: v.optional(DocumentNumberSchema),
  signatories: v.optional(Signatories),
  signedDocumentId: v.optional(IdSchema),
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  reason: v.optional(Reason),
};

/** Body of sign: the signing day (and time) from the paper, and the final facts not yet on the agreement. */
export const SignAgreementSchema = v.strictObject(
  described(SIGNING_ENTRIES, {
    ...FIELDS,
    signedOn: "The day it was signed, in the agreement's time zone (not in the future).",
  }),
);
/** Body of sign. */
export type SignAgreementBody = v.InferOutput<typeof SignAgreementSchema>;

/** Body of terminate: reason and the day it stops. */
export const TerminateAgreementSchema = v.strictObject(
  described(
    { reason: Reason, date: IsoDateSchema },
    {
      reason: "Why it is terminated.",
      date: "The day it stops (no longer in force from this day): not before the start or the signing day; a day to come leaves it in force until then.",
    },
  ),
);
/** Body of terminate. */
export type TerminateAgreementBody = v.InferOutput<typeof TerminateAgreementSchema>;

/** Body of renew: the successor's dates and title when not the defaults. */
export const RenewAgreementSchema = v.strictObject(
  described(
    {
      startDate: v.optional(IsoDateSchema),
      endDate: v.optional(IsoDateSchema),
      title: v.optional(textSchema(300)),
      reason: v.optional(Reason),
    },
    {
      startDate: "The successor's first day; by default the day after the predecessor's end.",
      endDate: "The successor's last day; by default the predecessor's term again.",
      title: "The successor's title; by default the predecessor's.",
      reason: FIELDS.reason,
    },
  ),
);
/** Body of renew. */
export type RenewAgreementBody = v.InferOutput<typeof RenewAgreementSchema>;

/** Agreement as the API returns it, with its status on today's date in the facility's time zone. */
/** The agreement's version number (int4 column, from 1). */
const VersionSchema = integerSchema(1);

/** Agreement as the API returns it, with its status on today's date in the facility's time zone. */
export const AgreementSchema = v.object(
  described(
    {
      id: IdSchema,
      kind: AgreementKindSchema,
      title: v.string(),
      facilityId: v.nullable(IdSchema),
      regionalOfficeId: v.nullable(IdSchema),
      partnerIds: v.array(IdSchema),
      parentMouId: v.nullable(IdSchema),
      fields: v.array(CooperationFieldSchema),
      facilityDocumentNumber: v.nullable(v.string()),
      partnerDocumentNumber: v.nullable(v.string()),
      signatories: v.array(SignatorySchema),
      signedDocumentId: v.nullable(IdSchema),
      signedDocument: v.nullable(SignedDocumentShownSchema),
      startDate: v.nullable(IsoDateSchema),
      endDate: v.nullable(IsoDateSchema),
      recordAccess: v.nullable(RecordAccessShownSchema),
      renewsId: v.nullable(IdSchema),
      state: AgreementStateSchema,
      signedAt: v.nullable(IsoInstantSchema),
      signedOn: v.nullable(IsoDateSchema),
      signedTime: v.nullable(LocalTimeSchema),
      terminatedOn: v.nullable(IsoDateSchema),
      terminationReason: v.nullable(v.string()),
      version: VersionSchema,
      status: AgreementStatusSchema,
      statusDate: IsoDateSchema,
      timeZone: v.string(),
      renewalAlert: v.nullable(
        describedPicklist(RENEWAL_ALERT_DAYS, {
          90: "90 days or fewer to the end.",
          30: "30 days or fewer to the end.",
          7: "7 days or fewer to the end.",
        }),
      ),
      successorId: v.nullable(IdSchema),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);

/** An earlier version of an agreement, as stored when an addendum superseded it. */
export const AgreementVersionSchema = v.object(
  described(
    {
      version: VersionSchema,
      current: v.boolean(),
      supersededAt: v.nullable(IsoInstantSchema),
      supersededBy: v.nullable(v.string()),
      reason: v.nullable(v.string()),
      snapshot: v.record(v.string(), v.unknown()),
    },
    {
      version: "The version number (1 for the agreement as first signed).",
      current: "True for the version in force now.",
      supersededAt: "When an addendum superseded it; null for the current one.",
      supersededBy: "Who recorded that addendum; null for the current one.",
      reason: "The addendum's reason; null for the current one.",
      snapshot: "The agreement's terms as that version read.",
    },
  ),
);

/** An amount of an action plan (numeric column; bounded so it stays exact in JSON). */
const AmountSchema = v.pipe(
  v.number("must be a number"),
  v.finite("must be finite"),
  v.gtValue(0, "must be above 0"),
  v.maxValue(1e15, "must be at most 1000000000000000"),
);

/** Target of an action item. */
export const ActionItemTargetSchema = v.strictObject(
  described(
    {
      amount: AmountSchema,
      unit: textSchema(50),
    },
    {
      amount: "How much is to be done, in `unit`s (above 0).",
      unit: "What is counted, e.g. orang or kunjungan.",
    },
  ),
);

const EVIDENCE_FIELDS = {
  label: "What the evidence is, e.g. Daftar hadir pelatihan.",
  url: "A link to it, if any.",
  documentId: "A stored document (uploaded to /documents) that proves it, if any.",
  date: "The day it happened, if known.",
} as const;

/** Evidence of realisation: a note, optionally a link, a stored document and a date. */
export const EvidenceSchema = v.strictObject(
  described(
    {
      label: textSchema(500),
      url: v.optional(v.pipe(v.string(), v.url("must be a URL"), v.maxLength(2000))),
      documentId: v.optional(IdSchema),
      date: v.optional(IsoDateSchema),
    },
    EVIDENCE_FIELDS,
  ),
);
const EvidenceList = v.pipe(v.array(EvidenceSchema), v.maxLength(100, "must have at most 100 entries"));

/** Command: add an activity to the action plan. */
const ITEM_FIELDS = {
  ...RECORD_FIELDS,
  agreementId: "The agreement whose plan it belongs to.",
  activity: "What is to be done, e.g. Pemeriksaan kesehatan WBP.",
  field: "The field of cooperation it serves.",
  target: "What counts as done: an amount of a unit.",
  dueDate: "When it is due; null when open-ended.",
  evidence: "Evidence of what was realised.",
  realisedAmount: "How much has been done so far, in the target's unit.",
  realisationShare: "Share of the target realised, 0 to 1 (overshoot counts as 1).",
  status: "Where the activity stands.",
  amount: "How much was done this time, in the target's unit (above 0).",
  reason: "A note kept in the item's history (e.g. a correction's reason).",
} as const;

/** Command: add an activity to the action plan. */
export const CreateActionItemSchema = v.strictObject(
  described(
    {
      activity: textSchema(500),
      field: CooperationFieldSchema,
      target: ActionItemTargetSchema,
      dueDate: v.optional(IsoDateSchema),
      evidence: v.optional(EvidenceList),
    },
    ITEM_FIELDS,
  ),
);
/** Command: add an activity to the action plan. */
export type CreateActionItem = v.InferOutput<typeof CreateActionItemSchema>;

/** Command: edit an activity (null clears the due date). */
export const UpdateActionItemSchema = v.strictObject(
  described(
    {
      activity: v.optional(textSchema(500)),
      field: v.optional(CooperationFieldSchema),
      target: v.optional(ActionItemTargetSchema),
      dueDate: v.optional(v.nullable(IsoDateSchema)),
      evidence: v.optional(EvidenceList),
    },
    ITEM_FIELDS,
  ),
);
/** Command: edit an activity. */
export type UpdateActionItem = v.InferOutput<typeof UpdateActionItemSchema>;

/** An addendum's change to one activity: its id and the new values. */
export const ChangeActionItemSchema = v.strictObject(
  described(
    {
      id: IdSchema,
      activity: v.optional(textSchema(500)),
      field: v.optional(CooperationFieldSchema),
      target: v.optional(ActionItemTargetSchema),
      dueDate: v.optional(v.nullable(IsoDateSchema)),
      evidence: v.optional(EvidenceList),
    },
    { ...ITEM_FIELDS, id: "The activity changed.", evidence: "Evidence added to what it has." },
  ),
);

/** Action items an addendum adds, changes (by id) or ends. */
const PlanChangesSchema = v.strictObject(
  described(
    {
      add: v.optional(v.pipe(v.array(CreateActionItemSchema), v.maxLength(100))),
      change: v.optional(v.pipe(v.array(ChangeActionItemSchema), v.maxLength(100))),
      end: v.optional(v.pipe(v.array(IdSchema), v.maxLength(100))),
    },
    {
      add: "Activities the addendum adds to the plan.",
      change: "Activities it changes, each by id with the new values.",
      end: "Ids of open activities it ends (they become cancelled; realised work stays on record).",
    },
  ),
);

/** Body of amend (addendum): reason, the signed addendum and the terms it changes. */
export const AmendAgreementSchema = v.strictObject(
  described(
    {
      reason: Reason,
      signedDocumentId: IdSchema,
      actionItems: v.optional(PlanChangesSchema),
      title: v.optional(textSchema(300)),
      fields: v.optional(Fields),
      facilityDocumentNumber: v.optional(DocumentNumberSchema),
      partnerDocumentNumber: v.optional(DocumentNumberSchema),
      signatories: v.optional(Signatories),
      startDate: v.optional(IsoDateSchema),
      endDate: v.optional(IsoDateSchema),
      recordAccess: v.optional(v.nullable(RecordAccessSchema)),
    },
    {
      ...FIELDS,
      reason: "What the addendum changes and why.",
      signedDocumentId: "The signed addendum, a stored document.",
      actionItems: "What the addendum does to the action plan.",
    },
  ),
);
/** Body of amend. */
export type AmendAgreementBody = v.InferOutput<typeof AmendAgreementSchema>;

/** Command: correct the realised amount (an adjustment, kept in the item's history). */
export const AdjustRealisationSchema = v.strictObject(
  described(
    {
      realisedAmount: v.pipe(
        v.number("must be a number"),
        v.finite("must be finite"),
        v.minValue(0, "must be at least 0"),
        v.maxValue(1e15, "must be at most 1000000000000000"),
      ),
      reason: Reason,
      evidence: v.optional(EvidenceList),
    },
    {
      realisedAmount: "The corrected total realised so far, in the target's unit.",
      reason: "Why the realised amount is corrected.",
      evidence: "What proves the corrected amount.",
    },
  ),
);
/** Command: correct the realised amount. */
export type AdjustRealisationBody = v.InferOutput<typeof AdjustRealisationSchema>;

/** A kept correction of an activity's realised amount. */
export const RealisationAdjustmentSchema = v.object(
  described(
    {
      id: IdSchema,
      actionItemId: IdSchema,
      previousAmount: v.pipe(v.number(), v.minValue(0)),
      realisedAmount: v.pipe(v.number(), v.minValue(0)),
      reason: v.string(),
      evidence: v.array(EvidenceSchema),
      at: IsoInstantSchema,
      actor: v.string(),
    },
    {
      id: "The adjustment's id.",
      actionItemId: "The activity corrected.",
      previousAmount: "The realised amount before the correction.",
      realisedAmount: "The realised amount after it.",
      reason: "Why it was corrected.",
      evidence: "What proves the corrected amount.",
      at: "When the correction was recorded.",
      actor: "Who recorded it.",
    },
  ),
);

/** Command: record realised work. */
export const RecordRealisationSchema = v.strictObject(
  described(
    {
      amount: AmountSchema,
      evidence: v.optional(EvidenceList),
      reason: v.optional(Reason),
    },
    ITEM_FIELDS,
  ),
);
/** Command: record realised work. */
export type RecordRealisationBody = v.InferOutput<typeof RecordRealisationSchema>;

/** An action item's status as the API accepts and returns it. */
export const ActionItemStatusSchema = describedPicklist(
  ACTION_ITEM_STATUSES,
  {
    planned: "Nothing realised yet.",
    in_progress: "Partly realised.",
    done: "Target reached, or closed by hand.",
    cancelled: "Cancelled; left out of the plan's realisation.",
  },
  `must be one of ${ACTION_ITEM_STATUSES.join(", ")}`,
);

/** Action item as the API returns it. */
export const ActionItemSchema = v.object(
  described(
    {
      id: IdSchema,
      agreementId: IdSchema,
      activity: v.string(),
      field: CooperationFieldSchema,
      target: ActionItemTargetSchema,
      dueDate: v.nullable(IsoDateSchema),
      realisedAmount: v.pipe(v.number(), v.minValue(0)),
      realisationShare: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      evidence: v.array(
        v.object(
          described(
            {
              label: v.string(),
              url: v.optional(v.string()),
              documentId: v.optional(IdSchema),
              date: v.optional(IsoDateSchema),
            },
            EVIDENCE_FIELDS,
          ),
        ),
      ),
      status: ActionItemStatusSchema,
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    ITEM_FIELDS,
  ),
);

/**
 * Command: record an agreement already signed on paper, in one call: the terms, every signing fact
 * (both document numbers, signatories, the stored signed document, dates, the signing day and time)
 * and its action plan.
 */
export const RecordAgreementSchema = v.strictObject(
  described(
    {
      ...CreateAgreementSchema.entries,
      signedOn: IsoDateSchema,
      signedTime: v.optional(LocalTimeSchema),
      facilityDocumentNumber: DocumentNumberSchema,
      partnerDocumentNumber: DocumentNumberSchema,
      signatories: Signatories,
      signedDocumentId: IdSchema,
      startDate: IsoDateSchema,
      endDate: IsoDateSchema,
      actionItems: v.optional(
        v.pipe(v.array(CreateActionItemSchema), v.maxLength(200, "must have at most 200 items")),
      ),
      reason: v.optional(Reason),
    },
    {
      ...FIELDS,
      signedOn: "The day it was signed, in the agreement's time zone (not in the future).",
      actionItems: "Its action plan (rencana aksi), as signed.",
    },
  ),
);
/** Command: record an agreement already signed. */
export type RecordAgreement = v.InferOutput<typeof RecordAgreementSchema>;
