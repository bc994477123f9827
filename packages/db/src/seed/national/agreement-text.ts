/** What an action plan activity of each standard field looks like: activity, unit, target range. */
export const ACTIVITIES: Readonly<Record<string, readonly [string, string, number, number]>> = {
  manpower: ["Pelatihan keterampilan kerja bagi warga binaan", "orang", 15, 120],
  health: ["Pemeriksaan dan layanan kesehatan warga binaan", "orang", 50, 600],
  education: ["Pendidikan kesetaraan Paket A/B/C", "orang", 10, 80],
  literacy: ["Bantuan buku bacaan dan kelas literasi", "eksemplar", 50, 500],
  social: ["Pendampingan dan rehabilitasi sosial", "orang", 20, 200],
  civil_registration: ["Perekaman KTP-el dan penerbitan NIK warga binaan", "orang", 30, 400],
  trade: ["Pameran dan pemasaran produk karya warga binaan", "kegiatan", 2, 12],
  fire_safety: ["Pelatihan pencegahan dan pemadaman kebakaran", "kegiatan", 1, 6],
};

/** How a title names each field's subject. */
export const TOPICS: Readonly<Record<string, string>> = {
  manpower: "Pelatihan Kerja dan Sertifikasi Kompetensi Warga Binaan",
  health: "Pelayanan Kesehatan bagi Warga Binaan Pemasyarakatan",
  education: "Penyelenggaraan Pendidikan Kesetaraan",
  literacy: "Pengembangan Literasi Warga Binaan",
  social: "Rehabilitasi dan Pelayanan Sosial",
  civil_registration: "Pelayanan Administrasi Kependudukan bagi Warga Binaan",
  trade: "Pemasaran Produk Hasil Karya Warga Binaan",
  fire_safety: "Pencegahan dan Penanggulangan Kebakaran",
};

/** Why agreements end early. */
export const TERMINATION_REASONS = [
  "Mitra tidak lagi menganggarkan kegiatan",
  "Digantikan oleh perjanjian kerja sama yang lebih luas",
  "Reorganisasi perangkat daerah mitra",
  "Kesepakatan bersama para pihak",
] as const;
