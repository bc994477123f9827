import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { appendHistory } from "../../history.ts";
import { type CertificationFixture, insertCertificationFixture } from "../../testing/fixtures.ts";
import { testBackends } from "../../testing/index.ts";
import { insertCohortRow, insertEnrollmentRow, insertInmateRow } from "../../testing/rows.ts";
import { insertPopulationSnapshot } from "../organisation/population.ts";
import { residentCountsByFacility } from "./residents.ts";

const setup = "2025-01-01T00:00:00.000Z";

describe.each(testBackends())("residents' counts as of a day on $name", (backend) => {
  let handle: SinergiDb;
  let fx: CertificationFixture;
  const db = () => handle.db;
  const countsOn = async (on: string) => {
    const rows = await residentCountsByFacility(db(), {
      areaCode: "12.71",
      facilityIds: [fx.facilityId],
      on,
    });
    expect(rows.map((r) => r.facilityId)).toEqual([fx.facilityId]);
    return rows[0];
  };

  /** A Medan resident admitted on a day. */
  const resident = async (
    admissionDate: string,
    facts: { sex?: "male" | "female"; legalStatus?: "detainee" | "convict" } = {},
  ) => {
    const id = await insertInmateRow(db(), { facilityId: fx.facilityId, at: setup });
    await db()
      .updateTable("inmates")
      .set({ admissionDate, domicileRegencyCode: "12.71", ...facts })
      .where("id", "=", id)
      .execute();
    return id;
  };

  /** An enrollment made at an instant, its moves written to lifecycle_history as the API writes them. */
  const enrollment = async (
    cohortId: string,
    inmateId: string,
    enrolledAt: string,
    end?: { state: "completed" | "withdrawn"; at: string },
  ) => {
    const id = await insertEnrollmentRow(db(), {
      cohortId,
      inmateId,
      state: end?.state ?? "enrolled",
      result: end?.state === "completed" ? "competent" : null,
      at: enrolledAt,
    });
    await appendHistory(db(), "enrollment", id, { at: enrolledAt, actor: "t", from: null, to: "enrolled" });
    if (end) {
      await appendHistory(db(), "enrollment", id, {
        at: end.at,
        actor: "t",
        from: "enrolled",
        to: end.state,
      });
      await db().updateTable("enrollments").set({ updatedAt: end.at }).where("id", "=", id).execute();
    }
    return id;
  };

  const certificate = async (
    enrollmentId: string,
    issuedOn: string,
    revokedOn: string | null = null,
    validUntil: string | null = "2029-01-01",
  ) => {
    const code = randomUUID().replace(/-/g, "").slice(0, 16).toUpperCase();
    await db()
      .insertInto("certificates")
      .values({
        id: randomUUID(),
        number: `SNG/${issuedOn.slice(0, 4)}/${String(parseInt(code.slice(0, 10), 16)).padStart(5, "0")}`,
        enrollmentId,
        schemeName: "Skema Pangkas Rambut",
        competency: "Memotong rambut",
        level: null,
        issuerPartnerId: fx.lspId,
        holderName: "Warga Binaan",
        issuedOn,
        validUntil,
        status: revokedOn === null ? "issued" : "revoked",
        revokedReason: revokedOn === null ? null : "dicabut",
        revokedOn,
        verificationCode: code,
        createdAt: setup,
        updatedAt: setup,
      })
      .execute();
  };

  beforeAll(async () => {
    handle = await backend.open();
    fx = await insertCertificationFixture(db(), setup);
    const cohort = await insertCohortRow(db(), {
      programId: fx.certifiedProgramId,
      facilityId: fx.facilityId,
      at: setup,
      capacity: 10,
    });
    // Held all year: enrolled in February, completed and certified in May.
    const andi = await resident("2025-01-06");
    const andiCourse = await enrollment(cohort, andi, "2026-02-02T02:00:00.000Z", {
      state: "completed",
      at: "2026-05-01T02:00:00.000Z",
    });
    await certificate(andiCourse, "2026-05-02");
    // Certified in January, the certificate revoked in July: valid on the first two days only.
    const budi = await resident("2025-01-06");
    const budiCourse = await enrollment(cohort, budi, "2025-09-01T02:00:00.000Z", {
      state: "completed",
      at: "2025-12-20T02:00:00.000Z",
    });
    await certificate(budiCourse, "2026-01-10", "2026-07-01");
    // Admitted in April as a detainee, enrolled in April and still training.
    const citra = await resident("2026-04-01", { sex: "female", legalStatus: "detainee" });
    await enrollment(cohort, citra, "2026-04-10T02:00:00.000Z");
    // Enrolled at 01:00 WIB on 1 March (still 28 February in UTC), withdrawn in March.
    const dedi = await resident("2025-01-06");
    await enrollment(cohort, dedi, "2026-02-28T18:00:00.000Z", {
      state: "withdrawn",
      at: "2026-03-20T02:00:00.000Z",
    });
    for (const [takenOn, total, residents] of [
      ["2026-02-15", 100, 40],
      ["2026-05-15", 120, 50],
    ] as const) {
      await insertPopulationSnapshot(
        db(),
        randomUUID(),
        fx.facilityId,
        {
          takenOn,
          total,
          detainees: 20,
          convicts: total - 20,
          byDomicile: [{ regencyCode: "12.71", count: residents }],
        },
        setup,
      );
    }
  });
  afterAll(() => handle.close());

  it("counts admissions, training, completions, certificates and the census as of 28 February", async () => {
    expect(await countsOn("2026-02-28")).toMatchObject({
      registered: 3,
      detainees: 0,
      convicts: 3,
      male: 3,
      female: 0,
      inTraining: 1,
      completedTraining: 1,
      certified: 1,
      population: { takenOn: "2026-02-15", total: 100, residents: 40 },
    });
  });

  it("counts an enrollment from its day in the facility's time zone (1 March)", async () => {
    expect(await countsOn("2026-03-01")).toMatchObject({ registered: 3, inTraining: 2 });
  });

  it("counts everything again as of 1 June: an admission, a completion, a new certificate, a later census", async () => {
    expect(await countsOn("2026-06-01")).toMatchObject({
      registered: 4,
      detainees: 1,
      convicts: 3,
      male: 3,
      female: 1,
      inTraining: 1,
      completedTraining: 2,
      certified: 2,
      population: { takenOn: "2026-05-15", total: 120, residents: 50 },
    });
  });

  it("stops counting a certificate once it is revoked", async () => {
    expect(await countsOn("2026-07-01")).toMatchObject({ certified: 1, completedTraining: 2 });
  });

  it("counts nobody before anyone was admitted, and no census before the first", async () => {
    expect(
      await residentCountsByFacility(db(), {
        areaCode: "12.71",
        facilityIds: [fx.facilityId],
        on: "2024-12-31",
      }),
    ).toEqual([]);
  });
});
