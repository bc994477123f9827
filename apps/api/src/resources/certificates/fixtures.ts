import type { Executor } from "@sinergi/db";
import {
  type CertificationFixture,
  insertCertificationFixture,
  insertCohortRow,
  insertEnrollmentRow,
  insertInmateRow,
} from "@sinergi/db/testing";

/** When the certificate suites' rows were made. */
const at = "2025-12-01T00:00:00.000Z";

/** Rows of other slices the certificate and enrollment-move suites need. */
export type CertificateOrg = CertificationFixture;

/** Inserts the certification fixture as of 2025-12-01. */
export const insertCertificateOrg = (db: Executor): Promise<CertificateOrg> =>
  insertCertificationFixture(db, at);

/** Inserts a cohort of the certified program at the home facility (open, capacity 10 unless told). */
export const insertCohort = (
  db: Executor,
  org: CertificateOrg,
  over: { state?: string; capacity?: number; startDate?: string; endDate?: string } = {},
): Promise<string> =>
  insertCohortRow(db, {
    programId: org.certifiedProgramId,
    facilityId: org.facilityId,
    capacity: 10,
    at,
    ...over,
  });

/** Inserts a convict of the home facility. */
export const insertInmate = (db: Executor, org: CertificateOrg): Promise<string> =>
  insertInmateRow(db, { facilityId: org.facilityId, at, name: "Rudi" });

/** Inserts a completed cohort, an inmate and its enrollment in the given state and assessment. */
export async function insertEnrollment(
  db: Executor,
  org: CertificateOrg,
  over: {
    programId?: string;
    facilityId?: string;
    state?: string;
    result?: "competent" | "not_yet_competent" | null;
  } = {},
): Promise<string> {
  const facilityId = over.facilityId ?? org.facilityId;
  const cohortId = await insertCohortRow(db, {
    programId: over.programId ?? org.certifiedProgramId,
    facilityId,
    state: "completed",
    capacity: 10,
    at,
  });
  const inmateId = await insertInmateRow(db, { facilityId, at, name: "Andi Pratama" });
  return insertEnrollmentRow(db, {
    cohortId,
    inmateId,
    state: over.state ?? "completed",
    result: over.result === undefined ? "competent" : over.result,
    at,
  });
}
