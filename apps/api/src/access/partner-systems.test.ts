import { seedDemoData } from "@sinergi/db";
import { makeNik, type Permission, rolePermissions } from "@sinergi/domain";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { SIGNED_SCAN_ID, storeSignedScan } from "../resources/agreements/fixtures.ts";
import { anyRevision, describeApi } from "../testing.ts";

/**
 * What a partner system sees of inmates, on the demo data: Pemko Medan's PKS with Rutan Medan grants
 * it the records of Kota Medan residents (names, no personal data) while the PKS is in force.
 */
describeApi("partner systems", (t) => {
  let medan: string;
  let salatiga: string;
  let pemko: string;
  let lsp: string;
  let pks: string;
  let key: Record<string, string>;
  const all = [...rolePermissions("partner_system")] as Permission[];
  const bearer = async (partnerId: string, permissions: readonly Permission[] = all) => ({
    authorization: `Bearer ${await t.apiKey("partner_system", { kind: "partner", partnerId }, permissions)}`,
  });
  const idOf = async (table: "facilities" | "partners", name: string) =>
    (await t.db.selectFrom(table).select("id").where("name", "ilike", name).executeTakeFirstOrThrow()).id;
  const register = async (facilityId: string, districtCode: string, serial: number) => {
    const birthDate = "1993-02-11";
    const res = await t.post("/api/v1/inmates", {
      facilityId,
      registrationNumber: `BI.${serial}/2026`,
      name: `Warga ${serial}`,
      nik: makeNik({ districtCode, birthDate, sex: "male", serial }),
      sex: "male",
      birthDate,
      legalStatus: "convict",
      admissionDate: "2026-01-05",
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; nik: string };
  };

  beforeAll(async () => {
    await seedDemoData(t.db, { now: t.now() });
    await storeSignedScan(t.db);
    medan = await idOf("facilities", "%Rutan%Medan%");
    salatiga = await idOf("facilities", "%Salatiga%");
    pemko = await idOf("partners", "Pemerintah Kota Medan");
    lsp = await idOf("partners", "LSP%Medan%");
    pks = (
      await t.db
        .selectFrom("agreements")
        .select("id")
        .where("facilityId", "=", medan)
        .where("kind", "=", "pks")
        .executeTakeFirstOrThrow()
    ).id;
    key = await bearer(pemko);
  });

  it("lists only the Kota Medan residents its PKS grants, with NIK and birth date masked", async () => {
    const outsider = await register(medan, "12.12.01", 901); // Deli Serdang, not Kota Medan
    const elsewhere = await register(salatiga, "12.71.01", 902); // a Medan resident held in Salatiga
    const res = await t.get("/api/v1/inmates?limit=200", key);
    expect(res.status).toBe(200);
    const items = res.body.items as { id: string; facilityId: string; domicile: string; nik: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      expect(i.facilityId).toBe(medan);
      expect(i.domicile).toBe("12.71");
      expect(i.nik).not.toMatch(/^\d{16}$/);
    }
    const ids = items.map((i) => i.id);
    expect(ids).not.toContain(outsider.id);
    expect(ids).not.toContain(elsewhere.id);
    const one = await t.get(`/api/v1/inmates/${items[0]?.id}`, key);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ personalDataMasked: true });
    expect((await t.get(`/api/v1/inmates/${outsider.id}`, key)).status).toBe(404);
    expect((await t.get(`/api/v1/inmates/${elsewhere.id}`, key)).status).toBe(404);
  });

  it("sees no record at all without a granting clause, and none once the PKS has ended", async () => {
    const lspKey = await bearer(lsp);
    const res = await t.get("/api/v1/inmates", lspKey);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    const later = t.now;
    t.now = () => "2027-11-11T05:00:00.000Z"; // the day after the PKS's last day, in WIB
    try {
      expect((await t.get("/api/v1/inmates", key)).body.items).toEqual([]);
    } finally {
      t.now = later;
    }
  });

  it("lets a PKS over participants show the LSP the inmates of the programs it certifies there", async () => {
    const lspKey = await bearer(lsp);
    const draft = await t.post("/api/v1/agreements", {
      kind: "pks",
      title: "PKS Uji Kompetensi",
      facilityId: medan,
      partnerIds: [lsp],
      fields: ["manpower"],
      facilityDocumentNumber: "W2.PAS-01",
      partnerDocumentNumber: "LSP-01",
      signatories: [
        { name: "Kepala Rutan", position: "Kepala", side: "facility" },
        { name: "Ketua LSP", position: "Ketua", side: "partner" },
      ],
      signedDocumentId: SIGNED_SCAN_ID,
      startDate: "2026-01-01",
      endDate: "2027-12-31",
      recordAccess: { covers: "participants" },
    });
    expect(draft.status).toBe(201);
    for (const move of ["propose", "negotiate"])
      expect((await t.post(`/api/v1/agreements/${draft.body.id}/${move}`, {}, anyRevision)).status).toBe(200);
    const sign = await t.post(
      `/api/v1/agreements/${draft.body.id}/sign`,
      { signedOn: "2025-12-20" },
      anyRevision,
    );
    expect(sign.status).toBe(200);
    const enrolled = await t.db
      .selectFrom("enrollments")
      .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
      .innerJoin("programs", "programs.id", "cohorts.programId")
      .select("enrollments.inmateId")
      .where("cohorts.facilityId", "=", medan)
      .where(sql<boolean>`programs.certification_scheme ->> 'issuerPartnerId' = ${lsp}::text`)
      .execute();
    expect(enrolled.length).toBeGreaterThan(0);
    const res = await t.get("/api/v1/inmates?limit=200", lspKey);
    expect(res.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [...new Set(enrolled.map((e) => e.inmateId))].sort(),
    );
  });

  it("shows personal data only where the clause includes it, and audits that read", async () => {
    const resident = await register(medan, "12.71.03", 903);
    const amend = await t.post(
      `/api/v1/agreements/${pks}/amend`,
      {
        reason: "Dukcapil verification of residents' NIKs",
        signedDocumentId: SIGNED_SCAN_ID,
        recordAccess: { covers: "area_residents", personalData: true },
      },
      anyRevision,
    );
    expect(amend.status).toBe(200);
    expect(amend.body.recordAccess).toEqual({ covers: "area_residents", personalData: true });
    const full = await t.get(`/api/v1/inmates/${resident.id}`, key);
    expect(full.body).toMatchObject({ nik: resident.nik, personalDataMasked: false });
    const namesOnly = await bearer(pemko, ["inmates:read"]);
    expect((await t.get(`/api/v1/inmates/${resident.id}`, namesOnly)).body.personalDataMasked).toBe(true);
    const reads = await t.db
      .selectFrom("auditLog")
      .select("action")
      .where("resourceId", "=", resident.id)
      .where("action", "=", "read-personal-data")
      .execute();
    expect(reads).toHaveLength(1);
  });

  it("refuses a record-access clause on an MoU or over residents of a partner with no area", async () => {
    const noArea = await t.post("/api/v1/partners", { kind: "ngo", name: "Yayasan Tanpa Wilayah" });
    expect(noArea.status).toBe(201);
    const before = await t.db.selectFrom("agreements").select("id").execute();
    const mou = await t.post("/api/v1/agreements", {
      kind: "mou",
      title: "MoU",
      facilityId: medan,
      partnerIds: [pemko],
      recordAccess: { covers: "participants" },
    });
    expect(mou.status).toBe(422);
    expect(mou.body).toMatchObject({ code: "agreement/invalid-record-access" });
    expect(mou.body.errors).toEqual([expect.objectContaining({ field: "recordAccess" })]);
    const pksNoArea = await t.post("/api/v1/agreements", {
      kind: "pks",
      title: "PKS",
      facilityId: medan,
      partnerIds: [noArea.body.id],
      recordAccess: { covers: "area_residents" },
    });
    expect(pksNoArea.status).toBe(422);
    expect(pksNoArea.body.errors).toEqual([expect.objectContaining({ field: "recordAccess.covers" })]);
    expect(await t.db.selectFrom("agreements").select("id").execute()).toHaveLength(before.length);
  });

  it("counts its own area's residents across facilities, listing only its partners' facilities", async () => {
    const res = await t.get("/api/v1/statistics/residents", key);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ areaCode: "12.71", suppressedBelow: 5 });
    expect(res.body.facilities.map((f: { facilityId: string }) => f.facilityId)).toEqual([medan]);
    expect(res.body.facilities[0].population).toMatchObject({ total: 3290, residents: 2340 });
    // The Medan resident registered in Salatiga sits among the other facilities, too few to show.
    expect(res.body.otherFacilities).toMatchObject({ registered: null });
    expect(JSON.stringify(res.body)).not.toContain(salatiga);
    expect((await t.get("/api/v1/statistics/residents?areaCode=33.73", key)).status).toBe(404);
  });

  it("gives admins exact counts for any area within their facilities, and names a missing area", async () => {
    const national = await t.get("/api/v1/statistics/residents?areaCode=12.71");
    expect(national.status).toBe(200);
    expect(national.body.suppressedBelow).toBe(null);
    const rows = national.body.facilities as { facilityId: string; registered: number }[];
    expect(rows.map((r) => r.facilityId).sort()).toEqual([medan, salatiga].sort());
    const inMedan = rows.find((r) => r.facilityId === medan);
    const listed = await t.get(`/api/v1/inmates?facilityId=${medan}&domicileRegencyCode=12.71&limit=200`);
    expect(inMedan?.registered).toBe(listed.body.items.length);
    const province = await t.get("/api/v1/statistics/residents?areaCode=12");
    expect(province.body.total.registered).toBeGreaterThan(national.body.total.registered);
    const salatigaAdmin = await t.createUser("facility_admin", { kind: "facility", facilityId: salatiga });
    const scoped = await t.get("/api/v1/statistics/residents?areaCode=12.71", {
      cookie: await t.sessionCookie(salatigaAdmin.id),
    });
    expect(scoped.body.facilities.map((f: { facilityId: string }) => f.facilityId)).toEqual([salatiga]);
    const missing = await t.get("/api/v1/statistics/residents");
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: "query.areaCode" })]);
    expect((await t.get("/api/v1/statistics/residents?areaCode=99.99")).status).toBe(404);
  });

  it("answers 409 to a partner with no area recorded", async () => {
    const noArea = await t.db
      .selectFrom("partners")
      .select("id")
      .where("areaCode", "is", null)
      .executeTakeFirst();
    const id =
      noArea?.id ?? (await t.post("/api/v1/partners", { kind: "ngo", name: "Yayasan Lain" })).body.id;
    const res = await t.get("/api/v1/statistics/residents", await bearer(id));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("statistics/partner-without-area");
  });
});
