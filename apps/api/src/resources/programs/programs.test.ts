import { insertTrainingFixture, type TrainingFixture } from "@sinergi/db/testing";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";

describeApi("programs", (t) => {
  const base = "/api/v1/programs";
  let org: TrainingFixture;
  beforeAll(async () => {
    org = await insertTrainingFixture(t.db);
  });
  const scheme = () => ({
    issuerPartnerId: org.lspId,
    name: "Skema Okupasi Pemangkas Rambut",
    schemeType: "okupasi",
    competencyUnits: [
      { code: "I.56PAR00.001.2", title: "Menerapkan K3 di tempat kerja" },
      { code: "I.56PAR00.002.2", title: "Melakukan pangkas rambut pria" },
    ],
    level: 2,
    validityMonths: 36,
  });
  const barbershop = () => ({
    name: "Pelatihan Barbershop Bersertifikat",
    track: "vocational",
    field: "barbershop",
    providerPartnerId: org.providerId,
    fundingAgreementId: org.agreementId,
    certificationScheme: scheme(),
  });
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("programs")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("creates a program with the 0.8 default attendance share and reads it back with an ETag", async () => {
    const created = await t.post(base, barbershop());
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${base}/${created.body.id}`);
    expect(created.body).toMatchObject({
      minAttendanceShare: 0.8,
      certificationScheme: scheme(),
      revision: 1,
    });
    const read = await t.get(`${base}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(read.body).toEqual(created.body);
  });

  it("lists with filters on track, field, provider and agreement, and pages with a cursor", async () => {
    await t.post(base, {
      name: "Literasi Baca Tulis",
      track: "personal_development",
      field: "literacy",
      minAttendanceShare: 0.5,
    });
    await t.post(base, { ...barbershop(), name: "Pelatihan Roti", field: "bakery" });
    const names = async (qs: string) =>
      (await t.get(`${base}?${qs}`)).body.items.map((p: { name: string }) => p.name);
    expect(await names("track=personal_development")).toEqual(["Literasi Baca Tulis"]);
    expect(await names("field=bakery")).toEqual(["Pelatihan Roti"]);
    expect(await names(`providerPartnerId=${org.providerId}&sort=name`)).toEqual([
      "Pelatihan Barbershop Bersertifikat",
      "Pelatihan Roti",
    ]);
    expect(await names(`fundingAgreementId=${org.agreementId}&sort=-name`)).toEqual([
      "Pelatihan Roti",
      "Pelatihan Barbershop Bersertifikat",
    ]);
    const first = await t.get(`${base}?limit=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await t.get(`${base}?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect((await t.get(`${base}?track=both`)).body.errors[0].field).toBe("query.track");
  });

  it("lists the programs run at a facility, through the cohorts the caller may see", async () => {
    const { body: roti } = await t.post(base, {
      name: "Roti di Medan",
      track: "vocational",
      field: "bakery",
    });
    const { body: tempe } = await t.post(base, {
      name: "Tempe di Salatiga",
      track: "vocational",
      field: "tempe_production",
    });
    await t.post(base, { name: "Belum dijalankan", track: "vocational", field: "bakery" });
    const cohort = (programId: string, facilityId: string, name: string) =>
      t.post("/api/v1/cohorts", {
        programId,
        facilityId,
        name,
        startDate: "2026-01-19",
        endDate: "2026-03-27",
        capacity: 16,
        plannedSessions: 20,
      });
    expect((await cohort(roti.id, org.facilityId, "Roti I")).status).toBe(201);
    expect((await cohort(roti.id, org.facilityId, "Roti II")).status).toBe(201);
    expect((await cohort(tempe.id, org.otherFacilityId, "Tempe I")).status).toBe(201);
    const names = async (qs: string, headers?: Record<string, string>) => {
      const res = await t.request("GET", `${base}?${qs}`, headers ? { headers, anonymous: true } : {});
      expect(res.status).toBe(200);
      return res.body.items.map((p: { name: string }) => p.name);
    };
    // Once each, however many cohorts it has there.
    expect(await names(`facilityId=${org.facilityId}`)).toEqual(["Roti di Medan"]);
    expect(await names(`facilityId=${org.otherFacilityId}`)).toEqual(["Tempe di Salatiga"]);
    // Salatiga's admin sees Medan as a facility that runs nothing, as a random id.
    const user = await t.createUser("facility_admin", { kind: "facility", facilityId: org.otherFacilityId });
    const headers = { cookie: await t.signIn(user.email, user.password), origin: "http://localhost" };
    expect(await names(`facilityId=${org.facilityId}`, headers)).toEqual([]);
    expect(await names(`facilityId=${org.otherFacilityId}`, headers)).toEqual(["Tempe di Salatiga"]);
    expect(await names("facilityId=00000000-0000-4000-8000-000000000000")).toEqual([]);
    expect((await t.get(`${base}?facilityId=nope`)).body.errors[0].field).toBe("query.facilityId");
  });

  it("updates with If-Match, clears the scheme with null, and refuses a stale If-Match leaving the row", async () => {
    const { body: p } = await t.post(base, barbershop());
    const ok = await t.patch(
      `${base}/${p.id}`,
      { certificationScheme: null, minAttendanceShare: 0.75 },
      { "if-match": '"1"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ certificationScheme: null, minAttendanceShare: 0.75, revision: 2 });
    const stale = await t.patch(`${base}/${p.id}`, { name: "Overwritten" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const row = await t.db
      .selectFrom("programs")
      .selectAll()
      .where("id", "=", p.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: p.name, revision: 2, certificationScheme: null });
  });

  it("answers wrong types, unknown fields and bad shares with 422 naming each field, creating nothing", async () => {
    const before = await count();
    const bad = await t.post(base, {
      ...barbershop(),
      name: 42,
      track: "both",
      minAttendanceShare: 1.5,
      certificationScheme: { ...scheme(), validityMonths: "36" },
      extra: true,
    });
    expect(bad.status).toBe(422);
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual([
      "certificationScheme.validityMonths",
      "extra",
      "minAttendanceShare",
      "name",
      "track",
    ]);
    expect(await count()).toBe(before);
  });

  it("refuses a duplicate competency unit code and unknown partners or agreements with 422 naming the field", async () => {
    const before = await count();
    const dup = await t.post(base, {
      ...barbershop(),
      certificationScheme: {
        ...scheme(),
        competencyUnits: [
          { code: "I.56PAR00.001.2", title: "A" },
          { code: "I.56PAR00.001.2", title: "B" },
        ],
      },
    });
    expect(dup.status).toBe(422);
    expect(dup.body.code).toBe("program/duplicate-competency-unit");
    expect(dup.body.errors[0].field).toBe("certificationScheme.competencyUnits.1.code");
    const missing = "00000000-0000-4000-8000-000000000000";
    const refs = await t.post(base, {
      ...barbershop(),
      providerPartnerId: missing,
      fundingAgreementId: missing,
      certificationScheme: { ...scheme(), issuerPartnerId: missing },
    });
    expect(refs.status).toBe(422);
    expect(refs.body.errors.map((e: { field: string }) => e.field)).toEqual([
      "providerPartnerId",
      "fundingAgreementId",
      "certificationScheme.issuerPartnerId",
    ]);
    expect(await count()).toBe(before);
  });

  it("answers an unknown id with 404 and a non-uuid id with 400", async () => {
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await t.get(`${base}/nope`)).body.errors[0].field).toBe("path.id");
    expect(
      (await t.patch(`${base}/00000000-0000-4000-8000-000000000000`, { name: "x" }, anyRevision)).status,
    ).toBe(404);
  });
});
