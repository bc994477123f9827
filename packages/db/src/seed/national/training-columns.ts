import type { BinaryType, CopyBinary } from "./copy-binary.ts";
import type { CopyText } from "./copy-text.ts";

/** Rows of one facility's training, written as COPY text as they are made (no row arrays kept). */
export interface TrainingRows {
  readonly cohorts: CopyText;
  readonly enrollments: CopyText;
  readonly assessments: CopyText;
  /** Six million rows at full scale: written field by field in COPY's binary form. */
  readonly attendance: CopyBinary;
  readonly certificates: CopyText;
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

/** Attendance's column types, in `TRAINING_COLUMNS.attendance` order. */
export const ATTENDANCE_TYPES: readonly BinaryType[] = ["uuid", "date", "bool"];

/** Certificate numbers run per year across the country (SNG/<year>/<sequence>). */
export type CertificateCounters = Map<string, number>;
