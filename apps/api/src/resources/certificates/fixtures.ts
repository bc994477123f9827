import { randomUUID } from "node:crypto";
import type { Database } from "@sinergi/db";
import { json } from "@sinergi/db";
import type { Kysely } from "kysely";

/** Rows of other slices a certificate test needs, written directly. */
export interface CertificateOrg {
  readonly facilityId: string;
  readonly otherFacilityId: string;
  readonly lspId: string;
  readonly otherLspId: string;
  /** Certified by `lspId`, 36 months. */
  readonly certifiedProgramId: string;
  /** No certification scheme. */
  readonly uncertifiedProgramId: string;
}

const at = "2025-12-01T00:00:00.000Z";
const stamp = { createdAt: at, updatedAt: at };

/** Inserts a regional office, two facilities, two LSPs, a provider and two programs. */
export async function insertCertificateOrg(db: Kysely<Database>): Promise<CertificateOrg> {
  const [
    officeId,
    facilityId,
    otherFacilityId,
    providerId,
    lspId,
    otherLspId,
    certifiedProgramId,
    uncertifiedProgramId,
  ] = Array.from({ length: 8 }, () => randomUUID()) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const tag = officeId.slice(0, 8);
  await db
    .insertInto("regionalOffices")
    .values({ id: officeId, name: `Kanwil Sumut ${tag}`, provinceCode: "12", ...stamp })
    .execute();
  const facility = (id: string, name: string, regencyCode: string) => ({
    id,
    regionalOfficeId: officeId,
    kind: "rutan",
    class: "I",
    name: `${name} ${tag}`,
    regencyCode,
    timeZone: "Asia/Jakarta",
    ...stamp,
  });
  await db
    .insertInto("facilities")
    .values([facility(facilityId, "Rutan Medan", "12.71"), facility(otherFacilityId, "Lapas Blora", "33.16")])
    .execute();
  await db
    .insertInto("partners")
    .values([
      { id: providerId, kind: "training_provider", name: `BLK ${tag}`, fields: [], ...stamp },
      { id: lspId, kind: "certification_body", name: `LSP Barber ${tag}`, fields: [], ...stamp },
      { id: otherLspId, kind: "certification_body", name: `LSP Roti ${tag}`, fields: [], ...stamp },
    ])
    .execute();
  const program = (id: string, name: string, scheme: unknown) => ({
    id,
    name,
    track: "vocational",
    field: "barbershop",
    providerPartnerId: providerId,
    fundingAgreementId: null,
    certificationScheme: json(scheme),
    ...stamp,
  });
  await db
    .insertInto("programs")
    .values([
      program(certifiedProgramId, "Barbershop", {
        issuerPartnerId: lspId,
        name: "Skema Pangkas Rambut",
        competencyUnits: [{ code: "PAR.01", title: "Memotong rambut" }],
        level: "Level II",
        validityMonths: 36,
      }),
      program(uncertifiedProgramId, "Literasi", null),
    ])
    .execute();
  return { facilityId, otherFacilityId, lspId, otherLspId, certifiedProgramId, uncertifiedProgramId };
}

let serial = 0;

/** Inserts a completed cohort, an inmate and its enrollment in the given state and assessment. */
export async function insertEnrollmentRow(
  db: Kysely<Database>,
  org: CertificateOrg,
  over: {
    programId?: string;
    facilityId?: string;
    state?: string;
    result?: "competent" | "not_yet_competent" | null;
  } = {},
): Promise<string> {
  serial += 1;
  const [cohortId, inmateId, enrollmentId] = [randomUUID(), randomUUID(), randomUUID()];
  const facilityId = over.facilityId ?? org.facilityId;
  await db
    .insertInto("cohorts")
    .values({
      id: cohortId,
      programId: over.programId ?? org.certifiedProgramId,
      facilityId,
      name: `Angkatan ${serial}`,
      startDate: "2026-01-05",
      endDate: "2026-01-09",
      capacity: 10,
      place: null,
      instructors: json([]),
      eligibility: json({}),
      plannedSessions: 5,
      state: "completed",
      ...stamp,
    })
    .execute();
  await db
    .insertInto("inmates")
    .values({
      id: inmateId,
      facilityId,
      registrationNumber: `BI.${serial}/${inmateId.slice(0, 6)}`,
      name: `Andi Pratama ${serial}`,
      nik: null,
      sex: "male",
      birthDate: "1992-03-04",
      legalStatus: "convict",
      domicileRegencyCode: null,
      admissionDate: "2025-01-06",
      expectedReleaseDate: "2028-01-01",
      ...stamp,
    })
    .execute();
  const result = over.result === undefined ? "competent" : over.result;
  await db
    .insertInto("enrollments")
    .values({
      id: enrollmentId,
      cohortId,
      inmateId,
      state: over.state ?? "completed",
      assessment: json(result === null ? null : { result, assessor: "Asesor LSP", assessedOn: "2026-01-09" }),
      endReason: ["withdrawn", "transferred", "released"].includes(over.state ?? "") ? "pindah" : null,
      enrolledAt: at,
      ...stamp,
    })
    .execute();
  return enrollmentId;
}

/** Inserts a cohort of the certified program in a given state (2026-01-05..09, 5 sessions). */
export async function insertCohortRow(
  db: Kysely<Database>,
  org: CertificateOrg,
  over: { state?: string; capacity?: number; startDate?: string; endDate?: string } = {},
): Promise<string> {
  serial += 1;
  const id = randomUUID();
  await db
    .insertInto("cohorts")
    .values({
      id,
      programId: org.certifiedProgramId,
      facilityId: org.facilityId,
      name: `Angkatan ${serial}`,
      startDate: over.startDate ?? "2026-01-05",
      endDate: over.endDate ?? "2026-01-09",
      capacity: over.capacity ?? 10,
      place: null,
      instructors: json([]),
      eligibility: json({}),
      plannedSessions: 5,
      state: over.state ?? "open",
      ...stamp,
    })
    .execute();
  return id;
}

/** Inserts a convict of the fixture's facility, due for release in 2028. */
export async function insertInmateRow(db: Kysely<Database>, org: CertificateOrg): Promise<string> {
  serial += 1;
  const id = randomUUID();
  await db
    .insertInto("inmates")
    .values({
      id,
      facilityId: org.facilityId,
      registrationNumber: `BI.${serial}/${id.slice(0, 6)}`,
      name: `Rudi ${serial}`,
      nik: null,
      sex: "male",
      birthDate: "1990-07-01",
      legalStatus: "convict",
      domicileRegencyCode: null,
      admissionDate: "2025-01-06",
      expectedReleaseDate: "2028-01-01",
      ...stamp,
    })
    .execute();
  return id;
}
