import * as v from "valibot";
import { IdSchema, IsoInstantSchema, textSchema } from "../shared/schemas.ts";
import { PROGRAM_TRACKS } from "./program.ts";

/** vocational or personal_development. */
export const ProgramTrackSchema = v.picklist(PROGRAM_TRACKS, "must be vocational or personal_development");

/** A training field code, snake_case (`barbershop`, `tempe_production`). */
export const TrainingFieldSchema = v.pipe(
  v.string("must be a field code"),
  v.regex(/^[a-z][a-z0-9_]{1,39}$/, "must be a field code such as barbershop or literacy"),
);

/** Share of sessions to attend, in (0, 1]. */
export const AttendanceShareSchema = v.pipe(
  v.number("must be a number"),
  v.gtValue(0, "must be more than 0"),
  v.maxValue(1, "must be at most 1"),
);

/** A competency unit: code and title. */
export const CompetencyUnitSchema = v.strictObject({
  code: textSchema(60),
  title: textSchema(300),
});

/** A certification scheme. */
export const CertificationSchemeSchema = v.strictObject({
  issuerPartnerId: IdSchema,
  name: textSchema(300),
  competencyUnits: v.pipe(
    v.array(CompetencyUnitSchema),
    v.minLength(1, "must list at least one competency unit"),
    v.maxLength(100, "must list at most 100 competency units"),
  ),
  level: v.optional(textSchema(60)),
  validityMonths: v.pipe(
    v.number("must be a number of months"),
    v.integer("must be a whole number of months"),
    v.minValue(1, "must be at least 1"),
    v.maxValue(240, "must be at most 240"),
  ),
});

/** Command: create a program. */
export const CreateProgramSchema = v.strictObject({
  name: textSchema(200),
  track: ProgramTrackSchema,
  field: TrainingFieldSchema,
  providerPartnerId: v.optional(IdSchema),
  fundingAgreementId: v.optional(IdSchema),
  minAttendanceShare: v.optional(AttendanceShareSchema),
  certificationScheme: v.optional(CertificationSchemeSchema),
});
/** Command: create a program. */
export type CreateProgram = v.InferOutput<typeof CreateProgramSchema>;

/** Command: change a program (any subset; null clears provider, agreement or scheme). */
export const UpdateProgramSchema = v.strictObject({
  name: v.optional(textSchema(200)),
  track: v.optional(ProgramTrackSchema),
  field: v.optional(TrainingFieldSchema),
  providerPartnerId: v.optional(v.nullable(IdSchema)),
  fundingAgreementId: v.optional(v.nullable(IdSchema)),
  minAttendanceShare: v.optional(AttendanceShareSchema),
  certificationScheme: v.optional(v.nullable(CertificationSchemeSchema)),
});
/** Command: change a program. */
export type UpdateProgram = v.InferOutput<typeof UpdateProgramSchema>;

/** A program as the API returns it. */
export const ProgramSchema = v.object({
  id: IdSchema,
  name: v.string(),
  track: ProgramTrackSchema,
  field: v.string(),
  providerPartnerId: v.nullable(IdSchema),
  fundingAgreementId: v.nullable(IdSchema),
  minAttendanceShare: v.number(),
  certificationScheme: v.nullable(
    v.object({
      issuerPartnerId: IdSchema,
      name: v.string(),
      competencyUnits: v.array(v.object({ code: v.string(), title: v.string() })),
      level: v.optional(v.string()),
      validityMonths: v.number(),
    }),
  ),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
