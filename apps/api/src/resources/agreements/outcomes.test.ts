import { randomUUID } from "node:crypto";
import {
  insertCohortRow,
  insertEnrollmentRow,
  insertInmateRow,
  insertOrgFixture,
  insertProgramRow,
  type OrgFixture,
} from "@sinergi/db/testing";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

const at = "2026-01-02T00:00:00.000Z";
let serial = 0;

describeApi("agreement outcomes", (t) => {
  const base = "/api/v1/agreements";
  let org: OrgFixture;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db, { home: "barabai" });
  });
  const draft = async (facilityId: string) =>
    (
      await t.post(base, {
        kind: "pks",
        title: "PKS Pelatihan Kerja",
        facilityId,
        partnerIds: [org.partnerIds[1]],
        fields: ["manpower"],
      })
    ).body as { id: string };
  const program = async (fundingAgreementId: string | null) => {
    const id = await insertProgramRow(t.db, {
      name: "Pelatihan Barbershop",
      providerPartnerId: org.partnerIds[1],
      scheme: null,
      at,
    });
    await t.db.updateTable("programs").set({ fundingAgreementId }).where("id", "=", id).execute();
    return id;
  };
  const enrol = async (cohortId: string, facilityId: string, state: string) =>
    insertEnrollmentRow(t.db, {
      cohortId,
      inmateId: await insertInmateRow(t.db, { facilityId, at }),
      state,
      result: state === "completed" ? "competent" : null,
      at,
    });
  const certify = async (enrollmentId: string, status: string) => {
    const id = randomUUID();
    serial += 1;
    await t.db
      .insertInto("certificates")
      .values({
        id,
        number: `SNG/2026/${String(serial).padStart(5, "0")}`,
        issuerNumber: null,
        enrollmentId,
        schemeName: "Barbershop",
        schemeType: null,
        competency: "Memotong rambut",
        level: null,
        units: JSON.stringify([]) as never,
        issuerPartnerId: null,
        holderName: "Warga Binaan",
        issuedOn: "2026-01-10",
        validUntil: null,
        status,
        revokedReason: status === "revoked" ? "data keliru" : null,
        revokedOn: status === "revoked" ? "2026-01-20" : null,
        verificationCode: String(serial).padStart(16, "7"),
        createdAt: at,
        updatedAt: at,
      })
      .execute();
  };

  it("counts the cohorts of the programs an agreement funds and the people trained and certified in them", async () => {
    const a = await draft(org.facilityId);
    const funded = await program(a.id);
    const other = await program(null);
    const home = await insertCohortRow(t.db, { programId: funded, facilityId: org.facilityId, at });
    const certified = await enrol(home, org.facilityId, "completed");
    await certify(certified, "issued");
    await certify(await enrol(home, org.facilityId, "completed"), "revoked");
    await enrol(home, org.facilityId, "enrolled");
    const away = await insertCohortRow(t.db, {
      programId: funded,
      facilityId: org.jayapuraFacilityId,
      startDate: "2026-02-02",
      endDate: "2026-02-06",
      at,
    });
    await enrol(away, org.jayapuraFacilityId, "completed");
    const cancelled = await insertCohortRow(t.db, {
      programId: funded,
      facilityId: org.facilityId,
      state: "cancelled",
      at,
    });
    await enrol(cancelled, org.facilityId, "enrolled");
    await enrol(
      await insertCohortRow(t.db, { programId: other, facilityId: org.facilityId, at }),
      org.facilityId,
      "completed",
    );

    const res = await t.get(`${base}/${a.id}/outcomes`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      agreementId: a.id,
      cohortsFunded: 2,
      enrolled: 4,
      completed: 3,
      certified: 1,
    });
    expect(res.body.cohorts.map((c: { cohortId: string }) => c.cohortId)).toEqual([away, home]);
    expect(res.body.cohorts[1]).toMatchObject({
      programId: funded,
      facilityId: org.facilityId,
      startDate: "2026-01-05",
      enrolled: 3,
      completed: 2,
      certified: 1,
    });
  });

  it("shows nothing funded as zeros, and hides another facility's agreement", async () => {
    const mine = await draft(org.facilityId);
    expect((await t.get(`${base}/${mine.id}/outcomes`)).body).toEqual({
      agreementId: mine.id,
      cohortsFunded: 0,
      enrolled: 0,
      completed: 0,
      certified: 0,
      cohorts: [],
    });
    const theirs = await draft(org.jayapuraFacilityId);
    const user = await t.createUser("facility_admin", { kind: "facility", facilityId: org.facilityId });
    const headers = { cookie: await t.signIn(user.email, user.password), origin: "http://localhost" };
    const as = (path: string) => t.request("GET", path, { anonymous: true, headers });
    expect((await as(`${base}/${mine.id}/outcomes`)).status).toBe(200);
    expect((await as(`${base}/${theirs.id}/outcomes`)).status).toBe(404);
    expect((await as(`${base}/${randomUUID()}/outcomes`)).status).toBe(404);
  });
});
