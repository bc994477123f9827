import { json } from "../json.ts";
import { insertLicence } from "./licences.ts";
import { insertEngagement, insertFacility } from "./records.ts";
import {
  areaName,
  demoId,
  insertAgency,
  insertLocalGovernment,
  instant,
  type SeedContext,
} from "./shared.ts";

const TZ = "Asia/Jakarta" as const;
const CITY = "33.73";
const HEAD = "Andri Lesmano";
const STAFF = "Humas Rutan Salatiga";

/** Rutan Salatiga: the audience with the acting mayor (8 March 2023), kitchen and clinic licences. */
export async function seedSalatiga(ctx: SeedContext): Promise<void> {
  const facilityId = await insertFacility(ctx, {
    key: "salatiga",
    regionalOfficeKey: "33",
    kind: "rutan",
    class: "IIB",
    name: "Rutan Salatiga",
    regencyCode: CITY,
    timeZone: TZ,
    capacity: 150,
    head: { name: HEAD, title: "Kepala Rutan Kelas IIB Salatiga" },
    createdAt: instant("2023-01-02", "08:00", TZ),
  });
  const city = await areaName(ctx, CITY);
  const joined = instant("2023-01-02", "08:00", TZ);
  const pemkot = await insertLocalGovernment(ctx, "pemkot-salatiga", CITY, ["health", "manpower"], joined, [
    { name: "Sinoeng N Rachmadi", role: "Penjabat Wali Kota" },
  ]);
  const disperinaker = await insertAgency(ctx, {
    key: "disperinaker-salatiga",
    agency: "Dinas Perindustrian dan Tenaga Kerja",
    parentKey: "pemkot-salatiga",
    areaCode: CITY,
    fields: ["manpower"],
    createdAt: joined,
  });

  await insertLicence(ctx, {
    key: "salatiga-slhs-2023",
    facilityId,
    type: "hygiene_sanitation",
    number: "SLHS/440/0112/2023",
    issuer: `Dinas Kesehatan ${city}`,
    appliedOn: "2023-01-16",
    grantedOn: "2023-03-06",
    expiresOn: "2026-03-05",
    status: "expired",
    notes: "Sertifikat Laik Higiene Sanitasi dapur Rutan untuk pemenuhan makanan WBP.",
    moves: [
      { to: "applied", at: instant("2023-01-16", "09:00", TZ), actor: STAFF },
      { to: "granted", at: instant("2023-03-06", "10:00", TZ), actor: STAFF },
      {
        to: "expired",
        at: instant("2026-03-06", "00:00", TZ),
        actor: "system",
        reason: "Masa berlaku habis",
      },
    ],
  });
  await insertLicence(ctx, {
    key: "salatiga-slhs-2026",
    facilityId,
    type: "hygiene_sanitation",
    number: "SLHS/440/0087/2026",
    issuer: `Dinas Kesehatan ${city}`,
    appliedOn: "2026-01-12",
    grantedOn: "2026-02-23",
    expiresOn: "2029-02-22",
    status: "granted",
    notes: "Perpanjangan Sertifikat Laik Higiene Sanitasi dapur Rutan.",
    moves: [
      { to: "applied", at: instant("2026-01-12", "09:00", TZ), actor: STAFF },
      { to: "granted", at: instant("2026-02-23", "10:00", TZ), actor: STAFF },
    ],
  });
  await insertLicence(ctx, {
    key: "salatiga-klinik-pratama",
    facilityId,
    type: "primary_clinic",
    issuer: `Dinas Penanaman Modal dan PTSP ${city}`,
    appliedOn: "2023-02-27",
    status: "applied",
    notes: "Izin klinik pratama Rutan (program Kementerian); Pemkot menyatakan dukungan penuh.",
    moves: [{ to: "applied", at: instant("2023-02-27", "09:00", TZ), actor: STAFF }],
  });

  await insertEngagement(ctx, {
    key: "salatiga-2023-03-08",
    facilityId,
    partnerIds: [pemkot],
    kind: "audience",
    date: "2023-03-08",
    place: "Rumah dinas Wali Kota Salatiga",
    attendees: [
      { name: HEAD, title: "Kepala Rutan", side: "facility" },
      { name: "Sinoeng N Rachmadi", title: "Penjabat Wali Kota", side: "partner" },
    ],
    summary:
      "Silaturahmi dan audiensi dengan Pj. Wali Kota untuk meningkatkan kualitas pelayanan dan pembinaan WBP: " +
      "sertifikat laik higiene sanitasi sudah diperoleh, izin klinik pratama sedang diproses, dan pembekalan " +
      "pelatihan bersama Dinas Perindustrian dan Tenaga Kerja dijadwalkan bulan ini.",
    outcomes: [
      "Pemkot siap mendukung penuh proses izin klinik pratama Rutan",
      "Pembinaan dari Pemkot diarahkan agar WBP memperoleh keterampilan dan akses pendanaan usaha setelah bebas",
    ],
    recordedAt: instant("2023-03-08", "15:00", TZ),
    followUps: [
      {
        key: "salatiga-klinik",
        text: "Rekomendasi dan pendampingan Pemkot untuk izin klinik pratama Rutan Salatiga",
        ownerName: "Sinoeng N Rachmadi (Pj. Wali Kota)",
        dueDate: "2023-06-30",
        createdAt: instant("2023-03-08", "15:00", TZ),
        createdBy: STAFF,
      },
      {
        key: "salatiga-pelatihan-maret",
        text: "Pembekalan pelatihan WBP bersama Dinas Perindustrian dan Tenaga Kerja",
        ownerName: HEAD,
        dueDate: "2023-03-31",
        createdAt: instant("2023-03-08", "15:00", TZ),
        createdBy: STAFF,
        closed: {
          status: "done",
          at: instant("2023-03-24", "14:00", TZ),
          by: HEAD,
          note: "Pembekalan pelatihan terlaksana",
        },
      },
    ],
  });

  await ctx.trx
    .insertInto("programs")
    .values({
      id: demoId("program:salatiga-pembekalan"),
      name: "Pembekalan Keterampilan Kerja WBP",
      track: "vocational",
      field: "manpower",
      providerPartnerId: disperinaker,
      fundingAgreementId: null,
      ownerRegionalOfficeId: demoId("regional-office:33"),
      certificationScheme: json(null),
      createdAt: instant("2023-03-08", "15:00", TZ),
      updatedAt: instant("2023-03-08", "15:00", TZ),
    })
    .execute();
  ctx.counts.programs += 1;
}
