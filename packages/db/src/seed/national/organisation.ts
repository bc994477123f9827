import { type FacilityModel, type PartnerModel, rngFor, type SeedRun, TAG } from "./context.ts";
import { FACILITY_WEIGHTS, kanwilProvince, type Province } from "./geography.ts";
import { officialName } from "./names.ts";
import { buildPartners } from "./partners.ts";
import type { Rng } from "./random.ts";
import { type TableRows, textArray } from "./sink.ts";

/** The organisation: offices, facilities and partners with the rows that store them. */
export interface Organisation {
  readonly regionalOffices: ReadonlyMap<string, string>;
  readonly facilities: readonly FacilityModel[];
  readonly partners: readonly PartnerModel[];
  readonly partnersByRegency: ReadonlyMap<string, readonly PartnerModel[]>;
  readonly partnersByProvince: ReadonlyMap<string, readonly PartnerModel[]>;
  readonly national: readonly PartnerModel[];
  readonly tables: readonly TableRows[];
}

/** Splits n over weights by largest remainder. */
export function apportion(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (n * w) / total);
  const out = exact.map(Math.floor);
  let left = n - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

const CLASS_WEIGHTS = {
  rutan: { I: 10, IIA: 25, IIB: 65 },
  lapas: { I: 12, IIA: 38, IIB: 40, III: 10 },
  lpka: { I: 30, II: 70 },
} as const;
const CAPACITY: Record<string, readonly [number, number]> = {
  I: [900, 2000],
  IIA: [450, 1100],
  IIB: [150, 450],
  III: [100, 250],
  II: [80, 200],
};
const LABEL = { rutan: "Rutan", lapas: "Lapas", lpka: "LPKA" } as const;

/** How many facilities each province gets: by weight at full scale; one per zone first at small scales. */
function facilityCounts(run: SeedRun, total: number): Map<string, number> {
  const provinces = run.geo.provinces;
  const counts = new Map<string, number>();
  if (total >= provinces.length * 2) {
    const split = apportion(
      total,
      provinces.map((p) => FACILITY_WEIGHTS[p.code] ?? 5),
    );
    provinces.forEach((p, i) => {
      counts.set(p.code, split[i] ?? 0);
    });
    return counts;
  }
  const rng = rngFor(run, 1);
  const pool = [...provinces];
  for (let i = 0; i < total && pool.length > 0; i += 1) {
    // The first three cover WIB, WITA and WIT so small runs still cross every zone.
    const zone = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"][i];
    const candidates = zone ? pool.filter((p) => p.zone === zone) : pool;
    const weights = Object.fromEntries(candidates.map((p) => [p.code, FACILITY_WEIGHTS[p.code] ?? 5]));
    const code = rng.weighted(weights);
    counts.set(code, (counts.get(code) ?? 0) + 1);
    if (counts.get(code) === 1 && i >= provinces.length)
      pool.splice(
        pool.findIndex((p) => p.code === code),
        1,
      );
  }
  return counts;
}

