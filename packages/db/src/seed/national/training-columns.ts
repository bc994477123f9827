import type { BinaryType, CopyBinary } from "./copy-binary.ts";
import type { CopyText } from "./copy-text.ts";

/**
 * Rows of one facility's training, written as they are made (no row arrays kept): the large tables in
 * COPY's binary form, whose uuids, dates and instants the server takes without parsing text.
 */
export interface TrainingRows {
  readonly cohorts: CopyText;
  readonly enrollments: CopyBinary;
  readonly assessments: CopyBinary;
  /** Six million rows at full scale: written field by field. */
  readonly attendance: CopyBinary;
  readonly certificates: CopyBinary;
}

/** Column lists, in the order rows are built. */
export const TRAINING_COLUMNS = {
  cohorts: [
    "id",
    "program_id",
    "facility_id",
    "name",
    "start_date",
    "end_date",
    "capacity",
    "place",
    "instructors",
    "eligibility",
    "planned_sessions",
    "state",
    "revision",
    "created_at",
    "updated_at",
  ],
  enrollments: [
    "id",
    "cohort_id",
    "facility_id",
    "inmate_id",
    "state",
    "assessment",
    "end_reason",
    "enrolled_at",
    "revision",
    "created_at",
    "updated_at",
  ],
  assessments: [
    "id",
    "enrollment_id",
    "sequence",
    "assessor",
    "assessed_on",
    "notes",
    "units",
    "result",
    "recorded_at",
    "recorded_by",
  ],
  attendance: ["enrollment_id", "session_date", "present"],
  certificates: [
    "id",
    "number",
    "issuer_number",
    "enrollment_id",
    "scheme_name",
    "scheme_type",
    "competency",
    "level",
    "units",
    "issuer_partner_id",
    "holder_name",
    "issued_on",
    "valid_until",
    "status",
    "revoked_reason",
    "revoked_on",
    "verification_code",
    "revision",
    "created_at",
    "updated_at",
  ],
} as const;

/** Column types of the tables written in binary form, in `TRAINING_COLUMNS` order. */
export const TRAINING_TYPES = {
  enrollments: [
    "uuid",
    "uuid",
    "uuid",
    "uuid",
    "text",
    "jsonb",
    "text",
    "timestamptz",
    "int4",
    "timestamptz",
    "timestamptz",
  ],
  assessments: ["uuid", "uuid", "int4", "text", "date", "text", "jsonb", "text", "timestamptz", "text"],
  attendance: ["uuid", "date", "bool"],
  certificates: [
    "uuid",
    "text",
    "text",
    "uuid",
    "text",
    "text",
    "text",
    "int4",
    "jsonb",
    "uuid",
    "text",
    "date",
    "date",
    "text",
    "text",
    "date",
    "text",
    "int4",
    "timestamptz",
    "timestamptz",
  ],
} as const satisfies Record<string, readonly BinaryType[]>;

/** Certificate numbers run per year across the country (SNG/<year>/<sequence>). */
export type CertificateCounters = Map<string, number>;
