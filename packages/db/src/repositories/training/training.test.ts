import { randomUUID } from "node:crypto";
import { type Cohort, type Inmate, makeNik, type Program } from "@sinergi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { appendHistory, listHistory } from "../../history.ts";
import { insertTrainingFixture, type TrainingFixture } from "../../testing/fixtures.ts";
import { testBackends } from "../../testing/index.ts";
import { COHORT_ENTITY, findCohort, insertCohort, listCohorts, saveCohort } from "./cohorts.ts";
import { findInmate, insertInmate, listInmates, saveInmate } from "./inmates.ts";
import { findProgram, insertProgram, listPrograms, saveProgram } from "./programs.ts";

const at = "2024-02-01T00:00:00.000Z";
const later = "2024-02-02T00:00:00.000Z";

describe.each(testBackends())("training repositories on $name", (backend) => {
  let handle: SinergiDb;
  let fx: TrainingFixture;
  let serial = 0;
  const db = () => handle.db;

  const inmate = (overrides: Partial<Inmate> = {}): Inmate => {
    const birthDate = overrides.birthDate ?? "1990-05-17";
    const sex = overrides.sex ?? "male";
    serial += 1;
    return {
      id: randomUUID(),
      facilityId: fx.facilityId,
      registrationNumber: `BI.${randomUUID().slice(0, 6)}`,
      name: "Budi Santoso",
      nik: makeNik({ districtCode: "12.71.05", birthDate, sex, serial }),
      sex,
      birthDate,
      legalStatus: "convict",
      domicileRegencyCode: null,
      admissionDate: "2024-01-10",
      expectedReleaseDate: "2027-06-30",
      nikValidation: "unverified",
      sentence: null,
      ...overrides,
    };
  };
  const program = (overrides: Partial<Program> = {}): Program => ({
    id: randomUUID(),
    name: "Barbershop",
    track: "vocational",
    field: "barbershop",
    providerPartnerId: fx.providerId,
    fundingAgreementId: fx.agreementId,
    minAttendanceShare: 0.8,
    ownerRegionalOfficeId: null,
    certificationScheme: {
      issuerPartnerId: fx.lspId,
      name: "Skema Barber",
      schemeType: "okupasi",
      competencyUnits: [{ code: "K3", title: "Menerapkan K3" }],
      validityMonths: 36,
    },
    ...overrides,
  });
  const cohort = (programId: string, overrides: Partial<Cohort> = {}): Cohort => ({
    id: randomUUID(),
    programId,
    facilityId: fx.facilityId,
    name: "Angkatan I",
    startDate: "2024-03-04",
    endDate: "2024-05-10",
    capacity: 16,
    place: "Bengkel",
    instructors: [{ name: "Instruktur BLK", role: "instructor" }],
    eligibility: {
      legalStatuses: ["convict"],
      domicileRegencyCodes: ["12.71"],
      minRemainingSentenceDays: 90,
    },
    plannedSessions: 20,
    state: "planned",
    ...overrides,
  });

  beforeAll(async () => {
    handle = await backend.open();
    fx = await insertTrainingFixture(handle.db);
  });
  afterAll(() => handle.close());

  it("stores an inmate and reads it back exactly, then saves a change with a new revision", async () => {
    const i = inmate({ domicileRegencyCode: "12.07" });
    const saved = await insertInmate(db(), i, at);
    expect(saved).toEqual({ ...i, revision: 1, createdAt: at, updatedAt: at });
    expect(await findInmate(db(), i.id)).toEqual(saved);
    const changed = await saveInmate(db(), { ...i, nikValidation: "valid" }, later);
    expect(changed).toMatchObject({ nikValidation: "valid", revision: 2, updatedAt: later, createdAt: at });
    expect(await findInmate(db(), randomUUID())).toBeUndefined();
  });

  it("filters inmates by facility, legal status, effective domicile and name, and pages by name", async () => {
    const other = fx.otherFacilityId;
    const women = inmate({
      name: "Siti Aminah",
      sex: "female",
      birthDate: "1992-08-09",
      legalStatus: "detainee",
    });
    const salatiga = inmate({
      facilityId: other,
      name: "Agus Salatiga",
      nik: makeNik({ districtCode: "33.73.01", birthDate: "1990-05-17", sex: "male", serial: 7 }),
    });
    const recorded = inmate({
      facilityId: other,
      name: "Dewi Recorded",
      domicileRegencyCode: "12.71",
      nik: null,
    });
    for (const i of [women, salatiga, recorded]) await insertInmate(db(), i, at);
    const sort = { field: "name" as const, direction: "asc" as const };
    const names = async (q: Parameters<typeof listInmates>[1]) =>
      (await listInmates(db(), q)).items.map((i) => i.name);
    expect(await names({ facilityId: other, sort, limit: 10 })).toEqual(["Agus Salatiga", "Dewi Recorded"]);
    expect(await names({ legalStatus: "detainee", sort, limit: 10 })).toEqual(["Siti Aminah"]);
    expect(await names({ facilityId: other, domicileRegencyCode: "12.71", sort, limit: 10 })).toEqual([
      "Dewi Recorded",
    ]);
    expect(await names({ domicileRegencyCode: "33.73", sort, limit: 10 })).toEqual(["Agus Salatiga"]);
    expect(await names({ q: "AMIN", sort, limit: 10 })).toEqual(["Siti Aminah"]);
    const nowhere = { kind: "facility", facilityId: "00000000-0000-4000-8000-000000000000" } as const;
    expect(await names({ viewer: nowhere, sort, limit: 10 })).toEqual([]);
    const first = await listInmates(db(), { facilityId: other, sort, limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listInmates(db(), {
      facilityId: other,
      sort,
      limit: 1,
      cursor: first.nextCursor ?? "",
    });
    expect(second.items.map((i) => i.name)).toEqual(["Dewi Recorded"]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses a second inmate with the same NIK in one facility, and impossible dates", async () => {
    const i = inmate();
    await insertInmate(db(), i, at);
    await expect(insertInmate(db(), { ...inmate(), nik: i.nik }, at)).rejects.toMatchObject({
      code: "23505",
    });
    await expect(
      insertInmate(db(), inmate({ nik: null, birthDate: "2024-02-01", admissionDate: "2024-01-10" }), at),
    ).rejects.toMatchObject({ code: "23514" });
  });

  it("stores a program with its scheme, defaults and reads a stored bare-title unit with a code", async () => {
    const p = program();
    expect(await insertProgram(db(), p, at)).toEqual({ ...p, revision: 1, createdAt: at, updatedAt: at });
    const plain = program({ certificationScheme: null, providerPartnerId: null, fundingAgreementId: null });
    await insertProgram(db(), plain, at);
    expect(await findProgram(db(), plain.id)).toMatchObject({
      certificationScheme: null,
      minAttendanceShare: 0.8,
    });
    const saved = await saveProgram(db(), { ...p, minAttendanceShare: 0.75 }, later);
    expect(saved).toMatchObject({ minAttendanceShare: 0.75, revision: 2 });
    await db()
      .updateTable("programs")
      .set({ certificationScheme: JSON.stringify({ ...p.certificationScheme, competencyUnits: ["A", "B"] }) })
      .where("id", "=", p.id)
      .execute();
    expect((await findProgram(db(), p.id))?.certificationScheme?.competencyUnits).toEqual([
      { code: "01", title: "A" },
      { code: "02", title: "B" },
    ]);
  });

  it("filters programs by track, field, provider and agreement", async () => {
    const lit = program({
      name: "Literasi",
      track: "personal_development",
      field: "literacy",
      providerPartnerId: null,
      fundingAgreementId: null,
      certificationScheme: null,
    });
    await insertProgram(db(), lit, at);
    const sort = { field: "name" as const, direction: "asc" as const };
    const ids = async (q: Partial<Parameters<typeof listPrograms>[1]>) =>
      (await listPrograms(db(), { sort, limit: 50, ...q })).items.map((p) => p.id);
    expect(await ids({ track: "personal_development" })).toEqual([lit.id]);
    expect(await ids({ field: "literacy" })).toEqual([lit.id]);
    expect(await ids({ providerPartnerId: fx.providerId })).not.toContain(lit.id);
    expect((await ids({ fundingAgreementId: fx.agreementId })).length).toBeGreaterThan(0);
    expect(await ids({ fundingAgreementId: randomUUID() })).toEqual([]);
  });

  it("stores a cohort, saves a move with its history, and filters by program, state and date overlap", async () => {
    const p = program();
    await insertProgram(db(), p, at);
    const c = cohort(p.id);
    expect(await insertCohort(db(), c, at)).toEqual({ ...c, revision: 1, createdAt: at, updatedAt: at });
    const opened = await saveCohort(db(), { ...c, state: "open" }, later);
    expect(opened).toMatchObject({ state: "open", revision: 2 });
    await appendHistory(db(), COHORT_ENTITY, c.id, { at: later, actor: "u", from: "planned", to: "open" });
    expect(await listHistory(db(), COHORT_ENTITY, c.id)).toEqual([
      { at: later, actor: "u", from: "planned", to: "open" },
    ]);
    const june = cohort(p.id, { name: "Angkatan II", startDate: "2024-06-03", endDate: "2024-07-31" });
    await insertCohort(db(), june, at);
    const sort = { field: "startDate" as const, direction: "asc" as const };
    const names = async (q: Partial<Parameters<typeof listCohorts>[1]>) =>
      (await listCohorts(db(), { sort, limit: 50, programId: p.id, ...q })).items.map((x) => x.name);
    expect(await names({})).toEqual(["Angkatan I", "Angkatan II"]);
    expect(await names({ state: "open" })).toEqual(["Angkatan I"]);
    expect(await names({ from: "2024-05-11" })).toEqual(["Angkatan II"]);
    expect(await names({ to: "2024-05-10" })).toEqual(["Angkatan I"]);
    expect(await names({ from: "2024-05-01", to: "2024-06-03" })).toEqual(["Angkatan I", "Angkatan II"]);
    expect(await names({ facilityId: fx.otherFacilityId })).toEqual([]);
    expect(await findCohort(db(), june.id)).toMatchObject({
      eligibility: june.eligibility,
      plannedSessions: 20,
    });
  });

  it("refuses a cohort ending before it starts", async () => {
    const p = program();
    await insertProgram(db(), p, at);
    await expect(
      insertCohort(db(), cohort(p.id, { startDate: "2024-03-04", endDate: "2024-03-01" }), at),
    ).rejects.toMatchObject({ code: "23514" });
  });
});
