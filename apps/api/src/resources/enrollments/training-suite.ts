import { insertTrainingFixture, type TrainingFixture } from "@sinergi/db/testing";
import { makeNik } from "@sinergi/domain";
import { beforeAll, expect } from "vitest";
import { type ApiTest, anyRevision } from "../../testing.ts";

/**
 * The setup the enrollment suites share: the training fixture (Rutan Medan, a BLK, an LSP) and a
 * certified Barbershop program made before the suite; `org` is filled in before the first test.
 */
export function trainingSuite(t: ApiTest) {
  const org = {} as TrainingFixture;
  let programId = "";
  let serial = 100;

  /** Admits an inmate of the Medan facility (a convict from Medan, due out in 2028) through the API. */
  const inmate = async (over: Record<string, unknown> = {}) => {
    serial += 1;
    const birthDate = "1990-04-12";
    const res = await t.post("/api/v1/inmates", {
      facilityId: org.facilityId,
      registrationNumber: `BI.${serial}/2025`,
      name: `Warga Binaan ${serial}`,
      nik: makeNik({ districtCode: "12.71.05", birthDate, sex: "male", serial }),
      sex: "male",
      birthDate,
      legalStatus: "convict",
      admissionDate: "2025-01-06",
      expectedReleaseDate: "2028-01-01",
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  /** Creates a cohort of the Barbershop program (2 places, 5 sessions) and moves it on (open by default). */
  const cohort = async (over: Record<string, unknown> = {}, moves: string[] = ["open"]) => {
    const res = await t.post("/api/v1/cohorts", {
      programId,
      facilityId: org.facilityId,
      name: `Barbershop ${serial}`,
      startDate: "2026-01-05",
      endDate: "2026-01-09",
      capacity: 2,
      plannedSessions: 5,
      eligibility: { legalStatuses: ["convict"], domicileRegencyCodes: ["12.71"] },
      ...over,
    });
    expect(res.status).toBe(201);
    for (const m of moves)
      expect((await t.post(`/api/v1/cohorts/${res.body.id}/${m}`, {}, anyRevision)).status).toBe(200);
    return res.body.id as string;
  };

  /** Enrols one inmate through the API. */
  const enrol = (cohortId: string, inmateId: string) =>
    t.post(`/api/v1/cohorts/${cohortId}/enrollments`, { inmateId });
  /** The cohort's five session days. */
  const days = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"];

  beforeAll(async () => {
    Object.assign(org, await insertTrainingFixture(t.db));
    const program = await t.post("/api/v1/programs", {
      name: "Barbershop",
      track: "vocational",
      field: "barbershop",
      providerPartnerId: org.providerId,
      certificationScheme: {
        issuerPartnerId: org.lspId,
        name: "Skema Pangkas Rambut",
        schemeType: "kkni",
        competencyUnits: [{ code: "I.56PAR00.001.2", title: "Memotong rambut pria" }],
        level: 2,
        validityMonths: 36,
      },
    });
    expect(program.status).toBe(201);
    programId = program.body.id;
  });
  return { org, inmate, cohort, enrol, days };
}
