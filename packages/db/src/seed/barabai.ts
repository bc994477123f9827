import { addDays } from "@sinergi/domain";
import { AGENCIES } from "./barabai-agreements.ts";
import { insertAgreement, insertEngagement, insertFacility, signingMoves } from "./records.ts";
import { areaName, insertAgency, insertLocalGovernment, instant, type SeedContext } from "./shared.ts";
import { insertInmates } from "./training.ts";

const TZ = "Asia/Makassar" as const;
const REGENCY = "63.07";
const HEAD = "Gusti Iskandarsyah";
const STAFF = "Staf Pembinaan Rutan Barabai";
const BUPATI = "H. Aulia Oktafiandi, ST, M.AppCom.";
/** The report gives no date; the signing is placed on Tuesday 5 March 2024 (Faisol Ali was Kakanwil then). */
const SIGNED_ON = "2024-03-05";
const PREDECESSOR_SIGNED_ON = "2021-03-02";

/** Rutan Barabai: eight PKS signed with eight agencies of Hulu Sungai Tengah on one day, three of them renewals. */
export async function seedBarabai(ctx: SeedContext): Promise<void> {
  const created = instant("2021-01-04", "08:00", TZ);
  const facilityId = await insertFacility(ctx, {
    key: "barabai",
    regionalOfficeKey: "63",
    kind: "rutan",
    class: "IIB",
    name: "Rutan Barabai",
    regencyCode: REGENCY,
    timeZone: TZ,
    capacity: 150,
    head: { name: HEAD, title: "Kepala Rutan Kelas IIB Barabai" },
    createdAt: created,
  });
  const regency = await areaName(ctx, REGENCY);
  const fields = AGENCIES.map((a) => a.field);
  const pemkab = await insertLocalGovernment(ctx, "pemkab-hst", REGENCY, fields, created, [
    { name: BUPATI, role: "Bupati" },
  ]);
  const partnerIds: string[] = [];
  let n = 0;
  for (const a of AGENCIES) {
    n += 1;
    const partnerId = await insertAgency(ctx, {
      key: `barabai-${a.key}`,
      agency: a.agency,
      parentKey: "pemkab-hst",
      areaCode: REGENCY,
      fields: [a.field],
      createdAt: created,
    });
    partnerIds.push(partnerId);
    const signatories = [
      { name: HEAD, title: "Kepala Rutan Kelas IIB Barabai", side: "facility" as const },
      { name: `Kepala ${a.agency} ${regency}`, title: `Kepala ${a.agency}`, side: "partner" as const },
      { name: BUPATI, title: `Bupati ${regency}`, side: "partner" as const, role: "witnesses" as const },
    ];
    if (a.renewal) {
      await insertAgreement(ctx, {
        key: `barabai-${a.key}-2021`,
        kind: "pks",
        title: `Perjanjian Kerja Sama ${a.subject}`,
        facilityId,
        partnerIds: [partnerId],
        fields: [a.field],
        facilityDocumentNumber: `W15.PAS.PAS.12-HM.05.02-${pad2(n)}`,
        partnerDocumentNumber: `${100 + n}/PKS/${a.abbr}/III/2021`,
        signatories: [
          { name: "Kepala Rutan Kelas IIB Barabai (2021)", title: "Kepala Rutan", side: "facility" },
          signatories[1] as (typeof signatories)[number],
        ],
        fileName: `PKS-Rutan-Barabai-${a.abbr}-2021.pdf`,
        startDate: "2021-03-05",
        endDate: "2024-03-04",
        moves: signingMoves(
          {
            draft: instant("2021-01-18", "09:00", TZ),
            proposed: instant("2021-01-25", "09:00", TZ),
            negotiating: instant("2021-02-08", "10:00", TZ),
            signed: instant(PREDECESSOR_SIGNED_ON, "10:00", TZ),
          },
          STAFF,
          "Kepala Rutan Barabai (2021)",
        ),
        actionItems: a.items.map((i) => ({
          ...i,
          dueDate: "2024-03-04",
          realised: i.target,
          status: "done" as const,
        })),
      });
    }
    await insertAgreement(ctx, {
      key: `barabai-${a.key}-2024`,
      kind: "pks",
      title: `Perjanjian Kerja Sama ${a.subject}`,
      facilityId,
      partnerIds: [partnerId],
      fields: [a.field],
      facilityDocumentNumber: `W15.PAS.PAS.12-HM.05.02-${pad2(20 + n)}`,
      partnerDocumentNumber: `${200 + n}/PKS/${a.abbr}/III/2024`,
      signatories,
      fileName: `PKS-Rutan-Barabai-${a.abbr}-2024.pdf`,
      startDate: SIGNED_ON,
      endDate: a.endDate,
      ...(a.renewal ? { renewsKey: `barabai-${a.key}-2021` } : {}),
      moves: signingMoves(
        {
          draft: instant(addDays(SIGNED_ON, -49), "09:00", TZ),
          proposed: instant(addDays(SIGNED_ON, -42), "09:00", TZ),
          negotiating: instant(addDays(SIGNED_ON, -28), "10:00", TZ),
          signed: instant(SIGNED_ON, "10:00", TZ),
        },
        STAFF,
        HEAD,
      ),
      actionItems: a.items,
    });
  }

  await insertEngagement(ctx, {
    key: "barabai-signing-2024",
    facilityId,
    partnerIds: [pemkab, ...partnerIds],
    kind: "signing",
    date: SIGNED_ON,
    place: `Pendopo Bupati ${regency}`,
    attendees: [
      { name: HEAD, title: "Kepala Rutan", side: "facility" },
      { name: BUPATI, title: "Bupati", side: "partner" },
      ...AGENCIES.map((a) => ({
        name: `Kepala ${a.agency}`,
        title: "Kepala SKPD",
        side: "partner" as const,
      })),
    ],
    summary:
      "Penandatanganan Perjanjian Kerja Sama dengan delapan SKPD; tiga di antaranya (kesehatan, perpustakaan, " +
      "pendidikan) perpanjangan kerja sama tiga tahun sebelumnya. Tindak lanjut arahan Kakanwil Kalsel Faisol Ali.",
    outcomes: [
      "Delapan PKS ditandatangani dengan rencana aksi sebagai bagian tidak terpisahkan, berlaku satu sampai tiga tahun",
      "Pemda hadir memberikan pelayanan dan pembinaan bagi WBP sebagai bagian dari masyarakat HST",
    ],
    recordedAt: instant(SIGNED_ON, "15:00", TZ),
    followUps: [
      {
        key: "barabai-monev-2024",
        text: "Monitoring dan evaluasi pertama pelaksanaan rencana aksi delapan PKS",
        ownerName: HEAD,
        dueDate: "2024-09-30",
        createdAt: instant(SIGNED_ON, "15:00", TZ),
        createdBy: STAFF,
        closed: {
          status: "done",
          at: instant("2024-09-26", "11:00", TZ),
          by: HEAD,
          note: "Monev terlaksana",
        },
      },
    ],
  });

  // Inmates whose NIK Dukcapil matched under the civil-registration PKS.
  await insertInmates(ctx, {
    facilityKey: "barabai",
    facilityId,
    regencyCode: REGENCY,
    registrationPrefix: "BI",
    validated: true,
    people: [
      {
        name: "Muhammad Rizani",
        sex: "male",
        birthDate: "1991-07-14",
        legalStatus: "convict",
        sentence: { startDate: "2025-06-02", length: { years: 2, months: 0, days: 0 }, remissions: [] },
      },
      {
        name: "Siti Rahmah",
        sex: "female",
        birthDate: "1994-02-03",
        legalStatus: "convict",
        sentence: { startDate: "2025-07-28", length: { years: 1, months: 6, days: 0 }, remissions: [] },
      },
      { name: "Ahmad Syarifudin", sex: "male", birthDate: "1987-11-21", legalStatus: "detainee" },
      // Dukcapil validated her NIK, which encodes another day of birth than the facility recorded: kept, flagged.
      {
        name: "Nurul Hidayah",
        sex: "female",
        birthDate: "1999-09-28",
        nikBirthDate: "1999-09-18",
        legalStatus: "detainee",
      },
      // Born and first registered in Merauke under Papua's old code (91.01, now 93.01 in Papua Selatan);
      // no domicile recorded, so the API answers it from the NIK, under today's code, and says so.
      {
        name: "Yohanes Gebze",
        sex: "male",
        birthDate: "1989-04-17",
        nikDistrictCode: "91.01.01",
        domicileUnknown: true,
        legalStatus: "detainee",
      },
    ],
    admissionDate: "2025-08-11",
    expectedReleaseDate: "2027-02-10",
    createdAt: instant("2025-08-11", "10:00", TZ),
  });
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