/** Builds regional offices, facilities and partners. */
export function buildOrganisation(run: SeedRun, facilityTotal: number, inmateTotal: number): Organisation {
  const created = `${run.windowStart}T01:00:00.000Z`;
  const regionalOffices = new Map<string, string>();
  const roRows = [];
  for (const p of run.geo.provinces) {
    if (kanwilProvince(p.code) !== p.code) continue;
    const id = run.ids.next(TAG.regionalOffice);
    regionalOffices.set(p.code, id);
    roRows.push([id, `Kanwil ${p.name}`, p.code, created, created]);
  }
  const counts = facilityCounts(run, facilityTotal);
  const facilities: FacilityModel[] = [];
  const names = new Set<string>();
  for (const p of run.geo.provinces) {
    const n = counts.get(p.code) ?? 0;
    const rng = rngFor(run, 2, Number(p.code));
    const regencies = shuffled(rng, p.regencies);
    const capital = p.regencies.find((r) => r.code.endsWith(".71"));
    if (capital) {
      regencies.splice(regencies.indexOf(capital), 1);
      regencies.unshift(capital);
    }
    for (let i = 0; i < n; i += 1)
      facilities.push(
        facility(
          run,
          rng,
          p,
          regencies[i % regencies.length] ?? capital,
          i,
          n,
          regionalOffices,
          names,
          facilities.length,
        ),
      );
  }
  const weights = facilities.map(
    (f) => f.capacity * (f.kind === "lpka" ? 0.6 : 1.3 + rngFor(run, 3, f.index).next()),
  );
  apportion(inmateTotal, weights).forEach((k, i) => {
    const f = facilities[i];
    if (f) f.inmates = k;
  });
  const partners = buildPartners(run, new Set(facilities.map((f) => f.regency.province)), created);
  const byRegency = new Map<string, PartnerModel[]>();
  const byProvince = new Map<string, PartnerModel[]>();
  for (const x of partners) {
    if (!x.areaCode) continue;
    if (x.areaCode.length === 5) byRegency.set(x.areaCode, [...(byRegency.get(x.areaCode) ?? []), x]);
    const prov = x.areaCode.slice(0, 2);
    byProvince.set(prov, [...(byProvince.get(prov) ?? []), x]);
  }
  const national = partners.filter((x) => x.role === "national");
  return {
    regionalOffices,
    facilities,
    partners,
    partnersByRegency: byRegency,
    partnersByProvince: byProvince,
    national,
    tables: [
      {
        table: "regional_offices",
        columns: ["id", "name", "province_code", "created_at", "updated_at"],
        rows: roRows,
      },
      {
        table: "facilities",
        columns: [
          "id",
          "regional_office_id",
          "kind",
          "class",
          "specialisation",
          "name",
          "regency_code",
          "time_zone",
          "capacity",
          "head",
          "contacts",
          "created_at",
          "updated_at",
        ],
        rows: facilities.map((f) => {
          const head = { name: f.head, title: `Kepala ${f.name}` };
          return [
            f.id,
            f.regionalOfficeId,
            f.kind,
            f.class,
            f.specialisation,
            f.name,
            f.regency.code,
            f.zone,
            f.capacity,
            JSON.stringify(head),
            JSON.stringify([{ name: f.head, role: head.title }]),
            f.createdAt,
            f.createdAt,
          ];
        }),
      },
      {
        table: "partners",
        columns: [
          "id",
          "kind",
          "name",
          "parent_id",
          "area_code",
          "owner_regional_office_id",
          "contacts",
          "fields",
          "created_at",
          "updated_at",
        ],
        rows: partners.map((x) => [
          x.id,
          x.kind,
          x.name,
          x.parentId,
          x.areaCode,
          x.role === "national" || !x.areaCode
            ? null
            : (regionalOffices.get(kanwilProvince(x.areaCode.slice(0, 2))) ?? null),
          "[]",
          textArray(x.fields),
          created,
          created,
        ]),
      },
    ],
  };
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function facility(
  run: SeedRun,
  rng: Rng,
  p: Province,
  regency: Province["regencies"][number] | undefined,
  i: number,
  n: number,
  ros: Map<string, string>,
  names: Set<string>,
  index: number,
): FacilityModel {
  if (!regency) throw new Error(`national seed: province ${p.code} has no regency`);
  const kind = i === 1 && n >= 4 ? "lpka" : rng.chance(0.47) ? "rutan" : "lapas";
  const cls = rng.weighted<string>(CLASS_WEIGHTS[kind]);
  const specialisation =
    kind === "lpka"
      ? "general"
      : rng.chance(kind === "lapas" ? 0.12 : 0.02)
        ? "narcotics"
        : rng.chance(0.05)
          ? "women"
          : "general";
  const special =
    specialisation === "narcotics" ? " Narkotika" : specialisation === "women" ? " Perempuan" : "";
  let name = `${LABEL[kind]}${special} Kelas ${cls} ${regency.place}`;
  for (let k = 2; names.has(name); k += 1)
    name = `${LABEL[kind]}${special} Kelas ${cls} ${regency.place} ${k}`;
  names.add(name);
  const [lo, hi] = CAPACITY[cls] ?? [100, 300];
  const ro = ros.get(kanwilProvince(p.code));
  if (!ro) throw new Error(`national seed: no Kanwil for province ${p.code}`);
  return {
    index,
    id: run.ids.next(TAG.facility),
    regionalOfficeId: ro,
    kind,
    class: cls,
    specialisation,
    name,
    regency,
    zone: p.zone,
    capacity: rng.int(lo, hi),
    inmates: 0,
    head: officialName(rng),
    createdAt: `${run.windowStart}T02:00:00.000Z`,
  };
}
