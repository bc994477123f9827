import { insertAgreement, insertEngagement, insertFacility } from "./records.ts";
import { insertAgency, insertLocalGovernment, instant, type SeedContext } from "./shared.ts";

const TZ = "Asia/Jayapura" as const;
const REGENCY = "81.01";
const HEAD = "Yusuf Mukharom";
const STAFF = "Humas Rutan Masohi";

/** Rutan Masohi: visits to Dinas Sosial and Dinas Perikanan (31 August 2023), each heading for an MoU. */
export async function seedMasohi(ctx: SeedContext): Promise<void> {
  const created = instant("2023-01-02", "08:00", TZ);
  const facilityId = await insertFacility(ctx, {
    key: "masohi",
    regionalOfficeKey: "81",
    kind: "rutan",
    class: "IIB",
    name: "Rutan Masohi",
    regencyCode: REGENCY,
    timeZone: TZ,
    capacity: 120,
    head: { name: HEAD, title: "Kepala Rutan Kelas IIB Masohi" },
    createdAt: created,
  });
  await insertLocalGovernment(ctx, "pemkab-maluku-tengah", REGENCY, ["social", "fisheries"], created);
  const dinsos = await insertAgency(ctx, {
    key: "dinsos-maluku-tengah",
    agency: "Dinas Sosial",
    parentKey: "pemkab-maluku-tengah",
    areaCode: REGENCY,
    fields: ["social"],
    contacts: [{ name: "Drs. Ahmad Namakule", role: "Kepala Dinas Sosial" }],
    createdAt: created,
  });
  const perikanan = await insertAgency(ctx, {
    key: "perikanan-maluku-tengah",
    agency: "Dinas Perikanan",
    parentKey: "pemkab-maluku-tengah",
    areaCode: REGENCY,
    fields: ["fisheries"],
    createdAt: created,
  });
  const recorded = instant("2023-08-31", "14:00", TZ);

  await insertEngagement(ctx, {
    key: "masohi-2023-08-31-dinsos",
    facilityId,
    partnerIds: [dinsos],
    kind: "courtesy_visit",
    date: "2023-08-31",
    place: "Ruang kerja Kepala Dinas Sosial",
    attendees: [
      { name: HEAD, title: "Kepala Rutan", side: "facility" },
      { name: STAFF, title: "Staf humas", side: "facility" },
      { name: "Drs. Ahmad Namakule", title: "Kepala Dinas Sosial", side: "partner" },
    ],
    summary:
      "Silaturahmi untuk menjalin kerja sama pembinaan dan pemberdayaan WBP: WBP tetap warga Pemkab " +
      "Maluku Tengah dan berhak atas pembinaan.",
    outcomes: ["Dinas Sosial siap bekerja sama dalam pembinaan, pembimbingan dan pelatihan WBP"],
    recordedAt: recorded,
    followUps: [
      {
        key: "masohi-mou-dinsos",
        text: "Menyiapkan dan menandatangani MoU pembinaan WBP dengan Dinas Sosial",
        ownerName: HEAD,
        dueDate: "2023-11-30",
        createdAt: recorded,
        createdBy: STAFF,
      },
    ],
  });
  await insertEngagement(ctx, {
    key: "masohi-2023-08-31-perikanan",
    facilityId,
    partnerIds: [perikanan],
    kind: "courtesy_visit",
    date: "2023-08-31",
    place: "Kantor Dinas Perikanan",
    attendees: [
      { name: HEAD, title: "Kepala Rutan", side: "facility" },
      { name: STAFF, title: "Staf humas", side: "facility" },
      { name: "Kepala Dinas Perikanan", title: "Kepala Dinas", side: "partner" },
    ],
    summary:
      "Silaturahmi dan rencana MoU pembinaan bidang perikanan: Rutan meminta pelatihan perikanan bagi WBP " +
      "agar berdaya dan tidak didiskriminasi setelah bebas.",
    outcomes: ["Dinas Perikanan siap memberikan pelatihan bidang perikanan bagi WBP"],
    recordedAt: recorded,
    followUps: [
      {
        key: "masohi-mou-perikanan",
        text: "Menyiapkan dan menandatangani MoU pelatihan bidang perikanan dengan Dinas Perikanan",
        ownerName: HEAD,
        dueDate: "2023-11-30",
        createdAt: recorded,
        createdBy: STAFF,
      },
    ],
  });

  // The first step toward the Dinas Sosial MoU: a draft, not yet proposed.
  await insertAgreement(ctx, {
    key: "masohi-mou-dinsos",
    kind: "mou",
    title: "Nota Kesepahaman Pembinaan dan Pemberdayaan Warga Binaan Rutan Masohi",
    facilityId,
    partnerIds: [dinsos],
    fields: ["social"],
    signatories: [],
    moves: [{ to: "draft", at: instant("2023-09-18", "10:00", TZ), actor: STAFF }],
    actionItems: [],
  });
}
