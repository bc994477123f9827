import type { Cell } from "./sink.ts";

/** Rows of one facility's training. */
export interface TrainingRows {
  readonly cohorts: Cell[][];
  readonly enrollments: Cell[][];
  readonly assessments: Cell[][];
  /** Attendance as COPY lines (six million rows at full scale: no row arrays). */
  readonly attendance: string[];
  readonly certificates: Cell[][];
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

/** Certificate numbers run per year across the country (SNG/<year>/<sequence>). */
export type CertificateCounters = Map<string, number>;
