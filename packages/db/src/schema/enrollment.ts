import type { Generated } from "kysely";
import type { Timestamp } from "./core.ts";
import type { Json } from "./organisation.ts";

/** enrollments */
export interface EnrollmentsTable {
  id: string;
  cohortId: string;
  /** The cohort's facility (a copy the pair's foreign key keeps equal), so a facility's page is one index range. */
  facilityId: string;
  inmateId: string;
  state: string;
  assessment: Json<unknown | null>;
  endReason: string | null;
  enrolledAt: Timestamp;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** attendance: one row per enrollment and session day. */
export interface AttendanceTable {
  enrollmentId: string;
  sessionDate: string;
  present: boolean;
}

/** certificates */
export interface CertificatesTable {
  id: string;
  number: string;
  issuerNumber: string | null;
  enrollmentId: string;
  schemeName: string;
  schemeType: string | null;
  competency: string;
  level: number | null;
  units: Json<unknown[]>;
  issuerPartnerId: string | null;
  holderName: string;
  issuedOn: string;
  validUntil: string | null;
  status: string;
  revokedReason: string | null;
  revokedOn: string | null;
  verificationCode: string;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Enrollment tables. */
export interface EnrollmentTables {
  enrollments: EnrollmentsTable;
  attendance: AttendanceTable;
  certificates: CertificatesTable;
  enrollmentAssessments: EnrollmentAssessmentsTable;
}

/** enrollment_assessments: every assessment of an enrollment, in order (re-assessments never overwrite). */
export interface EnrollmentAssessmentsTable {
  id: string;
  enrollmentId: string;
  sequence: number;
  assessor: string;
  assessedOn: string;
  notes: string | null;
  units: Json<unknown[]>;
  result: string;
  recordedAt: Timestamp;
  recordedBy: string;
}
