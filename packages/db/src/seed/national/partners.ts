import { type PartnerModel, type SeedRun, TAG } from "./context.ts";

/** The Dinas under every regency's government, with the fields they work in. */
const DINAS: readonly (readonly [string, string, readonly string[]])[] = [
  ["Dinas Sosial", "Dinsos", ["social"]],
  ["Dinas Kesehatan", "Dinkes", ["health"]],
  ["Dinas Pendidikan", "Disdik", ["education", "literacy"]],
  ["Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", ["civil_registration"]],
  ["Dinas Tenaga Kerja", "Disnaker", ["manpower"]],
  ["Dinas Perindustrian dan Perdagangan", "Disperindag", ["trade"]],
  ["Dinas Pemadam Kebakaran", "Damkar", ["fire_safety"]],
];

/** National partners: in the national register, edited only by national admins. */
const NATIONAL: readonly (readonly [string, string, string, readonly string[]])[] = [
  ["Badan Nasional Sertifikasi Profesi (BNSP)", "BNSP", "government_agency", ["manpower"]],
  ["Kementerian Ketenagakerjaan", "Kemnaker", "government_agency", ["manpower"]],
  ["Kementerian Sosial", "Kemensos", "government_agency", ["social"]],
  ["Kementerian Kesehatan", "Kemenkes", "government_agency", ["health"]],
  [
    "Kementerian Pendidikan Dasar dan Menengah",
    "Kemendikdasmen",
    "government_agency",
    ["education", "literacy"],
  ],
  [
    "Direktorat Jenderal Kependudukan dan Pencatatan Sipil",
    "Ditjen Dukcapil",
    "government_agency",
    ["civil_registration"],
  ],
  ["Badan Narkotika Nasional", "BNN", "government_agency", ["health", "social"]],
  ["Kementerian Perdagangan", "Kemendag", "government_agency", ["trade"]],
  ["Badan Amil Zakat Nasional", "Baznas", "ngo", ["social"]],
  ["Perpustakaan Nasional", "Perpusnas", "government_agency", ["literacy"]],
];

const LSP = [
  "LSP Pariwisata",
  "LSP Konstruksi",
  "LSP Tata Boga",
  "LSP Otomotif",
  "LSP Garmen",
  "LSP Pertanian",
];

/**
 * Partners: every regency's government with its Dinas, a BLK in about a third of them; per province its
 * government, the provincial BLK, two LSPs, an NGO and a business; the national bodies.
 */
export function buildPartners(
  run: SeedRun,
  provinces: ReadonlySet<string>,
  _created: string,
): PartnerModel[] {
  const out: PartnerModel[] = [];
  const add = (p: Omit<PartnerModel, "id">): PartnerModel => {
    const full = { ...p, id: run.ids.next(TAG.partner) };
    out.push(full);
    return full;
  };
  for (const [name, short, kind, fields] of NATIONAL)
    add({ role: "national", kind, name, short, areaCode: "31", fields, parentId: null });
  for (const p of run.geo.provinces) {
    if (!provinces.has(p.code)) continue;
    const gov = add({
      role: "province",
      kind: "local_government",
      name: `Pemerintah ${p.name}`,
      short: "Pemprov",
      areaCode: p.code,
      fields: ["social", "health", "education", "manpower"],
      parentId: null,
    });
    add({
      role: "blk",
      kind: "training_provider",
      name: `UPTD Balai Latihan Kerja ${p.name}`,
      short: "BLK",
      areaCode: p.code,
      fields: ["manpower"],
      parentId: gov.id,
    });
    for (let k = 0; k < 2; k += 1) {
      const lsp = LSP[(Number(p.code) + k) % LSP.length] as string;
      add({
        role: "lsp",
        kind: "certification_body",
        name: `${lsp} ${p.name}`,
        short: "LSP",
        areaCode: p.code,
        fields: ["manpower"],
        parentId: null,
      });
    }
    add({
      role: "ngo",
      kind: "ngo",
      name: `Yayasan Bina Insan ${p.name}`,
      short: "Yayasan",
      areaCode: p.code,
      fields: ["social", "education"],
      parentId: null,
    });
    add({
      role: "business",
      kind: "business",
      name: `Koperasi Karya Mandiri ${p.name}`,
      short: "Koperasi",
      areaCode: p.code,
      fields: ["trade", "manpower"],
      parentId: null,
    });
    p.regencies.forEach((r, i) => {
      const pemda = add({
        role: "pemda",
        kind: "local_government",
        name: `Pemerintah ${r.name}`,
        short: "Pemda",
        areaCode: r.code,
        fields: ["social", "health", "education", "civil_registration", "manpower"],
        parentId: null,
      });
      for (const [agency, short, fields] of DINAS)
        add({
          role: "dinas",
          kind: "government_agency",
          name: `${agency} ${r.name}`,
          short,
          areaCode: r.code,
          fields,
          parentId: pemda.id,
        });
      if (i % 3 === 0)
        add({
          role: "blk",
          kind: "training_provider",
          name: `Balai Latihan Kerja ${r.name}`,
          short: "BLK",
          areaCode: r.code,
          fields: ["manpower"],
          parentId: pemda.id,
        });
    });
  }
  return out;
}
