import { addDays, type SentenceFacts } from "@sinergi/domain";
import type { InmatePerson } from "./training.ts";

/** Forty-eight Medan residents in Rutan Medan, sixteen for each certified field. */
const NAMES: readonly (readonly string[])[] = [
  [
    "Rizky Pratama Siregar",
    "Ahmad Fauzi Nasution",
    "Budi Santoso",
    "Hendra Simanjuntak",
    "Dedi Kurniawan Lubis",
    "Fajar Ramadhan Harahap",
    "Irwan Saputra",
    "Joko Susilo",
    "Muhammad Iqbal Daulay",
    "Roni Sihombing",
    "Agus Salim Batubara",
    "Yoga Prasetyo",
    "Andika Putra Tarigan",
    "Samuel Hutapea",
    "Teguh Wibowo",
    "Rahmat Hidayat Pohan",
  ],
  [
    "Eko Prasetyo",
    "Frans Manurung",
    "Syahputra Ginting",
    "Wahyu Hidayat",
    "Darwin Situmorang",
    "Hary Gunawan",
    "Ilham Maulana Rangkuti",
    "Kevin Tanoto",
    "Lukman Hakim Sitompul",
    "Maruli Panjaitan",
    "Nanda Pratama",
    "Oki Setiawan",
    "Putra Sembiring",
    "Reza Fahlevi",
    "Suhendra Matondang",
    "Taufik Hasibuan",
  ],
  [
    "Ucok Sinaga",
    "Viktor Napitupulu",
    "Wira Saragih",
    "Yusuf Efendi Pulungan",
    "Zulkifli Lubis",
    "Arief Rahman Hakim",
    "Benny Siahaan",
    "Candra Wijaya",
    "Dani Marpaung",
    "Erwin Sitepu",
    "Ferdinand Simatupang",
    "Gilang Ramadhan",
    "Heri Susanto",
    "Indra Gunawan Purba",
    "Juliadi Surbakti",
    "Khairul Anwar",
  ],
];

/** Where Rutan Medan's 3,290 inmates live: 2,340 in Kota Medan, the rest elsewhere in Sumatera Utara. */
export const MEDAN_DOMICILE: readonly (readonly [string, number])[] = [
  ["12.71", 2340],
  ["12.07", 410],
  ["12.05", 120],
  ["12.75", 95],
  ["12.18", 85],
  ["12.08", 60],
  ["12.72", 45],
  ["12.09", 40],
  ["12.06", 35],
  ["12.19", 30],
  ["12.10", 30],
];

/**
 * The three certified fields of the PKS. The field report names the fields only: the schemes, their
 * units and codes below are assumed for the demo (the codes follow the SKKNI pattern, KBLI 96 for
 * barbering and 10 for food; they are illustrative, not quoted from a published SKKNI).
 */
export const PROGRAMS = [
  {
    key: "barbershop",
    name: "Pelatihan Barbershop Bersertifikat",
    field: "barbershop",
    scheme: "Skema Sertifikasi Okupasi Pemangkas Rambut (Barber)",
    competency: "Pemangkas Rambut Pria",
    units: [
      { code: "S.96PKS00.001.1", title: "Menerapkan K3 di tempat kerja" },
      { code: "S.96PKS00.002.1", title: "Melakukan pangkas rambut pria" },
      { code: "S.96PKS00.003.1", title: "Melakukan pencukuran kumis dan jenggot" },
    ],
    code: "BBR",
  },
  {
    key: "bakery",
    name: "Pelatihan Produksi Roti Bersertifikat",
    field: "bakery",
    scheme: "Skema Sertifikasi Okupasi Pembuat Roti",
    competency: "Pembuat Roti",
    units: [
      { code: "C.10ROT00.001.1", title: "Menerapkan keamanan pangan" },
      { code: "C.10ROT00.002.1", title: "Membuat adonan roti" },
      { code: "C.10ROT00.003.1", title: "Memanggang dan mengemas roti" },
    ],
    code: "RTI",
  },
  {
    key: "tempe",
    name: "Pelatihan Produksi Tempe Bersertifikat",
    field: "tempe_production",
    scheme: "Skema Sertifikasi Okupasi Pembuat Tempe",
    competency: "Pembuat Tempe",
    units: [
      { code: "C.10TMP00.001.1", title: "Menerapkan keamanan pangan" },
      { code: "C.10TMP00.002.1", title: "Menyiapkan kedelai" },
      { code: "C.10TMP00.003.1", title: "Melakukan fermentasi tempe" },
    ],
    code: "TMP",
  },
] as const;

/** Marks a demo fact the field reports do not give, so nobody reads it as reported. */
export const ASSUMED = "Asumsi demo: tidak dilaporkan dalam berita.";

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * A sentence begun six weeks before admission (detention before the verdict counts), of three years and
 * some months, with the 17 August 2025 remission (remisi umum) for those six months into it by then.
 */
function medanSentence(admission: string, i: number): SentenceFacts {
  const startDate = addDays(admission, -42);
  const remissions = startDate <= "2025-02-17" ? [{ grantedOn: "2025-08-17", months: 1, days: 0 }] : [];
  return { startDate, length: { years: 3, months: i % 7, days: 0 }, remissions };
}

/** The sixteen people of one field (0 barbershop, 1 bakery, 2 tempe), with varied but fixed dates. */
export function medanPeople(group: 0 | 1 | 2): InmatePerson[] {
  return (NAMES[group] ?? []).map((name, k) => {
    const i = group * 16 + k + 1;
    return {
      name,
      sex: "male",
      birthDate: `${1976 + ((i * 7) % 27)}-${pad(((i * 5) % 12) + 1)}-${pad(((i * 11) % 28) + 1)}`,
      legalStatus: "convict",
      admissionDate: addDays("2024-05-06", i * 9),
      sentence: medanSentence(addDays("2024-05-06", i * 9), i),
    };
  });
}
