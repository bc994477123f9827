import { randomUUID } from "node:crypto";
import { assembleReport, type ReportScope } from "@sinergi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor, SinergiDb } from "../../connection.ts";
import { json } from "../../json.ts";
import { insertFacilityRow, insertOfficeRow, insertPartnerRow, testBackends } from "../../testing/index.ts";
import { ENROLLMENT_ENTITY, facilityOfCohort } from "../enrollment/enrollments.ts";
import { computeUnitFigures } from "./figures.ts";

const AT = "2026-01-01T00:00:00.000Z";
const stamp = { createdAt: AT, updatedAt: AT };

/** A signed PKS of a facility, or the directorate's own MoU (paper: the legacy hash stands in for the document). */
async function signedPks(
  db: Executor,
  p: {
    facilityId: string | null;
    title: string;
    signedOn: string;
    startDate: string;
    endDate: string;
    renewsId?: string;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("agreements")
    .values({
      id,
      // Neither a facility nor an office: a national MoU the directorate signed itself.
      kind: p.facilityId === null ? "mou" : "pks",
      title: p.title,
      facilityId: p.facilityId,
      regionalOfficeId: null,
      parentMouId: null,
      fields: ["manpower"],
      facilityDocumentNumber: `W.${id.slice(0, 6)}`,
      partnerDocumentNumber: `P.${id.slice(0, 6)}`,
      signatories: json([]),
      signedDocument: json({ sha256: "b".repeat(64) }),
      startDate: p.startDate,
      endDate: p.endDate,
      renewsId: p.renewsId ?? null,
      state: "signed",
      signedAt: `${p.signedOn}T02:00:00.000Z`,
      signedOn: p.signedOn,
      terminatedOn: null,
      terminationReason: null,
      ...stamp,
    })
    .execute();
  return id;
}

/** Medan: a PKS with the city funds certified training; 48 residents of Kota Medan enrolled and certified. */
async function medanStory(
  db: Executor,
  officeId: string,
): Promise<{ facilityId: string; agreementId: string }> {
  const facilityId = await insertFacilityRow(db, {
    regionalOfficeId: officeId,
    name: "Rutan Medan",
    regencyCode: "12.71",
    timeZone: "Asia/Jakarta",
    at: AT,
  });
  const agreementId = await signedPks(db, {
    facilityId,
    title: "PKS Pelatihan Bersertifikat Pemko Medan",
    signedOn: "2026-09-20",
    startDate: "2026-09-20",
    endDate: "2027-09-19",
  });
  const providerId = await insertPartnerRow(db, { kind: "training_provider", name: "BLK Medan", at: AT });
  const programId = randomUUID();
  await db
    .insertInto("programs")
    .values({
      id: programId,
      name: "Barbershop",
      track: "vocational",
      field: "barbershop",
      providerPartnerId: providerId,
      fundingAgreementId: agreementId,
      certificationScheme: null,
      ...stamp,
    })
    .execute();
  const cohortId = randomUUID();
  await db
    .insertInto("cohorts")
    .values({
      id: cohortId,
      programId,
      facilityId,
      name: "Angkatan I",
      startDate: "2026-10-05",
      endDate: "2026-10-24",
      capacity: 48,
      instructors: json([]),
      eligibility: json({}),
      state: "completed",
      ...stamp,
    })
    .execute();
  for (let n = 1; n <= 50; n += 1) {
    const inmateId = randomUUID();
    await db
      .insertInto("inmates")
      .values({
        id: inmateId,
        facilityId,
        registrationNumber: `BI.${n}`,
        name: `Warga ${n}`,
        nik: null,
        sex: "male",
        birthDate: "1990-01-01",
        legalStatus: "convict",
        // Two of them live in Deli Serdang and are not in this cohort.
        domicileRegencyCode: n <= 48 ? "12.71" : "12.07",
        admissionDate: "2025-06-01",
        expectedReleaseDate: null,
        ...stamp,
      })
      .execute();
    if (n > 48) continue;
    const enrollmentId = randomUUID();
    await db
      .insertInto("enrollments")
      .values({
        id: enrollmentId,
        cohortId,
        facilityId: facilityOfCohort(cohortId),
        inmateId,
        state: "completed",
        assessment: null,
        endReason: null,
        enrolledAt: "2026-10-05T01:00:00.000Z",
        ...stamp,
      })
      .execute();
    await db
      .insertInto("lifecycleHistory")
      .values({
        entityType: ENROLLMENT_ENTITY,
        entityId: enrollmentId,
        at: "2026-10-24T09:00:00.000Z",
        actor: "kasi",
        fromState: "enrolled",
        toState: "completed",
      })
      .execute();
    await db
      .insertInto("certificates")
      .values({
        id: randomUUID(),
        number: `SNG/2026/${String(n).padStart(5, "0")}`,
        enrollmentId,
        schemeName: "Skema Pangkas Rambut",
        competency: "Memotong rambut",
        holderName: `Warga ${n}`,
        issuedOn: "2026-10-28",
        status: "issued",
        verificationCode: String(n).padStart(16, "0"),
        ...stamp,
      })
      .execute();
  }
  return { facilityId, agreementId };
}

/** Barabai (WITA): eight PKS with eight agencies signed on one day, three renewing three-year ones. */
async function barabaiStory(db: Executor, officeId: string): Promise<string> {
  const facilityId = await insertFacilityRow(db, {
    regionalOfficeId: officeId,
    name: "Rutan Barabai",
    regencyCode: "63.07",
    timeZone: "Asia/Makassar",
    at: AT,
  });
  for (let n = 1; n <= 8; n += 1) {
    const renewsId =
      n <= 3
        ? await signedPks(db, {
            facilityId,
            title: `PKS Dinas ${n} (2023)`,
            signedOn: "2023-10-14",
            startDate: "2023-10-14",
            endDate: "2026-10-13",
          })
        : undefined;
    await signedPks(db, {
      facilityId,
      title: `PKS Dinas ${n}`,
      signedOn: "2026-10-14",
      startDate: "2026-10-14",
      endDate: "2029-10-13",
      ...(renewsId === undefined ? {} : { renewsId }),
    });
  }
  return facilityId;
}

describe.each(testBackends())("the field stories in the October 2026 reports on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(() => handle.close());

  it("shows Medan's 48 certified residents and Barabai's eight PKS in facility, regional and national reports", async () => {
    const sumut = await insertOfficeRow(db(), { provinceCode: "12", name: "Kanwil Sumut", at: AT });
    const kalsel = await insertOfficeRow(db(), { provinceCode: "63", name: "Kanwil Kalsel", at: AT });
    const medan = await medanStory(db(), sumut);
    const barabai = await barabaiStory(db(), kalsel);
    await signedPks(db(), {
      facilityId: null,
      title: "MoU Ditjenpas dan BNSP",
      signedOn: "2026-10-31",
      startDate: "2026-11-01",
      endDate: "2031-10-31",
    });
    const report = async (scope: ReportScope) =>
      assembleReport(scope, "2026-10", await computeUnitFigures(db(), "2026-10", scope));

    const medanReport = await report({ kind: "facility", facilityId: medan.facilityId });
    expect(medanReport.units).toHaveLength(1);
    expect(medanReport.totals.training).toEqual({
      cohortsRunning: 1,
      enrollments: 48,
      completions: 48,
      endedOtherwise: 0,
      certificatesIssued: 48,
      inmatesTrained: 48,
      population: 0,
    });
    expect(medanReport.totals.domicile).toEqual([
      { areaCode: "12.07", inmates: 2, trained: 0, certified: 0 },
      { areaCode: "12.71", inmates: 48, trained: 48, certified: 48 },
    ]);
    expect(medanReport.totals.outcomes).toEqual([
      {
        agreementId: medan.agreementId,
        title: "PKS Pelatihan Bersertifikat Pemko Medan",
        cohortsFunded: 1,
        enrolled: 48,
        completed: 48,
        certified: 48,
      },
    ]);

    const barabaiReport = await report({ kind: "facility", facilityId: barabai });
    expect(barabaiReport.totals.agreements).toEqual({
      activeAtEnd: 8,
      signed: 8,
      renewed: 3,
      terminated: 0,
      expired: 0,
      expiringNext90: 0,
    });
    expect(barabaiReport.totals.coverage.manpower).toBe(1);

    const sumutReport = await report({ kind: "regional_office", regionalOfficeId: sumut });
    expect(sumutReport.units.map((u) => u.unit.kind)).toEqual(["facility", "regional_office"]);
    expect(sumutReport.totals.training).toEqual(medanReport.totals.training);
    const kalselReport = await report({ kind: "regional_office", regionalOfficeId: kalsel });
    expect(kalselReport.totals.agreements).toEqual(barabaiReport.totals.agreements);

    const national = await report({ kind: "national" });
    expect(national.units.map((u) => u.unit.kind)).toEqual([
      "facility",
      "facility",
      "regional_office",
      "regional_office",
      "directorate",
    ]);
    expect(national.totals.training.certificatesIssued).toBe(48);
    expect(national.units.at(-1)?.agreements).toMatchObject({ signed: 1, activeAtEnd: 0 });
    expect(national.totals.agreements).toMatchObject({ signed: 9, renewed: 3, activeAtEnd: 9 });
    expect(national.totals.domicile.find((d) => d.areaCode === "12.71")).toEqual({
      areaCode: "12.71",
      inmates: 48,
      trained: 48,
      certified: 48,
    });
    // September: Medan's PKS signed, nothing trained yet; the Barabai predecessors still running.
    const september = assembleReport(
      { kind: "national" },
      "2026-09",
      await computeUnitFigures(db(), "2026-09", { kind: "national" }),
    );
    expect(september.totals.agreements).toMatchObject({ signed: 1, activeAtEnd: 4, expiringNext90: 3 });
    expect(september.totals.training.certificatesIssued).toBe(0);
  });
});
