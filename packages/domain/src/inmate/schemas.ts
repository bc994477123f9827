import * as v from "valibot";
import { isIsoDate } from "../shared/dates.ts";
import {
  IdSchema,
  IsoDateSchema,
  IsoInstantSchema,
  RegencyCodeSchema,
  textSchema,
} from "../shared/schemas.ts";
import { LEGAL_STATUSES, NIK_VALIDATIONS, SEXES } from "./inmate.ts";

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
export const SexSchema = v.picklist(SEXES, "must be male or female");
/** detainee or convict. */
export const LegalStatusSchema = v.picklist(LEGAL_STATUSES, "must be detainee or convict");
/** unverified, valid or invalid. */
export const NikValidationSchema = v.picklist(NIK_VALIDATIONS, "must be unverified, valid or invalid");

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
export const CreateInmateSchema = v.strictObject({
  facilityId: IdSchema,
  ...editable,
  nik: v.optional(NikInputSchema),
  domicileRegencyCode: v.optional(RegencyCodeSchema),
  expectedReleaseDate: v.optional(IsoDateSchema),
});
/** Command: register an inmate. */
export type CreateInmate = v.InferOutput<typeof CreateInmateSchema>;

/** Command: change an inmate (any subset; null clears NIK, domicile or expected release). */
export const UpdateInmateSchema = v.strictObject({
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
});
/** Command: change an inmate. */
export type UpdateInmate = v.InferOutput<typeof UpdateInmateSchema>;

/** An inmate as the API returns it (NIK and birth date masked in lists). */
export const InmateSchema = v.object({
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
  admissionDate: IsoDateSchema,
  expectedReleaseDate: v.nullable(IsoDateSchema),
  nikValidation: NikValidationSchema,
  personalDataMasked: v.boolean(),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
