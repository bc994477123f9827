import { STANDARD_COOPERATION_FIELDS, type StandardCooperationField } from "../agreement/agreement.ts";
import { assertNever } from "../shared/result.ts";
import { completionRate, realisationRate, shareTrained } from "./assemble.ts";
import type { ReportTotals, UnitFigures } from "./figures.ts";

/** The languages a report is rendered in: Indonesian (the default) and English. */
export const REPORT_LANGS = ["id", "en"] as const;
/** A report's language. */
export type ReportLang = (typeof REPORT_LANGS)[number];

/** A text in both languages. */
export type Bilingual = { readonly [L in ReportLang]: string };

/** Every count of a unit that is a single number, by family (the order reports list them in). */
export const FIGURE_KEYS = {
  agreements: ["activeAtEnd", "signed", "renewed", "terminated", "expired", "expiringNext90"],
  actionPlan: ["itemsInForce", "itemsDue", "itemsMet"],
  engagements: ["visits", "followUpsOverdueAtEnd", "followUpsDone"],
  training: [
    "cohortsRunning",
    "enrollments",
    "completions",
    "endedOtherwise",
    "certificatesIssued",
    "inmatesTrained",
    "population",
  ],
} as const satisfies {
  readonly [K in
    | "agreements"
    | "actionPlan"
    | "engagements"
    | "training"]: readonly (keyof ReportTotals[K])[];
};

type Family = keyof typeof FIGURE_KEYS;
/** A single-number figure named by its path, e.g. `agreements.signed`. */
export type FigureKey = { [F in Family]: `${F}.${(typeof FIGURE_KEYS)[F][number]}` }[Family];

/** Every single-number figure's key, in report order. */
export const FIGURES: readonly FigureKey[] = (Object.keys(FIGURE_KEYS) as Family[]).flatMap((f) =>
  FIGURE_KEYS[f].map((k) => `${f}.${k}` as FigureKey),
);

/** The rates derived from the counts (never stored, never summed). */
export const RATE_KEYS = ["completionRate", "shareTrained", "realisationRate"] as const;
/** A derived rate. */
export type RateKey = (typeof RATE_KEYS)[number];

/** The labels of every figure a report shows. */
export const FIGURE_LABELS: { readonly [K in FigureKey]: Bilingual } = {
  "agreements.activeAtEnd": {
    id: "Perjanjian berlaku di akhir bulan",
    en: "Agreements in force at month end",
  },
  "agreements.signed": { id: "Perjanjian ditandatangani", en: "Agreements signed" },
  "agreements.renewed": { id: "Perjanjian diperpanjang", en: "Agreements renewed" },
  "agreements.terminated": { id: "Perjanjian diakhiri", en: "Agreements terminated" },
  "agreements.expired": { id: "Perjanjian berakhir masa berlakunya", en: "Agreements expired" },
  "agreements.expiringNext90": {
    id: "Perjanjian berakhir dalam 90 hari",
    en: "Agreements ending in the next 90 days",
  },
  "actionPlan.itemsInForce": { id: "Rencana aksi berjalan", en: "Action-plan items in force" },
  "actionPlan.itemsDue": { id: "Rencana aksi jatuh tempo", en: "Action-plan items due" },
  "actionPlan.itemsMet": { id: "Rencana aksi mencapai target", en: "Action-plan items meeting the target" },
  "engagements.visits": { id: "Kunjungan", en: "Visits" },
  "engagements.followUpsOverdueAtEnd": { id: "Tindak lanjut terlambat", en: "Follow-ups overdue" },
  "engagements.followUpsDone": { id: "Tindak lanjut selesai", en: "Follow-ups done" },
  "training.cohortsRunning": { id: "Angkatan pelatihan berjalan", en: "Cohorts running" },
  "training.enrollments": { id: "Peserta terdaftar", en: "Enrollments" },
  "training.completions": { id: "Peserta lulus", en: "Completions" },
  "training.endedOtherwise": { id: "Peserta berhenti", en: "Enrollments ended otherwise" },
  "training.certificatesIssued": { id: "Sertifikat diterbitkan", en: "Certificates issued" },
  "training.inmatesTrained": { id: "WBP dilatih", en: "Inmates trained" },
  "training.population": { id: "Jumlah penghuni", en: "Population" },
};

/** The labels of the derived rates. */
export const RATE_LABELS: { readonly [K in RateKey]: Bilingual } = {
  completionRate: { id: "Tingkat kelulusan", en: "Completion rate" },
  shareTrained: { id: "Persentase penghuni dilatih", en: "Share of the population trained" },
  realisationRate: { id: "Realisasi rencana aksi", en: "Action-plan realisation" },
};

/** The labels of the standard fields of cooperation (the coverage matrix's columns). */
export const FIELD_LABELS: { readonly [F in StandardCooperationField]: Bilingual } = {
  health: { id: "Kesehatan", en: "Health" },
  education: { id: "Pendidikan", en: "Education" },
  literacy: { id: "Literasi", en: "Literacy" },
  social: { id: "Sosial", en: "Social" },
  manpower: { id: "Ketenagakerjaan", en: "Manpower" },
  civil_registration: { id: "Adminduk", en: "Civil registration" },
  fire_safety: { id: "Pemadam kebakaran", en: "Fire safety" },
  trade: { id: "Perdagangan", en: "Trade" },
};

