import { randomUUID } from "node:crypto";
import type { Certificate, Enrollment } from "@sinergi/domain";
import { afterAll, beforeAll } from "vitest";
import type { Executor, SinergiDb } from "../../connection.ts";
import {
  type CertificationFixture,
  insertCertificationFixture,
  insertCohortRow,
  insertInmateRow,
  type TestBackend,
} from "../../testing/index.ts";
import { insertEnrollment } from "./enrollments.ts";

const at = "2026-01-02T01:00:00.000Z";

/** The rows the enrollment and certificate repository tests make, on the database and fixture given. */
export function enrollmentRows(db: () => Executor, fixture: () => CertificationFixture) {
  const enrollment = (cohortId: string, inmateId: string): Enrollment => ({
    id: randomUUID(),
    cohortId,
    inmateId,
    state: "enrolled",
    attendance: [],
    assessment: null,
    endReason: null,
  });
  const certificate = (enrollmentId: string, over: Partial<Certificate> = {}): Certificate => ({
    id: randomUUID(),
    number: `SNG/2026/${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`,
    issuerNumber: null,
    enrollmentId,
    schemeName: "Skema Pangkas Rambut",
    schemeType: "kkni",
    competency: "Barbershop",
    level: 2,
    units: [{ code: "I.56PAR00.001.2", title: "Memotong rambut" }],
    issuerPartnerId: fixture().lspId,
    holderName: "Budi",
    issuedOn: "2026-01-12",
    validUntil: "2029-01-12",
    status: "issued",
    revokedReason: null,
    revokedOn: null,
    verificationCode: randomUUID()
      .replace(/-/g, "")
      .slice(0, 16)
      .toUpperCase()
      .replace(/[ILOU]/g, "X"),
    ...over,
  });

  /** A cohort of the certified program at the home facility (or the one given). */
  const newCohort = (facilityId = fixture().facilityId) =>
    insertCohortRow(db(), { programId: fixture().certifiedProgramId, facilityId, at });
  /** An inmate of the home facility (or the one given). */
  const newInmate = (facilityId = fixture().facilityId) => insertInmateRow(db(), { facilityId, at });
  /** One inmate enrolled in a new cohort of the home facility: where most tests start. */
  const enrolledOne = async () => {
    const cohortId = await newCohort();
    const inmateId = await newInmate();
    const e = await insertEnrollment(db(), enrollment(cohortId, inmateId), at);
    return { cohortId, inmateId, e };
  };
  return { enrollment, certificate, newCohort, newInmate, enrolledOne };
}

/**
 * A suite on one backend: opened with the certification fixture before it, closed after it (`fx` is filled
 * in before the first test), with the rows above bound to it.
 */
export function enrollmentSuite(backend: TestBackend) {
  let handle: SinergiDb | undefined;
  const fx = {} as CertificationFixture;
  const db = () => {
    if (!handle) throw new Error("the suite's database is not open yet");
    return handle.db;
  };
  beforeAll(async () => {
    handle = await backend.open();
    Object.assign(fx, await insertCertificationFixture(db()));
  });
  afterAll(async () => handle?.close());
  return { db, fx, ...enrollmentRows(db, () => fx) };
}
