import type { ActionItemSeed } from "./records.ts";

/** One of the eight PKS of the signing day. */
export interface AgencyPks {
  readonly key: string;
  readonly agency: string;
  readonly abbr: string;
  readonly field: string;
  readonly subject: string;
  readonly endDate: string;
  readonly renewal: boolean;
  readonly items: readonly ActionItemSeed[];
}

const item = (
  activity: string,
  field: string,
  target: number,
  unit: string,
  dueDate: string,
  realised: number,
): ActionItemSeed => ({
  activity,
  field,
  target,
  unit,
  dueDate,
  realised,
  status: realised >= target ? "done" : realised > 0 ? "in_progress" : "planned",
});

/** The eight agencies, their field, term and action plan (three renew 2021 agreements). */
export const AGENCIES: readonly AgencyPks[] = [
  {
    key: "dinkes",
    agency: "Dinas Kesehatan",
    abbr: "DINKES",
    field: "health",
    subject: "Peningkatan Pelayanan Kesehatan bagi Warga Binaan",
    endDate: "2027-03-04",
    renewal: true,
    items: [
      item("Pelayanan puskesmas keliling (Pusling) di Rutan", "health", 24, "kunjungan", "2025-03-04", 24),
      item("Penyuluhan dan bantuan penanganan narkoba", "health", 6, "kegiatan", "2026-03-04", 4),
    ],
  },
  {
    key: "perpustakaan",
    agency: "Dinas Perpustakaan",
    abbr: "DISPERPUS",
    field: "literacy",
    subject: "Peningkatan Budaya Literasi Warga Binaan",
    endDate: "2027-03-04",
    renewal: true,
    items: [
      item("Layanan perpustakaan keliling ke Rutan", "literacy", 24, "kunjungan", "2025-03-04", 22),
      item("Hibah koleksi buku untuk perpustakaan Rutan", "literacy", 300, "eksemplar", "2026-03-04", 300),
    ],
  },
  {
    key: "disdik",
    agency: "Dinas Pendidikan",
    abbr: "DISDIK",
    field: "education",
    subject: "Pembinaan Intelektual melalui Pendidikan Kesetaraan",
    endDate: "2027-03-04",
    renewal: true,
    items: [
      item("Penyelenggaraan kejar Paket A/B/C bagi narapidana", "education", 30, "orang", "2026-06-30", 18),
    ],
  },
  {
    key: "dlh",
    agency: "Dinas Lingkungan Hidup",
    abbr: "DLH",
    field: "environment",
    subject: "Pengelolaan Sampah dan Peningkatan Pembinaan Kerja",
    endDate: "2026-03-04",
    renewal: false,
    items: [
      item("Pelatihan pemilahan dan pengolahan sampah", "environment", 4, "angkatan", "2025-12-31", 3),
      item("Penyediaan sarana bank sampah Rutan", "environment", 1, "unit", "2024-09-30", 1),
    ],
  },
  {
    key: "disdag",
    agency: "Dinas Perdagangan",
    abbr: "DISDAG",
    field: "trade",
    subject: "Penjualan dan Pemasaran Hasil Karya Narapidana",
    endDate: "2025-03-04",
    renewal: false,
    items: [item("Pameran dan penjualan hasil karya WBP", "trade", 4, "kegiatan", "2025-03-04", 3)],
  },
  {
    key: "satpolpp-damkar",
    agency: "Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
    abbr: "SATPOLPP-DAMKAR",
    field: "fire_safety",
    subject: "Penanganan dan Pencegahan Kebakaran di Rutan",
    endDate: "2027-03-04",
    renewal: false,
    items: [
      item(
        "Simulasi penanganan kebakaran bagi petugas dan WBP",
        "fire_safety",
        3,
        "kegiatan",
        "2027-03-04",
        2,
      ),
      item("Pemeriksaan alat pemadam api ringan", "fire_safety", 6, "kali", "2027-03-04", 4),
    ],
  },
  {
    key: "dpmptsp-naker",
    agency: "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja",
    abbr: "DPMPTSPNAKER",
    field: "manpower",
    subject: "Pelatihan Kerja bagi Narapidana",
    endDate: "2027-03-04",
    renewal: false,
    items: [
      item("Pelatihan kerja berbasis kompetensi bagi narapidana", "manpower", 60, "orang", "2027-03-04", 32),
    ],
  },
  {
    key: "disdukcapil",
    agency: "Dinas Kependudukan dan Pencatatan Sipil",
    abbr: "DISDUKCAPIL",
    field: "civil_registration",
    subject: "Pemadanan dan Pengesahan Data NIK Tahanan dan Narapidana",
    endDate: "2026-12-31",
    renewal: false,
    items: [
      item("Pemadanan NIK tahanan dan narapidana", "civil_registration", 400, "orang", "2026-12-31", 356),
      item(
        "Perekaman KTP-el bagi WBP yang belum memiliki",
        "civil_registration",
        80,
        "orang",
        "2026-12-31",
        51,
      ),
    ],
  },
];
