import * as v from "valibot";
import {
  described,
  describedPicklist,
  IdSchema,
  IsoInstantSchema,
  integerSchema,
  RECORD_FIELDS,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import { KKNI_LEVEL_MAX, PROGRAM_TRACKS, SCHEME_TYPES } from "./program.ts";

/** vocational or personal_development. */
export const ProgramTrackSchema = describedPicklist(
  PROGRAM_TRACKS,
  {
    vocational: "Pembinaan kemandirian: work skills such as barbering, baking, welding or farming.",
    personal_development: "Pembinaan kepribadian: literacy, education, religion, health, civic life.",
  },
  "must be vocational or personal_development",
);

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

/** The descriptions of a competency unit's fields. */
export const UNIT_FIELDS = {
  code: "The unit's SKKNI code, e.g. I.56PAR00.001.2 (upper-case letters and digits in dotted parts).",
  title: "The unit's title, as the SKKNI words it.",
} as const;

/**
 * An SKKNI unit code: dotted parts of upper-case letters and digits, three to five of them. Both the
 * current form (`I.56PAR00.001.2`, `C.10ROT00.001.1`) and the older one (`PAR.HT01.001.01`) pass.
 */
export const SKKNI_UNIT_CODE = /^[A-Z0-9]{1,10}(\.[A-Z0-9]{1,12}){2,4}$/;

/** An SKKNI unit code. */
export const UnitCodeSchema = v.pipe(
  v.string("must be an SKKNI unit code"),
  v.regex(SKKNI_UNIT_CODE, "must be an SKKNI unit code such as I.56PAR00.001.2"),
);

/** A competency unit: code and title. */
export const CompetencyUnitSchema = v.strictObject(
  described(
    {
      code: UnitCodeSchema,
      title: textSchema(300),
    },
    UNIT_FIELDS,
  ),
);

/** kkni, okupasi or klaster. */
export const SchemeTypeSchema = describedPicklist(
  SCHEME_TYPES,
  {
    kkni: "Skema KKNI: a whole qualification at a KKNI level (the level is required).",
    okupasi: "Skema okupasi: a national occupation; it may sit at a KKNI level.",
    klaster: "Skema klaster: a cluster of units for one job; it may sit at a KKNI level.",
  },
  "must be kkni, okupasi or klaster",
);

/** A KKNI level, 1 to 9. */
export const KkniLevelSchema = integerSchema(1, KKNI_LEVEL_MAX);

const SCHEME_FIELDS = {
  issuerPartnerId: "The certification body (LSP) that issues the certificates.",
  name: "The scheme's name, e.g. Skema Okupasi Barista.",
  schemeType:
    "The scheme's type: a KKNI qualification, a national occupation (okupasi) or a cluster (klaster).",
  competencyUnits: "The competency units assessed; an enrollment is competent when every one is.",
  level: "The KKNI level (1 to 9): required for a KKNI scheme, optional otherwise.",
  validityMonths:
    "How many months a certificate stays valid; null when it does not expire (a BLK or Dinas training certificate).",
} as const;

/** A certification scheme. */
export const CertificationSchemeSchema = v.strictObject(
  described(
    {
      issuerPartnerId: IdSchema,
      name: textSchema(300),
      schemeType: SchemeTypeSchema,
      competencyUnits: v.pipe(
        v.array(CompetencyUnitSchema),
        v.minLength(1, "must list at least one competency unit"),
        v.maxLength(100, "must list at most 100 competency units"),
      ),
      level: v.optional(KkniLevelSchema),
      validityMonths: v.nullable(
        v.pipe(
          v.number("must be a number of months"),
          v.integer("must be a whole number of months"),
          v.minValue(1, "must be at least 1"),
          v.maxValue(240, "must be at most 240"),
        ),
      ),
    },
    SCHEME_FIELDS,
  ),
);

const FIELDS = {
  ...RECORD_FIELDS,
  name: "The program's name, e.g. Pelatihan Barista Bersertifikat.",
  track: "Vocational or personal development.",
  field: "The training field, as a snake_case code (barbershop, bakery, literacy, …).",
  providerPartnerId: "The partner that provides the training (a BLK, a Dinas); null when in-house.",
  fundingAgreementId: "The agreement that funds it; null for none.",
  minAttendanceShare: "The share of sessions an inmate must attend to complete, above 0 and at most 1.",
  certificationScheme: "The certification scheme, for a certified program; null otherwise.",
  ownerRegionalOfficeId:
    "The regional office (Kanwil) whose register holds it and alone may edit it; null: the national register (BNSP, a ministry), edited by national admins. Left out on create, it is the caller's own register.",
} as const;

/** Command: create a program. */
export const CreateProgramSchema = v.strictObject(
  described(
    {
      name: textSchema(200),
      track: ProgramTrackSchema,
      field: TrainingFieldSchema,
      providerPartnerId: v.optional(IdSchema),
      fundingAgreementId: v.optional(IdSchema),
      minAttendanceShare: v.optional(AttendanceShareSchema),
      certificationScheme: v.optional(CertificationSchemeSchema),
      ownerRegionalOfficeId: v.optional(v.nullable(IdSchema)),
    },
    { ...FIELDS, minAttendanceShare: `${FIELDS.minAttendanceShare} By default 0.8.` },
  ),
);
/** Command: create a program. */
export type CreateProgram = v.InferOutput<typeof CreateProgramSchema>;

/** Command: change a program (any subset; null clears provider, agreement or scheme). */
export const UpdateProgramSchema = v.strictObject(
  described(
    {
      name: v.optional(textSchema(200)),
      track: v.optional(ProgramTrackSchema),
      field: v.optional(TrainingFieldSchema),
      providerPartnerId: v.optional(v.nullable(IdSchema)),
      fundingAgreementId: v.optional(v.nullable(IdSchema)),
      minAttendanceShare: v.optional(AttendanceShareSchema),
      certificationScheme: v.optional(v.nullable(CertificationSchemeSchema)),
    },
    FIELDS,
  ),
);
/** Command: change a program. */
export type UpdateProgram = v.InferOutput<typeof UpdateProgramSchema>;

/** A program as the API returns it. */
export const ProgramSchema = v.object(
  described(
    {
      id: IdSchema,
      name: v.string(),
      track: ProgramTrackSchema,
      field: v.string(),
      providerPartnerId: v.nullable(IdSchema),
      fundingAgreementId: v.nullable(IdSchema),
      minAttendanceShare: AttendanceShareSchema,
      certificationScheme: v.nullable(
        v.object(
          described(
            {
              issuerPartnerId: IdSchema,
              name: v.string(),
              schemeType: SchemeTypeSchema,
              competencyUnits: v.array(
                v.object(described({ code: v.string(), title: v.string() }, UNIT_FIELDS)),
              ),
              level: v.optional(KkniLevelSchema),
              validityMonths: v.nullable(integerSchema(1, 240)),
            },
            SCHEME_FIELDS,
          ),
        ),
      ),
      ownerRegionalOfficeId: v.nullable(IdSchema),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
