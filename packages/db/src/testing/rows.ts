import { randomUUID } from "node:crypto";
import type { Executor } from "../connection.ts";
import { json } from "../json.ts";
import { facilityOfCohort } from "../repositories/enrollment/enrollments.ts";

/** Rows written straight into tables of other slices, so each suite arranges only what it tests. */

const stamp = (at: string) => ({ createdAt: at, updatedAt: at });

/** Inserts a regional office (Kanwil) of a province; returns its id. */
export async function insertOfficeRow(
  db: Executor,
  row: { provinceCode: string; name: string; at: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("regionalOffices")
    .values({ id, name: `${row.name} ${id.slice(0, 8)}`, provinceCode: row.provinceCode, ...stamp(row.at) })
    .execute();
  return id;
}

/** Inserts a facility (a rutan unless told) with a unique name; returns its id. */
export async function insertFacilityRow(
  db: Executor,
  row: {
    regionalOfficeId: string;
    name: string;
    regencyCode: string;
    timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
    at: string;
    kind?: "rutan" | "lapas";
    class?: "I" | "IIA" | "IIB";
    createdAt?: string;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("facilities")
    .values({
      id,
      regionalOfficeId: row.regionalOfficeId,
      kind: row.kind ?? "rutan",
      class: row.class ?? "IIB",
      name: `${row.name} ${id.slice(0, 8)}`,
      regencyCode: row.regencyCode,
      timeZone: row.timeZone,
      createdAt: row.createdAt ?? row.at,
      updatedAt: row.at,
    })
    .execute();
  return id;
}

/** Inserts a partner with no area or fields; returns its id. */
export async function insertPartnerRow(
  db: Executor,
  row: { kind: string; name: string; at: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("partners")
    .values({ id, kind: row.kind, name: `${row.name} ${id.slice(0, 8)}`, fields: [], ...stamp(row.at) })
    .execute();
  return id;
}

/** Inserts a vocational program taught by a provider, certified under `scheme` when given; returns its id. */
export async function insertProgramRow(
  db: Executor,
  row: { name: string; providerPartnerId: string; scheme: Record<string, unknown> | null; at: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("programs")
    .values({
      id,
      name: row.name,
      track: "vocational",
      field: "barbershop",
      providerPartnerId: row.providerPartnerId,
      fundingAgreementId: null,
      minAttendanceShare: 0.8,
      certificationScheme: row.scheme === null ? null : json(row.scheme),
      ...stamp(row.at),
    })
    .execute();
  return id;
}

/** Inserts a draft training PKS of a facility (no partner row); returns its id. */
export async function insertDraftPksRow(
  db: Executor,
  row: { facilityId: string; at: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("agreements")
    .values({
      id,
      kind: "pks",
      title: "PKS Pelatihan Bersertifikat",
      facilityId: row.facilityId,
      regionalOfficeId: null,
      parentMouId: null,
      fields: ["manpower"],
      facilityDocumentNumber: null,
      partnerDocumentNumber: null,
      signedDocument: null,
      startDate: null,
      endDate: null,
      renewsId: null,
      state: "draft",
      signedAt: null,
      terminatedOn: null,
      terminationReason: null,
      ...stamp(row.at),
    })
    .execute();
  return id;
}

/** Inserts a cohort (open, 2026-01-05..09, five sessions, capacity 3 unless told); returns its id. */
export async function insertCohortRow(
  db: Executor,
  row: {
    programId: string;
    facilityId: string;
    at: string;
    state?: string;
    startDate?: string;
    endDate?: string;
    capacity?: number;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("cohorts")
    .values({
      id,
      programId: row.programId,
      facilityId: row.facilityId,
      name: `Angkatan ${id.slice(0, 6)}`,
      startDate: row.startDate ?? "2026-01-05",
      endDate: row.endDate ?? "2026-01-09",
      capacity: row.capacity ?? 3,
      place: null,
      instructors: json([]),
      eligibility: json({}),
      plannedSessions: 5,
      state: row.state ?? "open",
      ...stamp(row.at),
    })
    .execute();
  return id;
}

let serial = 0;

/** Inserts a convict with no NIK, admitted 2025-01-06 and due out in 2028; returns its id. */
export async function insertInmateRow(
  db: Executor,
  row: { facilityId: string; at: string; name?: string },
): Promise<string> {
  serial += 1;
  const id = randomUUID();
  await db
    .insertInto("inmates")
    .values({
      id,
      facilityId: row.facilityId,
      registrationNumber: `BI.${serial}/${id.slice(0, 6)}`,
      name: `${row.name ?? "Warga Binaan"} ${serial}`,
      nik: null,
      sex: "male",
      birthDate: "1990-07-01",
      legalStatus: "convict",
      domicileRegencyCode: null,
      admissionDate: "2025-01-06",
      expectedReleaseDate: "2028-01-01",
      ...stamp(row.at),
    })
    .execute();
  return id;
}

/** Inserts an enrollment in a state, assessed `result` unless null (an early end says why); returns its id. */
export async function insertEnrollmentRow(
  db: Executor,
  row: {
    cohortId: string;
    inmateId: string;
    state: string;
    result: "competent" | "not_yet_competent" | null;
    at: string;
    /** For a database migrated only up to a release before enrollments had a facility (migration tests). */
    beforeFacilityColumn?: boolean;
  },
): Promise<string> {
  const id = randomUUID();
  const facility = row.beforeFacilityColumn ? {} : { facilityId: facilityOfCohort(row.cohortId) };
  await db
    .insertInto("enrollments")
    .values({
      id,
      cohortId: row.cohortId,
      // An older schema has no such column: the row is typed for today's (the cast covers only that).
      ...(facility as { facilityId: ReturnType<typeof facilityOfCohort> }),
      inmateId: row.inmateId,
      state: row.state,
      assessment: json(
        row.result === null ? null : { result: row.result, assessor: "Asesor LSP", assessedOn: "2026-01-09" },
      ),
      endReason: ["withdrawn", "transferred", "released"].includes(row.state) ? "pindah" : null,
      enrolledAt: row.at,
      ...stamp(row.at),
    })
    .execute();
  return id;
}
