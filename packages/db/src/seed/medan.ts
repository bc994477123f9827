import { addDays } from "@sinergi/domain";
import { json } from "../json.ts";
import { NATIONAL_MOU_KEY } from "./above-facilities.ts";
import { ASSUMED, MEDAN_DOMICILE, medanPeople, PROGRAMS } from "./medan-data.ts";
import { insertAgreement, insertEngagement, insertFacility, signingMoves } from "./records.ts";
import {
  areaName,
  demoId,
  insertAgency,
  insertLocalGovernment,
  insertPartner,
  instant,
  type SeedContext,
} from "./shared.ts";
import { insertCohort, insertInmates, sessionDates } from "./training.ts";

const TZ = "Asia/Jakarta" as const;
const CITY = "12.71";
const HEAD = "Andi Surya";
const STAFF = "Seksi Pembinaan Rutan Medan";
const SIGNED_ON = "2025-11-11";
/** The running cohorts are placed around the seed date, which must leave room after the first cohort. */
export const MEDAN_EARLIEST_NOW = "2026-05-15";

export { MEDAN_DOMICILE } from "./medan-data.ts";

/** Monday on or before a date. */
const mondayOnOrBefore = (date: string): string =>
  addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

/** Rutan Medan: the PKS with the city (11 November 2025) funding certified training for 48 Medan residents. */
export async function seedMedan(ctx: SeedContext): Promise<void> {
  if (ctx.today < MEDAN_EARLIEST_NOW) {
    throw new Error(`demo seed: now must be on or after ${MEDAN_EARLIEST_NOW} for the Medan story`);
  }
  const created = instant("2025-01-02", "08:00", TZ);
  const facilityId = await insertFacility(ctx, {
    key: "medan",
    regionalOfficeKey: "12",
    kind: "rutan",
    class: "I",
    name: "Rutan Medan",
    regencyCode: CITY,
    timeZone: TZ,
    capacity: 1500,
    head: { name: HEAD, title: "Kepala Rutan Kelas I Medan" },
    createdAt: created,
  });
  const city = await areaName(ctx, CITY);

  const snapshotId = demoId("population:medan:2025-11-10");
  await ctx.trx
    .insertInto("populationSnapshots")
    .values({
      id: snapshotId,
      facilityId,
      takenOn: "2025-11-10",
      total: 3290,
      // The report gives the total and the residents of Kota Medan only, not the detainee/convict split.
      detainees: null,
      convicts: null,
      createdAt: instant("2025-11-10", "16:00", TZ),
      updatedAt: instant("2025-11-10", "16:00", TZ),
    })
    .execute();
  await ctx.trx
    .insertInto("populationDomicileCounts")
    .values(MEDAN_DOMICILE.map(([regencyCode, count]) => ({ snapshotId, regencyCode, count })))
    .execute();
  ctx.counts.populationSnapshots += 1;

  const pemko = await insertLocalGovernment(ctx, "pemko-medan", CITY, ["manpower"], created, [
    { name: "Citra Effendi Capah", role: "Asisten Perekonomian dan Pembangunan Setdako" },
  ]);
  const disnaker = await insertAgency(ctx, {
    key: "disnaker-medan",
    kind: "training_provider",
    agency: "Dinas Ketenagakerjaan",
    parentKey: "pemko-medan",
    areaCode: CITY,
    fields: ["manpower"],
    contacts: [{ name: "Illyan Chandra Simbolon", role: "Kepala Dinas Ketenagakerjaan" }],
    createdAt: created,
  });
  const lsp = await insertPartner(ctx, {
    key: "lsp-medan",
    kind: "certification_body",
    name: `LSP Pelatihan Kerja ${city}`,
    areaCode: CITY,
    fields: ["manpower"],
    createdAt: created,
  });

  const pksKey = "medan-pks-2025";
  const pksId = await insertAgreement(ctx, {
    key: pksKey,
    kind: "pks",
    title:
      "Perjanjian Kerja Sama Pelatihan Keterampilan Kerja Bersertifikat bagi Warga Binaan Berdomisili di Kota Medan",
    facilityId,
    partnerIds: [pemko],
    // Certification by an LSP under BNSP: framed by the national MoU Ditjenpas signed with BNSP.
    parentMouKey: NATIONAL_MOU_KEY,
    fields: ["manpower"],
    facilityDocumentNumber: "W2.PAS.PAS.1-HM.05.02-118",
    partnerDocumentNumber: "500.15/7321/PKS/XI/2025",
    signatories: [
      { name: HEAD, title: "Kepala Rutan Kelas I Medan", side: "facility" },
      {
        name: "Citra Effendi Capah",
        title: "Asisten Perekonomian dan Pembangunan Setdako Medan",
        side: "partner",
      },
      {
        name: "Sahata Marlen Situngkir",
        title: "Kepala Divisi Pelayanan Hukum Kanwil",
        side: "facility",
        role: "witnesses",
      },
    ],
    fileName: "PKS-Rutan-Medan-Pemko-Medan-2025.pdf",
    startDate: SIGNED_ON,
    endDate: "2027-11-10",
    // Pemko Medan follows its own residents' training by name; NIKs stay with the facility.
    recordAccess: { covers: "area_residents", personalData: false },
    moves: signingMoves(
      {
        draft: instant("2025-09-15", "09:00", TZ),
        proposed: instant("2025-09-29", "09:00", TZ),
        negotiating: instant("2025-10-13", "10:00", TZ),
        signed: instant(SIGNED_ON, "10:00", TZ),
      },
      STAFF,
      HEAD,
    ),
    actionItems: [
      ...PROGRAMS.map((p, k) => ({
        activity: `${p.name} bagi 16 WBP berdomisili di ${city}`,
        field: "manpower",
        target: 16,
        unit: "orang",
        dueDate: "2026-12-31",
        realised: k === 0 ? 16 : 0,
        status: k === 0 ? ("done" as const) : ("in_progress" as const),
        ...(k === 0
          ? { evidence: [{ label: `Laporan realisasi kegiatan. ${ASSUMED}`, date: "2026-03-27" }] }
          : {}),
      })),
      {
        activity: "Uji kompetensi oleh LSP dan penerbitan sertifikat kompetensi",
        field: "manpower",
        target: 48,
        unit: "sertifikat",
        dueDate: "2027-03-31",
        realised: 15,
        status: "in_progress" as const,
        evidence: [{ label: `Daftar sertifikat terbit. ${ASSUMED}`, date: "2026-04-10" }],
      },
      {
        activity: "Pendampingan dan akses pendanaan usaha bagi warga binaan setelah bebas",
        field: "manpower",
        target: 48,
        unit: "orang",
        dueDate: "2027-11-10",
        realised: 0,
        status: "planned" as const,
      },
    ],
  });

  await insertEngagement(ctx, {
    key: "medan-signing-2025",
    facilityId,
    partnerIds: [pemko, disnaker],
    kind: "signing",
    date: SIGNED_ON,
    place: "Rutan Kelas I Medan",
    attendees: [
      { name: HEAD, title: "Kepala Rutan", side: "facility" },
      { name: "Citra Effendi Capah", title: "Asisten Perekonomian dan Pembangunan Setdako", side: "partner" },
      { name: "Illyan Chandra Simbolon", title: "Kepala Dinas Ketenagakerjaan", side: "partner" },
      {
        name: "Sahata Marlen Situngkir",
        title: "Kepala Divisi Pelayanan Hukum Kanwil",
        side: "facility",
      },
    ],
    summary:
      "Penandatanganan PKS pelatihan bersertifikat (barbershop, produksi roti, produksi tempe) bagi 48 warga " +
      "binaan berdomisili di Kota Medan; pelatihan sebelumnya belum bersertifikat sehingga keterampilan belum " +
      "dapat dibuktikan secara formal.",
    outcomes: ["Tiga bidang pelatihan bersertifikat untuk 48 WBP warga Kota Medan"],
    recordedAt: instant(SIGNED_ON, "15:00", TZ),
    followUps: [],
  });

  const eligibility = {
    legalStatuses: ["convict"],
    domicileRegencyCodes: [CITY],
    minRemainingSentenceDays: 90,
  };
  const instructors = [{ name: "Instruktur Dinas Ketenagakerjaan", role: "instructor" }];
  const yesterday = addDays(ctx.today, -1);
  const firstRunning = mondayOnOrBefore(addDays(ctx.today, -35));

  for (const [k, p] of PROGRAMS.entries()) {
    const programId = demoId(`program:medan-${p.key}`);
    await ctx.trx
      .insertInto("programs")
      .values({
        id: programId,
        name: p.name,
        track: "vocational",
        field: p.field,
        providerPartnerId: disnaker,
        fundingAgreementId: pksId,
        ownerRegionalOfficeId: demoId("regional-office:12"),
        minAttendanceShare: 0.8,
        certificationScheme: json({
          issuerPartnerId: lsp,
          name: p.scheme,
          schemeType: "okupasi",
          competencyUnits: p.units,
          validityMonths: 36,
        }),
        createdAt: instant("2025-11-17", "09:00", TZ),
        updatedAt: instant("2025-11-17", "09:00", TZ),
      })
      .execute();
    ctx.counts.programs += 1;

    const inmates = await insertInmates(ctx, {
      facilityKey: "medan",
      facilityId,
      regencyCode: CITY,
      registrationPrefix: "BI",
      validated: false,
      people: medanPeople(k as 0 | 1 | 2),
      admissionDate: "2024-06-03",
      expectedReleaseDate: "2027-06-30",
      createdAt: instant("2025-11-17", "09:00", TZ),
    });

    const completed = k === 0;
    const start = completed ? "2026-01-19" : addDays(firstRunning, (k - 1) * 7);
    const end = addDays(start, 67);
    const base = {
      key: `medan-${p.key}-1`,
      programId,
      facilityId,
      name: `${p.name} Angkatan I`,
      startDate: start,
      endDate: end,
      place: "Bengkel kerja Rutan Medan",
      instructors,
      eligibility,
      sessions: sessionDates(start, end, [2, 4]),
      inmates,
      enrolledAt: instant(addDays(start, -14), "10:00", TZ),
      enrolledBy: STAFF,
    };
    const opening = [
      { to: "planned", at: instant(addDays(start, -42), "09:00", TZ), actor: STAFF },
      { to: "open", at: instant(addDays(start, -21), "09:00", TZ), actor: HEAD },
      { to: "running", at: instant(start, "08:00", TZ), actor: STAFF },
    ];
    if (completed) {
      await insertCohort(ctx, {
        ...base,
        moves: [...opening, { to: "completed", at: instant(end, "16:00", TZ), actor: HEAD }],
        attendanceUntil: end,
        completion: {
          at: instant(end, "16:00", TZ),
          by: HEAD,
          assessor: `Asesor ${`LSP Pelatihan Kerja ${city}`}`,
          // Results, the one "belum kompeten" and the certificates are not in the report: assumed.
          notes: ASSUMED,
          notYetCompetent: [7],
          certificate: {
            issuerPartnerId: lsp,
            schemeName: p.scheme,
            schemeType: "okupasi",
            competency: p.competency,
            units: p.units,
            issuerNumberPrefix: `LSP-PK/${p.code}`,
            issuedOn: addDays(end, 14),
            validMonths: 36,
            issuedAt: instant(addDays(end, 14), "10:00", TZ),
            issuedBy: `LSP Pelatihan Kerja ${city}`,
          },
        },
      });
    } else {
      await insertCohort(ctx, { ...base, moves: opening, attendanceUntil: yesterday });
    }
  }
}
