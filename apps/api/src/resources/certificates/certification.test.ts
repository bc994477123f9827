import { PDFParse } from "pdf-parse";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { type CertificateOrg, insertCertificateOrg, insertCohort, insertInmate } from "./fixtures.ts";

const UNITS = [
  { code: "C.10TMP00.001.1", title: "Menerapkan keamanan pangan" },
  { code: "C.10TMP00.002.1", title: "Melakukan fermentasi tempe" },
];
const PRISON_WORDS = /rutan|lapas|lpka|penjara|prison|tahanan|pemasyarakatan|warga binaan/i;

/** The text of a PDF, as a reader extracts it. */
async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describeApi("certification as BNSP does it", (t) => {
  let org: CertificateOrg;
  let facilityName: string;

  beforeAll(async () => {
    org = await insertCertificateOrg(t.db);
    facilityName = (
      await t.db
        .selectFrom("facilities")
        .select("name")
        .where("id", "=", org.facilityId)
        .executeTakeFirstOrThrow()
    ).name;
  });

  /** A program of the fixture's LSP with the two tempe units, and a running cohort of it with one inmate. */
  async function enrolled(scheme: Record<string, unknown> = {}) {
    const program = await t.post("/api/v1/programs", {
      name: "Produksi Tempe",
      track: "vocational",
      field: "tempe_production",
      certificationScheme: {
        issuerPartnerId: org.lspId,
        name: "Skema Okupasi Pembuat Tempe",
        schemeType: "okupasi",
        competencyUnits: UNITS,
        validityMonths: 36,
        ...scheme,
      },
    });
    expect(program.status).toBe(201);
    const cohortId = await insertCohort(t.db, { ...org, certifiedProgramId: program.body.id });
    const inmateId = await insertInmate(t.db, org);
    const e = await t.post(`/api/v1/cohorts/${cohortId}/enrollments`, { inmateId });
    await t.db.updateTable("cohorts").set({ state: "running" }).where("id", "=", cohortId).execute();
    const days = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"];
    await t.post(
      `/api/v1/enrollments/${e.body.id}/attendance`,
      { sessions: days.map((sessionDate) => ({ sessionDate, present: true })) },
      anyRevision,
    );
    return e.body.id as string;
  }
  const assess = (id: string, units: { code: string; result: string }[], assessedOn = "2026-01-09") =>
    t.post(`/api/v1/enrollments/${id}/assess`, { assessor: "Asesor LSP", assessedOn, units }, anyRevision);

  it("certifies only when every unit is competent: a re-assessment of the one unit makes it so, and both assessments stay", async () => {
    const id = await enrolled();
    const first = await assess(id, [
      { code: UNITS[0]!.code, result: "competent" },
      { code: UNITS[1]!.code, result: "not_yet_competent" },
    ]);
    expect(first.body.assessment.result).toBe("not_yet_competent");
    const again = await assess(id, [{ code: UNITS[1]!.code, result: "competent" }], "2026-01-09");
    expect(again.body.assessment.result).toBe("competent");
    expect((await t.post(`/api/v1/enrollments/${id}/complete`, {}, anyRevision)).status).toBe(200);
    const history = await t.get(`/api/v1/enrollments/${id}/assessments`);
    expect(history.body.items.map((a: { result: string }) => a.result)).toEqual([
      "not_yet_competent",
      "competent",
    ]);
    const unknown = await assess(await enrolled(), [{ code: "C.10TMP00.009.1", result: "competent" }]);
    expect([unknown.status, unknown.body.code, unknown.body.errors[0].field]).toEqual([
      422,
      "enrollment/unknown-unit",
      "units.0.code",
    ]);

    const cert = await t.post(`/api/v1/enrollments/${id}/certificate`, {
      issuedOn: "2026-01-12",
      issuerNumber: "LSP-PK/TMP/0007/2026",
    });
    expect(cert.status).toBe(201);
    expect(cert.body).toMatchObject({
      issuerNumber: "LSP-PK/TMP/0007/2026",
      schemeType: "okupasi",
      level: null,
      units: UNITS,
      validUntil: "2029-01-12",
    });
    expect(cert.body.number).toMatch(/^SNG\/2026\/\d{5}$/);
  });

  it("refuses a certificate while a unit is not yet competent", async () => {
    const id = await enrolled();
    await assess(id, [
      { code: UNITS[0]!.code, result: "competent" },
      { code: UNITS[1]!.code, result: "not_yet_competent" },
    ]);
    await t.post(`/api/v1/enrollments/${id}/complete`, {}, anyRevision);
    const res = await t.post(`/api/v1/enrollments/${id}/certificate`, { issuedOn: "2026-01-12" });
    expect([res.status, res.body.code]).toEqual([409, "certificate/not-issuable"]);
  });

  it("issues a training certificate that never expires when the scheme has no validity", async () => {
    const id = await enrolled({ validityMonths: null, schemeType: "klaster" });
    await assess(
      id,
      UNITS.map((u) => ({ code: u.code, result: "competent" })),
    );
    await t.post(`/api/v1/enrollments/${id}/complete`, {}, anyRevision);
    const cert = await t.post(`/api/v1/enrollments/${id}/certificate`, { issuedOn: "2026-01-12" });
    expect(cert.body).toMatchObject({ validUntil: null, statusToday: "valid", schemeType: "klaster" });
    const check = await t.request("GET", `/api/v1/public/certificates/${cert.body.verificationCode}`, {
      anonymous: true,
    });
    expect(check.body).toMatchObject({ validUntil: null, status: "valid" });
  });

  it("shows the units on the public check, found by the code as typed or by the QR link, never the facility", async () => {
    const id = await enrolled();
    await assess(
      id,
      UNITS.map((u) => ({ code: u.code, result: "competent" })),
    );
    await t.post(`/api/v1/enrollments/${id}/complete`, {}, anyRevision);
    const cert = await t.post(`/api/v1/enrollments/${id}/certificate`, { issuedOn: "2026-01-12" });
    const code: string = cert.body.verificationCode;
    const typed =
      `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8, 12)}-${code.slice(12)}`.toLowerCase();
    const link = `http://localhost/api/v1/public/certificates/${code}`;
    const direct = await t.request("GET", `/api/v1/public/certificates/${code}`, { anonymous: true });
    expect(direct.status).toBe(200);
    expect(direct.body).toMatchObject({
      number: cert.body.number,
      units: UNITS,
      schemeType: "okupasi",
      schemeName: "Skema Okupasi Pembuat Tempe",
    });
    for (const ref of [code, typed, link, `https://sinergi.example/cek?code=${code}`]) {
      const found = await t.request(
        "GET",
        `/api/v1/public/certificate-check?ref=${encodeURIComponent(ref)}`,
        {
          anonymous: true,
        },
      );
      expect([ref, found.status, found.body]).toEqual([ref, 200, direct.body]);
    }
    for (const ref of ["ZZZZZZZZZZZZZZZZ", "not a code", "https://sinergi.example/"]) {
      const none = await t.request("GET", `/api/v1/public/certificate-check?ref=${encodeURIComponent(ref)}`, {
        anonymous: true,
      });
      expect([ref, none.status]).toEqual([ref, 404]);
    }
    const text = JSON.stringify(direct.body);
    expect(text).not.toContain(facilityName);
    expect(text).not.toMatch(PRISON_WORDS);
  });

  it("prints an A4 PDF with the holder, scheme, units, issuer, dates and the check's link, and nothing of the facility", async () => {
    const id = await enrolled();
    await assess(
      id,
      UNITS.map((u) => ({ code: u.code, result: "competent" })),
    );
    await t.post(`/api/v1/enrollments/${id}/complete`, {}, anyRevision);
    const cert = await t.post(`/api/v1/enrollments/${id}/certificate`, {
      issuedOn: "2026-01-12",
      issuerNumber: "LSP-PK/TMP/0008/2026",
    });
    const res = await t.app.request(`/api/v1/certificates/${cert.body.id}/pdf`, {
      headers: { cookie: (await t.sessionCookie(t.adminId)).toString(), origin: "http://localhost" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("etag")).toBe('"1"');
    const bytes = await res.arrayBuffer();
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    // A4 is 595.28 x 841.89 points.
    expect(new TextDecoder("latin1").decode(bytes)).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    const text = (await pdfText(bytes)).replace(/\s+/g, " ");
    expect(text).toContain(cert.body.holderName);
    expect(text).toContain("Skema Okupasi Pembuat Tempe");
    for (const u of UNITS) {
      expect(text).toContain(u.code);
      expect(text).toContain(u.title);
    }
    expect(text).toContain("LSP Barber");
    expect(text).toContain(cert.body.number);
    expect(text).toContain("LSP-PK/TMP/0008/2026");
    expect(text).toContain("12 Januari 2026");
    expect(text).toContain("12 Januari 2029");
    expect(text).toContain(`/api/v1/public/certificates/${cert.body.verificationCode}`);
    expect(text).not.toContain(facilityName);
    expect(text).not.toContain(facilityName.split(" ").slice(0, 2).join(" "));
    expect(text).not.toMatch(PRISON_WORDS);

    const viewer = await t.createUser("viewer", { kind: "facility", facilityId: org.otherFacilityId });
    const outside = await t.app.request(`/api/v1/certificates/${cert.body.id}/pdf`, {
      headers: { cookie: await t.sessionCookie(viewer.id), origin: "http://localhost" },
    });
    expect(outside.status).toBe(404);
  });
});
