import { insertAgreement, signingMoves } from "./records.ts";
import { insertPartner, instant, type SeedContext } from "./shared.ts";

/** Story key of the national MoU Medan's PKS cites as its parent. */
export const NATIONAL_MOU_KEY = "ditjenpas-bnsp-mou-2024";

/** Ditjenpas's staff and head: illustrative, like everything in this file (no field report tells it). */
const DITJENPAS_STAFF = "Rina Wulandari";
const DIRJEN = "Bambang Setiawan Harahap";

/**
 * What sits above the facilities: BNSP in the national register, the national MoU Ditjenpas signed with
 * it (certification of inmates' competences, framing facility PKS), and a PKS Kanwil Sumatera Utara
 * signed itself with a vocational training centre. Runs before the facilities so their PKS can cite it.
 */
export async function seedAboveFacilities(ctx: SeedContext): Promise<void> {
  // A national partner, in the national register: only national admins edit it.
  const bnsp = await insertPartner(ctx, {
    key: "bnsp",
    kind: "government_agency",
    name: "Badan Nasional Sertifikasi Profesi (BNSP)",
    areaCode: "31",
    national: true,
    fields: ["manpower"],
    createdAt: instant("2021-01-04", "08:00", "Asia/Jakarta"),
  });
  const at = (date: string, time: string) => instant(date, time, "Asia/Jakarta");
  await insertAgreement(ctx, {
    key: NATIONAL_MOU_KEY,
    kind: "mou",
    title: "Nota Kesepahaman tentang Sertifikasi Kompetensi Kerja bagi Warga Binaan Pemasyarakatan",
    facilityId: null,
    partnerIds: [bnsp],
    fields: ["manpower"],
    facilityDocumentNumber: "PAS-HM.05.02-27",
    partnerDocumentNumber: "KEP.0412/BNSP/VIII/2024",
    signatories: [
      { name: DIRJEN, title: "Direktur Jenderal Pemasyarakatan", side: "facility" },
      { name: "Sri Handayani Putri", title: "Ketua Badan Nasional Sertifikasi Profesi", side: "partner" },
      {
        name: "Agus Prasetyo Nugroho",
        title: "Direktur Pembinaan Narapidana dan Latihan Kerja Produksi",
        side: "facility",
        role: "witnesses",
      },
    ],
    fileName: "MoU-Ditjenpas-BNSP-2024.pdf",
    startDate: "2024-08-14",
    endDate: "2029-08-13",
    moves: signingMoves(
      {
        draft: at("2024-06-03", "09:00"),
        proposed: at("2024-06-24", "09:00"),
        negotiating: at("2024-07-08", "10:00"),
        signed: at("2024-08-14", "10:00"),
      },
      DITJENPAS_STAFF,
      DIRJEN,
    ),
    actionItems: [],
  });

  // Kanwil Sumatera Utara signs a PKS itself: training of its facilities' instructors.
  const created = at("2025-01-06", "08:00");
  const bbpvp = await insertPartner(ctx, {
    key: "bbpvp-medan",
    kind: "training_provider",
    name: "Balai Besar Pelatihan Vokasi dan Produktivitas (BBPVP) Medan",
    areaCode: "12.71",
    fields: ["manpower"],
    contacts: [{ name: "Hendra Saputra Lubis", role: "Kepala Bidang Penyelenggaraan Pelatihan" }],
    createdAt: created,
  });
  const KANWIL_STAFF = "Dewi Anggraini Sitompul";
  const KAKANWIL = "Marulitua Simanjuntak";
  await insertAgreement(ctx, {
    key: "kanwil-sumut-pks-bbpvp-2025",
    kind: "pks",
    title: "Perjanjian Kerja Sama Peningkatan Kompetensi Instruktur Pembinaan Kemandirian",
    facilityId: null,
    regionalOfficeKey: "12",
    partnerIds: [bbpvp],
    fields: ["manpower"],
    facilityDocumentNumber: "W2-HM.05.02-31",
    partnerDocumentNumber: "KP.03.01/0287/BBPVP-MDN/VI/2025",
    signatories: [
      { name: KAKANWIL, title: "Kepala Kantor Wilayah Sumatera Utara", side: "facility" },
      { name: "Rahmat Hidayat Nasution", title: "Kepala BBPVP Medan", side: "partner" },
    ],
    fileName: "PKS-Kanwil-Sumut-BBPVP-Medan-2025.pdf",
    startDate: "2025-06-12",
    endDate: "2028-06-11",
    moves: signingMoves(
      {
        draft: at("2025-04-14", "09:00"),
        proposed: at("2025-05-05", "09:00"),
        negotiating: at("2025-05-19", "10:00"),
        signed: at("2025-06-12", "10:00"),
      },
      KANWIL_STAFF,
      KAKANWIL,
    ),
    actionItems: [
      {
        activity: "Pelatihan instruktur pembinaan kemandirian Lapas/Rutan se-Sumatera Utara",
        field: "manpower",
        target: 40,
        unit: "orang",
        dueDate: "2026-12-31",
        realised: 24,
        status: "in_progress",
      },
    ],
  });
}
