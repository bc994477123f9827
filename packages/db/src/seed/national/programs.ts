import type { SignedAgreement } from "./agreements.ts";
import type { FacilityModel, PartnerModel, SeedRun } from "./context.ts";
import { earlier, later, TAG } from "./context.ts";
import { plusDays, type Rng } from "./random.ts";
import type { Cell, TableRows } from "./sink.ts";

/** A certification scheme as programs store it. */
export interface Scheme {
  readonly issuerPartnerId: string;
  readonly issuerShort: string;
  readonly name: string;
  readonly schemeType: "kkni" | "okupasi" | "klaster";
  readonly level?: number;
  readonly competency: string;
  readonly competencyUnits: readonly { code: string; title: string }[];
  readonly validityMonths: number | null;
  /** The units as certificates store them (made once per program). */
  readonly unitsJson: string;
}

/** A program a facility can run cohorts of, and when. */
export interface ProgramSlot {
  readonly programId: string;
  readonly name: string;
  readonly vocational: boolean;
  readonly scheme: Scheme | null;
  /** First and last possible start of a cohort (inside the funding agreement's term when funded). */
  readonly from: string;
  readonly to: string;
}

const SKILLS: readonly (readonly [string, string, string, string])[] = [
  ["barbershop", "Pangkas Rambut", "Barber", "S.96PKS00"],
  ["bakery", "Tata Boga Roti dan Kue", "Pembuat Roti", "I.56PAR00"],
  ["welding", "Pengelasan", "Juru Las", "C.25LAS00"],
  ["sewing", "Menjahit Pakaian", "Penjahit", "C.14GAR00"],
  ["farming", "Budidaya Hortikultura", "Petani Hortikultura", "A.01HOR00"],
  ["carpentry", "Pertukangan Kayu", "Tukang Kayu", "F.45KAY00"],
  ["barista", "Barista", "Barista", "I.56BAR00"],
  ["automotive", "Servis Sepeda Motor", "Mekanik Sepeda Motor", "G.45OTO00"],
  ["handicraft", "Kerajinan Tangan", "Perajin", "C.32KRJ00"],
];

const PERSONAL = [
  ["religion", "Pembinaan Kesadaran Beragama"],
  ["nationhood", "Pembinaan Kesadaran Berbangsa dan Bernegara"],
  ["literacy", "Kelas Literasi Warga Binaan"],
  ["education", "Pendidikan Kesetaraan Paket C"],
] as const;

/** A scheme's three SKKNI-shaped units. */
const units = (prefix: string, title: string) =>
  [1, 2, 3].map((n) => ({ code: `${prefix}.00${n}.1`, title: `${title}: unit ${n}` }));

/** Column list of programs, in the order rows are built. */
export const PROGRAM_COLUMNS = [
  "id",
  "name",
  "track",
  "field",
  "provider_partner_id",
  "funding_agreement_id",
  "owner_regional_office_id",
  "certification_scheme",
  "created_at",
  "updated_at",
];

/** The national personal-development programs (in the national register). */
export function nationalPrograms(
  run: SeedRun,
  national: readonly PartnerModel[],
): { slots: ProgramSlot[]; table: TableRows } {
  const rows: Cell[][] = [];
  const slots = PERSONAL.map(([field, name]) => {
    const id = run.ids.next(TAG.program);
    const provider = national.find((p) =>
      p.fields.includes(field === "religion" || field === "nationhood" ? "social" : field),
    );
    rows.push([
      id,
      name,
      "personal_development",
      field,
      provider?.id ?? null,
      null,
      null,
      null,
      `${run.windowStart}T03:00:00.000Z`,
      `${run.windowStart}T03:00:00.000Z`,
    ]);
    return {
      programId: id,
      name,
      vocational: false,
      scheme: null,
      from: run.windowStart,
      to: plusDays(run.today, 45),
    };
  });
  return { slots, table: { table: "programs", columns: PROGRAM_COLUMNS, rows } };
}

/**
 * A facility's vocational programs: one funded by each of its signed manpower agreements (cohorts within
 * the agreement's term), and two run with the provincial BLK; certified by an LSP of the province.
 */
export function facilityPrograms(
  run: SeedRun,
  rng: Rng,
  f: FacilityModel,
  signed: readonly SignedAgreement[],
  province: readonly PartnerModel[],
  rows: Cell[][],
): ProgramSlot[] {
  const lsps = province.filter((p) => p.role === "lsp");
  const blk = province.find((p) => p.role === "blk");
  const slots: ProgramSlot[] = [];
  const add = (
    provider: PartnerModel | undefined,
    agreement: SignedAgreement | null,
    from: string,
    to: string,
  ) => {
    const [field, title, competency, prefix] = rng.pick(SKILLS);
    const id = run.ids.next(TAG.program);
    const issuer = lsps.length > 0 ? rng.pick(lsps) : provider;
    const type = rng.weighted({ kkni: 40, okupasi: 45, klaster: 15 });
    const scheme: Scheme | null =
      issuer && rng.chance(0.74)
        ? {
            issuerPartnerId: issuer.id,
            issuerShort: issuer.short,
            name: `Skema ${type === "klaster" ? "Klaster" : type === "kkni" ? "KKNI" : "Okupasi"} ${competency}`,
            schemeType: type,
            ...(type === "kkni" ? { level: rng.int(1, 3) } : {}),
            competency,
            competencyUnits: units(prefix, title),
            validityMonths: rng.chance(0.7) ? 36 : null,
            unitsJson: JSON.stringify(units(prefix, title)),
          }
        : null;
    const name = `Pelatihan ${title} ${f.name}`;
    const created = `${[from < run.windowStart ? run.windowStart : from, run.today].sort()[0]}T02:00:00.000Z`;
    const {
      issuerShort: _s,
      competency: _c,
      unitsJson: _u,
      ...stored
    } = scheme ?? {
      issuerShort: "",
      competency: "",
      unitsJson: "",
    };
    rows.push([
      id,
      name,
      "vocational",
      field,
      provider?.id ?? null,
      agreement?.id ?? null,
      f.regionalOfficeId,
      scheme ? JSON.stringify(stored) : null,
      created,
      created,
    ]);
    slots.push({ programId: id, name, vocational: true, scheme, from, to });
  };
  for (const a of signed)
    if (a.fields.includes("manpower") || a.partner.role === "blk") {
      const from = later(a.startDate, run.windowStart);
      const to = plusDays(a.lastDay, -30);
      if (from <= to) add(a.partner, a, from, earlier(to, plusDays(run.today, 45)));
    }
  for (let k = 0; k < 2; k += 1) add(blk, null, run.windowStart, plusDays(run.today, 45));
  return slots;
}
