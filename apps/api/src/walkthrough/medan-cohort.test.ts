import { readFileSync } from "node:fs";
import { insertCertificationFixture } from "@sinergi/db/testing";
import { PDFParse } from "pdf-parse";
import { expect, it } from "vitest";
import { anyRevision, describeApi } from "../testing.ts";

/**
 * The README's walkthrough "enrol and certify Medan's cohort", run on an empty database: sixteen residents
 * of Kota Medan through one certified program, in bulk. The calls made must be the README's list.
 */

const README = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");

/** The `METHOD /path` steps the README's walkthrough names, in order, each once. */
function readmeSteps(): string[] {
  const section = /<!-- walkthrough:medan -->([\s\S]*?)<!-- \/walkthrough:medan -->/.exec(README)?.[1] ?? "";
  const steps = [...section.matchAll(/`(GET|POST|PATCH|DELETE) (\/api\/v1\/[^`?\s]*)/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
  return [...new Set(steps)];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const UNITS = [
  { code: "S.96PKS00.001.1", title: "Menerapkan K3 di tempat kerja" },
  { code: "S.96PKS00.002.1", title: "Melakukan pangkas rambut pria" },
  { code: "S.96PKS00.003.1", title: "Melakukan pencukuran kumis dan jenggot" },
];
const SESSIONS = ["2026-01-20", "2026-01-22", "2026-01-27", "2026-01-29", "2026-01-30"];

describeApi("README walkthrough: enrol and certify Medan's cohort", (t) => {
  it("enrols, trains, assesses and certifies sixteen Medan residents in a handful of bulk requests", async () => {
    const org = await insertCertificationFixture(t.db, "2025-11-11T03:00:00.000Z");
    // The residents are registered before the walkthrough; a seventeenth lives outside Kota Medan.
    const inmateIds: string[] = [];
    for (let i = 1; i <= 17; i += 1) {
      const res = await t.post("/api/v1/inmates", {
        facilityId: org.facilityId,
        registrationNumber: `BI.${String(i).padStart(4, "0")}/2024`,
        name: `Warga Medan ${i}`,
        sex: "male",
        birthDate: `19${80 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
        legalStatus: "convict",
        admissionDate: "2024-06-03",
        domicileRegencyCode: i === 17 ? "12.07" : "12.71",
        expectedReleaseDate: "2027-06-30",
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      inmateIds.push(res.body.id);
    }

    const called: string[] = [];
    const call = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
      called.push(`${method} ${path.split("?")[0]!.replace(UUID, "{id}")}`);
      return t.request(method, path, {
        ...(body === undefined ? {} : { body }),
        ...(headers ? { headers } : {}),
        ...(path.startsWith("/api/v1/public/") ? { anonymous: true } : {}),
      });
    };

    // 1. The certified program.
    const program = await call("POST", "/api/v1/programs", {
      name: "Pelatihan Barbershop Bersertifikat",
      track: "vocational",
      field: "barbershop",
      certificationScheme: {
        issuerPartnerId: org.lspId,
        name: "Skema Sertifikasi Okupasi Pemangkas Rambut (Barber)",
        schemeType: "okupasi",
        competencyUnits: UNITS,
        validityMonths: 36,
      },
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    // 2-3. The cohort for Medan's residents, opened.
    const cohort = await call("POST", "/api/v1/cohorts", {
      programId: program.body.id,
      facilityId: org.facilityId,
      name: "Pelatihan Barbershop Bersertifikat Angkatan I",
      startDate: "2026-01-19",
      endDate: "2026-01-30",
      capacity: 16,
      plannedSessions: SESSIONS.length,
      eligibility: { legalStatuses: ["convict"], domicileRegencyCodes: ["12.71"] },
    });
    expect(cohort.status, JSON.stringify(cohort.body)).toBe(201);
    const c = `/api/v1/cohorts/${cohort.body.id}`;
    expect((await call("POST", `${c}/open`, {}, anyRevision)).status).toBe(200);

    // 4. The dry run: the one from Deli Serdang refused for the domicile, sixteen eligible; nothing written.
    const preview = await call("POST", `${c}/enrollments/batch`, {
      inmateIds: [inmateIds[16], ...inmateIds.slice(0, 16)],
      dryRun: true,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.admissible).toBe(false);
    expect(preview.body.items.filter((i: { eligible: boolean }) => i.eligible)).toHaveLength(16);
    expect(preview.body.items[0].refusal).toMatchObject({
      code: "enrollment/domicile-not-eligible",
      field: "inmateIds.0",
    });
    // 5. All sixteen residents at once.
    const enrolled = await call("POST", `${c}/enrollments/batch`, { inmateIds: inmateIds.slice(0, 16) });
    expect(enrolled.status).toBe(201);
    const eids: string[] = enrolled.body.items.map((e: { id: string }) => e.id);
    expect(eids).toHaveLength(16);
    // 6-7. The cohort runs; one request per session day (the seventh trainee misses the third).
    expect((await call("POST", `${c}/start`, {}, anyRevision)).status).toBe(200);
    for (const [s, sessionDate] of SESSIONS.entries()) {
      const att = await call("POST", `${c}/attendance`, {
        sessionDate,
        marks: eids.map((enrollmentId, k) => ({ enrollmentId, present: !(k === 6 && s === 2) })),
      });
      expect(att.status, JSON.stringify(att.body)).toBe(200);
    }
    // 8. The LSP's assessment per unit; the seventh is not yet competent in the last unit, and is
    // re-assessed in that unit alone.
    const first = await call("POST", `${c}/assessments`, {
      assessments: eids.map((enrollmentId, k) => ({
        enrollmentId,
        assessor: "Asesor LSP Pelatihan Kerja Kota Medan",
        assessedOn: "2026-01-29",
        units: UNITS.map((u, n) => ({
          code: u.code,
          result: k === 6 && n === 2 ? "not_yet_competent" : "competent",
        })),
      })),
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(
      first.body.items.filter((e: { assessment: { result: string } }) => e.assessment.result === "competent"),
    ).toHaveLength(15);
    const again = await call("POST", `${c}/assessments`, {
      assessments: [
        {
          enrollmentId: eids[6],
          assessor: "Asesor LSP Pelatihan Kerja Kota Medan",
          assessedOn: "2026-01-30",
          units: [{ code: UNITS[2]!.code, result: "competent" }],
        },
      ],
    });
    expect(again.body.items[0].assessment.result).toBe("competent");
    const kept = await call("GET", `/api/v1/enrollments/${eids[6]}/assessments`);
    expect(kept.body.items.map((a: { result: string }) => a.result)).toEqual([
      "not_yet_competent",
      "competent",
    ]);
    // 9-10. Completion and the certificates, the LSP's number beside Sinergi's.
    const certificates: { id: string; number: string; verificationCode: string; holderName: string }[] = [];
    for (const [k, id] of eids.entries()) {
      expect((await call("POST", `/api/v1/enrollments/${id}/complete`, {}, anyRevision)).status).toBe(200);
      const cert = await call("POST", `/api/v1/enrollments/${id}/certificate`, {
        issuedOn: "2026-02-13",
        issuerNumber: `LSP-PK/BBR/${String(k + 1).padStart(4, "0")}/2026`,
      });
      expect(cert.status, JSON.stringify(cert.body)).toBe(201);
      certificates.push(cert.body);
    }
    expect(new Set(certificates.map((x) => x.number)).size).toBe(16);
    for (const x of certificates) expect(x.number).toMatch(/^SNG\/2026\/\d{5}$/);
    // 11. The printable certificate.
    const pdf = await t.app.request(`/api/v1/certificates/${certificates[0]!.id}/pdf`, {
      headers: { cookie: await t.sessionCookie(t.adminId), origin: "http://localhost" },
    });
    called.push(`GET /api/v1/certificates/{id}/pdf`);
    expect(pdf.status).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(await pdf.arrayBuffer()) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain(certificates[0]!.holderName);
    expect(text).not.toMatch(/rutan|lapas|lpka|penjara|prison/i);
    // 12. The employer's check, by the QR link.
    const link = `http://localhost/api/v1/public/certificates/${certificates[0]!.verificationCode}`;
    const check = await call("GET", `/api/v1/public/certificate-check?ref=${encodeURIComponent(link)}`);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      status: "valid",
      units: UNITS,
      holderName: certificates[0]!.holderName,
    });

    expect([...new Set(called)]).toEqual(readmeSteps());
    // 16 residents: 3 setup calls, 2 enrolment calls, 1 start, 4 sessions, 2 assessment calls, 32 per-person calls.
    expect(called.filter((k) => k.startsWith("POST"))).toHaveLength(3 + 2 + 1 + SESSIONS.length + 2 + 32);
  }, 300_000);
});
