/** Console languages: Indonesian by default, English on request. */
export type Locale = "id" | "en";

/** UI strings by locale. */
export const messages = {
  id: {
    title: "Sinergi",
    tagline: "Kemitraan, perjanjian kerja sama, pelatihan dan sertifikasi warga binaan",
    api: "Dokumentasi API",
    status: "Status server",
    ok: "berjalan",
    down: "tidak terjangkau",
    language: "English",
  },
  en: {
    title: "Sinergi",
    tagline: "Partnerships, cooperation agreements, inmate training and certification",
    api: "API documentation",
    status: "Server status",
    ok: "running",
    down: "unreachable",
    language: "Bahasa Indonesia",
  },
} as const satisfies Record<Locale, Record<string, string>>;
