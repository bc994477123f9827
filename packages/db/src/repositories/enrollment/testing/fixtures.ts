import { randomUUID } from "node:crypto";
import type { Executor } from "../../../connection.ts";
import { json } from "../../../json.ts";

/** Ids of the rows of other slices an enrollment test needs. */
export interface EnrollmentFixture {
  readonly facilityId: string;
  readonly otherFacilityId: string;
  readonly lspId: string;
  /** A certified program (Barbershop, LSP scheme, 36 months). */
  readonly programId: string;
}

const at = "2024-01-01T00:00:00.000Z";
const stamp = { createdAt: at, updatedAt: at };

/** Inserts a regional office, two facilities, a provider, an LSP and a certified program directly. */
export async function insertEnrollmentFixture(db: Executor): Promise<EnrollmentFixture> {
  const [officeId, facilityId, otherFacilityId, providerId, lspId, programId] = Array.from(
    { length: 6 },
    () => randomUUID(),
  ) as [string, string, string, string, string, string];
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
    .values([
      facility(facilityId, "Rutan Medan", "12.71"),
      facility(otherFacilityId, "Rutan Salatiga", "33.73"),
    ])
    .execute();
  await db
    .insertInto("partners")
    .values([
      { id: providerId, kind: "training_provider", name: `BLK Medan ${tag}`, fields: [], ...stamp },
      { id: lspId, kind: "certification_body", name: `LSP Barber ${tag}`, fields: [], ...stamp },
    ])
    .execute();
  await db
    .insertInto("programs")
    .values({
      id: programId,
      name: "Barbershop",
      track: "vocational",
      field: "barbershop",
      providerPartnerId: providerId,
      fundingAgreementId: null,
      minAttendanceShare: 0.8,
      certificationScheme: json({
        issuerPartnerId: lspId,
        name: "Skema Pangkas Rambut",
        competencyUnits: [{ code: "PAR.01", title: "Memotong rambut" }],
        validityMonths: 36,
      }),
      ...stamp,
    })
    .execute();
  return { facilityId, otherFacilityId, lspId, programId };
}

/** Inserts a cohort of the fixture's program (open, 2026-01-05..09, capacity 3 unless told). */
export async function insertCohortRow(
  db: Executor,
  f: EnrollmentFixture,
  over: { facilityId?: string; state?: string; startDate?: string; endDate?: string; capacity?: number } = {},
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("cohorts")
    .values({
      id,
      programId: f.programId,
      facilityId: over.facilityId ?? f.facilityId,
      name: `Angkatan ${id.slice(0, 6)}`,
      startDate: over.startDate ?? "2026-01-05",
      endDate: over.endDate ?? "2026-01-09",
      capacity: over.capacity ?? 3,
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

let serial = 0;

/** Inserts an inmate of a facility (convict, no NIK). */
export async function insertInmateRow(db: Executor, facilityId: string): Promise<string> {
  serial += 1;
  const id = randomUUID();
  await db
    .insertInto("inmates")
    .values({
      id,
      facilityId,
      registrationNumber: `BI.${serial}.${id.slice(0, 6)}`,
      name: `Warga Binaan ${serial}`,
      nik: null,
      sex: "male",
      birthDate: "1990-01-01",
      legalStatus: "convict",
      domicileRegencyCode: null,
      admissionDate: "2025-01-06",
      expectedReleaseDate: "2028-01-01",
      ...stamp,
    })
    .execute();
  return id;
}
