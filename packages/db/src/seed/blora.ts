import { insertEngagement, insertFacility } from "./records.ts";
import { insertLocalGovernment, instant, type SeedContext } from "./shared.ts";

const TZ = "Asia/Jakarta" as const;
const REGENCY = "33.16";
const HEAD = "Budi Hardiono";
const SEKDA = "Komang Gede Irawadi";

/** Rutan Blora: coordination with the regional secretary on the PTSP building and the wall kiosks (16 April 2024). */
export async function seedBlora(ctx: SeedContext): Promise<void> {
  const created = instant("2024-01-02", "08:00", TZ);
  const facilityId = await insertFacility(ctx, {
    key: "blora",
    regionalOfficeKey: "33",
    kind: "rutan",
    class: "IIB",
    name: "Rutan Blora",
    regencyCode: REGENCY,
    timeZone: TZ,
    capacity: 120,
    head: { name: HEAD, title: "Kepala Rutan Kelas IIB Blora" },
    createdAt: created,
  });
  const pemkab = await insertLocalGovernment(
    ctx,
    "pemkab-blora",
    REGENCY,
    ["public_service", "security"],
    created,
    [{ name: SEKDA, role: "Sekretaris Daerah" }],
  );
  const recorded = instant("2024-04-16", "15:47", TZ);
  await insertEngagement(ctx, {
    key: "blora-2024-04-16",
    facilityId,
    partnerIds: [pemkab],
    kind: "coordination",
    date: "2024-04-16",
    place: "Ruang Sekretaris Daerah",
    attendees: [
      { name: HEAD, title: "Kepala Rutan", side: "facility" },
      { name: "Kasubsi Pengelolaan", title: "Kepala Subseksi Pengelolaan", side: "facility" },
      { name: SEKDA, title: "Sekretaris Daerah", side: "partner" },
    ],
    summary:
      "Kunjungan kerja untuk merealisasikan pembangunan gedung Pelayanan Terpadu Satu Pintu (PTSP) di Rutan " +
      "dan deteksi dini pengamanan dengan merapikan kios-kios di tembok luar Rutan.",
    outcomes: [
      "Sekda akan melihat perkembangan dan segera menindaklanjuti pembangunan gedung PTSP",
      "Penataan kios di sepanjang tembok luar Rutan dibahas bersama Pemda",
    ],
    recordedAt: recorded,
    followUps: [
      {
        key: "blora-ptsp",
        text: "Tindak lanjut rencana pembangunan gedung PTSP baru di Rutan Blora",
        ownerName: `${SEKDA} (Sekretaris Daerah)`,
        dueDate: "2024-05-31",
        createdAt: recorded,
        createdBy: HEAD,
      },
      {
        key: "blora-kios",
        text: "Penataan kios-kios di tembok luar Rutan Blora",
        ownerName: `${SEKDA} (Sekretaris Daerah)`,
        dueDate: "2024-06-28",
        createdAt: recorded,
        createdBy: HEAD,
      },
    ],
  });
}