/** A report's sections, in the order they are rendered. */
export const REPORT_SECTIONS = ["totals", "units", "coverage", "domicile", "outcomes", "licences"] as const;
/** A report section. */
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Short names of the sections (a spreadsheet's sheet names: 31 characters at most). */
export const SECTION_SHORT_NAMES: { readonly [S in ReportSection]: Bilingual } = {
  totals: { id: "Ringkasan", en: "Totals" },
  units: { id: "Per unit", en: "By unit" },
  coverage: { id: "Cakupan", en: "Coverage" },
  domicile: { id: "Domisili", en: "Domicile" },
  outcomes: { id: "Hasil perjanjian", en: "Outcomes" },
  licences: { id: "Izin", en: "Licences" },
};

/** The labels of a report's sections, columns and headings. */
export const REPORT_TEXT = {
  report: { id: "Laporan bulanan", en: "Monthly report" },
  national: { id: "Nasional", en: "National" },
  period: { id: "Periode", en: "Period" },
  revision: { id: "Revisi", en: "Revision" },
  madeAt: { id: "Dibuat", en: "Made" },
  dataCutOff: { id: "Data per", en: "Data as of" },
  totals: { id: "Ringkasan", en: "Totals" },
  units: { id: "Per unit", en: "By unit" },
  coverage: { id: "Cakupan bidang kerja sama", en: "Coverage of the fields of cooperation" },
  domicile: { id: "WBP menurut domisili", en: "Residents by domicile" },
  outcomes: { id: "Hasil per perjanjian", en: "Outcomes per agreement" },
  licences: { id: "Izin yang akan berakhir", en: "Licences expiring" },
  chart: { id: "Angka utama", en: "Main figures" },
  figure: { id: "Indikator", en: "Figure" },
  key: { id: "Kode", en: "Key" },
  percent: { id: "persen", en: "percent" },
  value: { id: "Nilai", en: "Value" },
  unit: { id: "Unit", en: "Unit" },
  unitKind: { id: "Jenis unit", en: "Unit kind" },
  facility: { id: "UPT", en: "Facility" },
  regional_office: { id: "Kanwil", en: "Regional office" },
  directorate: { id: "Direktorat", en: "Directorate" },
  total: { id: "Jumlah", en: "Total" },
  areaCode: { id: "Kode wilayah", en: "Area code" },
  areaName: { id: "Nama wilayah", en: "Area name" },
  inForce: { id: "Ya", en: "Yes" },
  notInForce: { id: "Tidak", en: "No" },
  inmates: { id: "WBP", en: "Inmates" },
  trained: { id: "Dilatih", en: "Trained" },
  certified: { id: "Bersertifikat", en: "Certified" },
  agreement: { id: "Perjanjian", en: "Agreement" },
  agreementId: { id: "ID perjanjian", en: "Agreement id" },
  cohortsFunded: { id: "Angkatan didanai", en: "Cohorts funded" },
  enrolled: { id: "Peserta", en: "Enrolled" },
  completed: { id: "Lulus", en: "Completed" },
  licenceType: { id: "Jenis izin", en: "Licence type" },
  licenceNumber: { id: "Nomor izin", en: "Licence number" },
  expiresOn: { id: "Berlaku sampai", en: "Expires on" },
  suppressed: {
    id: "Angka 1–4 disembunyikan, beserta angka yang dapat dipakai untuk menghitungnya",
    en: "Counts of 1–4 are withheld, with the counts they could be worked out from",
  },
} as const satisfies Record<string, Bilingual>;

const MONTHS: { readonly [L in ReportLang]: readonly string[] } = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** A period `YYYY-MM` in words: `2026-11` as "November 2026"; `2026-08` as "Agustus 2026" in Indonesian. */
export function periodInWords(period: string, lang: ReportLang): string {
  const [year, month] = period.split("-");
  return `${MONTHS[lang][Number(month) - 1] ?? month} ${year}`;
}

/** The value of a single-number figure. */
export function figureValue(figures: ReportTotals | UnitFigures, key: FigureKey): number {
  const [family, name] = key.split(".") as [Family, string];
  return (figures[family] as unknown as Readonly<Record<string, number>>)[name] ?? 0;
}

/** The value of a derived rate (null when it is undefined: nothing ended, no census, nothing due). */
export function rateValue(figures: ReportTotals | UnitFigures, key: RateKey): number | null {
  switch (key) {
    case "completionRate":
      return completionRate(figures.training);
    case "shareTrained":
      return shareTrained(figures.training);
    case "realisationRate":
      return realisationRate(figures.actionPlan);
    default:
      return assertNever(key);
  }
}

/** The coverage fields in report order. */
export const COVERAGE_FIELDS: readonly StandardCooperationField[] = STANDARD_COOPERATION_FIELDS;
