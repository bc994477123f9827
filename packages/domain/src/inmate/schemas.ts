import * as v from "valibot";
import { isIsoDate } from "../shared/dates.ts";
import {
  described,
  describedPicklist,
  IdSchema,
  IsoDateSchema,
  IsoInstantSchema,
  RECORD_FIELDS,
  RegencyCodeSchema,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import { LEGAL_STATUSES, NIK_VALIDATIONS, SEXES } from "./inmate.ts";
import { SentenceDatesSchema, SentenceFactsOutputSchema, SentenceFactsSchema } from "./sentence-schemas.ts";

// Personal data: every message is custom so valibot never echoes the received value.
/** A NIK as input: a string; its rules (16 digits, area, birth date, sex) are checked by the domain. */
export const NikInputSchema = v.pipe(
  v.string("must be a string of 16 digits"),
  v.maxLength(32, "must be 16 digits"),
);

/** A birth date as input (personal data: the messages never repeat the value). */
export const BirthDateSchema = v.pipe(
  v.string("must be a date in YYYY-MM-DD form"),
  v.check(isIsoDate, "must be a real calendar date in YYYY-MM-DD form"),
  v.metadata({ format: "date" }),
);

/** male or female. */
export const SexSchema = describedPicklist(
  SEXES,
  { male: "Male.", female: "Female (the NIK's birth day is then 40 more than the day)." },
  "must be male or female",
);
/** detainee or convict. */
export const LegalStatusSchema = describedPicklist(
  LEGAL_STATUSES,
  { detainee: "Tahanan: held on remand, not yet sentenced.", convict: "Narapidana: serving a sentence." },
  "must be detainee or convict",
);
/** unverified, valid or invalid. */
export const NikValidationSchema = describedPicklist(
  NIK_VALIDATIONS,
  {
    unverified: "Not yet checked with the civil registry (Dukcapil).",
    valid: "Dukcapil confirmed the NIK.",
    invalid: "Dukcapil did not confirm it; the NIK is kept and flagged.",
  },
  "must be unverified, valid or invalid",
);

/** record or nik. */
export const DomicileSourceSchema = describedPicklist(
  ["record", "nik"],
  {
    record: "The domicile recorded by the facility.",
    nik: "No domicile recorded: the regency the NIK was first registered in.",
  },
  "must be record or nik",
);

/** sex or birthDate. */
export const NikDiscrepancySchema = describedPicklist(
  ["sex", "birthDate"],
  { sex: "The NIK encodes the other sex.", birthDate: "The NIK encodes another birth date." },
  "must be sex or birthDate",
);

const FIELDS = {
  ...RECORD_FIELDS,
  facilityId: "The facility holding the inmate; fixed once registered.",
  registrationNumber: "The facility's registration number of the inmate, e.g. BI.123/2026.",
  name: "The inmate's name.",
  nik: "The 16-digit national identity number (NIK): personal data, masked unless the caller may see it.",
  sex: "The inmate's sex; must agree with the NIK.",
  birthDate: "Date of birth: personal data, masked unless the caller may see it; must agree with the NIK.",
  legalStatus: "Remand detainee or convict.",
  domicileRegencyCode: "Kemendagri code of the regency or city the inmate lives in, as recorded.",
  domicile:
    "The effective domicile: the recorded one; only when none is recorded, the regency the NIK was first " +
    "registered in, under today's code (a pre-2022 Merauke NIK reads 93.01).",
  domicileSource:
    "Where `domicile` comes from: record, or nik (the place of first registration); null when unknown.",
  admissionDate: "The day the inmate was admitted.",
  expectedReleaseDate:
    "The day release is expected: computed from the sentence facts when they are recorded (then it cannot " +
    "be set), else as recorded; null when unknown.",
  nikValidation: "The outcome of the NIK's check with the civil registry.",
  nikDiscrepancies:
    "Fields of the record a Dukcapil-validated NIK disagrees with (sex, birthDate): kept and flagged for " +
    "someone to correct the record; empty otherwise.",
  sentence: "Sentence start, length and remissions granted; null while unknown.",
  sentenceDates:
    "The ½ and ⅔ dates and the expected release computed from the sentence facts; null without them.",
  personalDataMasked: "True when NIK and birth date are shown masked to this caller.",
} as const;

const editable = {
  registrationNumber: textSchema(60),
  name: textSchema(200),
  sex: SexSchema,
  birthDate: BirthDateSchema,
  legalStatus: LegalStatusSchema,
  admissionDate: IsoDateSchema,
  nikValidation: v.optional(NikValidationSchema),
};

/** Command: register an inmate. */
export const CreateInmateSchema = v.strictObject(
  described(
    {
      facilityId: IdSchema,
      ...editable,
      nik: v.optional(NikInputSchema),
      domicileRegencyCode: v.optional(RegencyCodeSchema),
      expectedReleaseDate: v.optional(IsoDateSchema),
      sentence: v.optional(SentenceFactsSchema),
    },
    FIELDS,
  ),
);
/** Command: register an inmate. */
export type CreateInmate = v.InferOutput<typeof CreateInmateSchema>;

/** Command: change an inmate (any subset; null clears NIK, domicile or expected release). */
export const UpdateInmateSchema = v.strictObject(
  described(
    {
      registrationNumber: v.optional(editable.registrationNumber),
      name: v.optional(editable.name),
      sex: v.optional(SexSchema),
      birthDate: v.optional(BirthDateSchema),
      legalStatus: v.optional(LegalStatusSchema),
      admissionDate: v.optional(IsoDateSchema),
      nikValidation: v.optional(NikValidationSchema),
      nik: v.optional(v.nullable(NikInputSchema)),
      domicileRegencyCode: v.optional(v.nullable(RegencyCodeSchema)),
      expectedReleaseDate: v.optional(v.nullable(IsoDateSchema)),
      sentence: v.optional(v.nullable(SentenceFactsSchema)),
    },
    FIELDS,
  ),
);
/** Command: change an inmate. */
export type UpdateInmate = v.InferOutput<typeof UpdateInmateSchema>;

/** An inmate as the API returns it (NIK and birth date masked in lists). */
export const InmateSchema = v.object(
  described(
    {
      id: IdSchema,
      facilityId: IdSchema,
      registrationNumber: v.string(),
      name: v.string(),
      nik: v.nullable(v.string()),
      sex: SexSchema,
      birthDate: v.string(),
      legalStatus: LegalStatusSchema,
      domicileRegencyCode: v.nullable(v.string()),
      /** The effective domicile: recorded, else from the NIK. */
      domicile: v.nullable(v.string()),
      domicileSource: v.nullable(DomicileSourceSchema),
      admissionDate: IsoDateSchema,
      expectedReleaseDate: v.nullable(IsoDateSchema),
      nikValidation: NikValidationSchema,
      nikDiscrepancies: v.array(NikDiscrepancySchema),
      sentence: v.nullable(SentenceFactsOutputSchema),
      sentenceDates: v.nullable(SentenceDatesSchema),
      personalDataMasked: v.boolean(),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
