import { makeNik } from "@sinergi/domain";
import { type FacilityModel, morning, type SeedRun, TAG } from "./context.ts";
import type { BinaryType, CopyBinary } from "./copy-binary.ts";
import { FACILITY_WEIGHTS, type Regency } from "./geography.ts";
import { personName } from "./names.ts";
import { apportion } from "./organisation.ts";
import { plusDays, type Rng } from "./random.ts";

/** An inmate as training needs it. */
export interface InmateModel {
  readonly id: string;
  readonly name: string;
  readonly admission: string;
}

/** Column lists, in the order rows are built. */
export const POPULATION_COLUMNS = {
  inmates: [
    "id",
    "facility_id",
    "registration_number",
    "name",
    "nik",
    "sex",
    "birth_date",
    "legal_status",
    "domicile_regency_code",
    "admission_date",
    "expected_release_date",
    "nik_validation",
    "created_at",
    "updated_at",
  ],
  snapshots: ["id", "facility_id", "taken_on", "total", "detainees", "convicts", "created_at", "updated_at"],
  domiciles: ["snapshot_id", "regency_code", "count"],
} as const;

/** The population tables' column types, in `POPULATION_COLUMNS` order (they are written in binary form). */
export const POPULATION_TYPES = {
  inmates: [
    "uuid",
    "uuid",
    "text",
    "text",
    "text",
    "text",
    "date",
    "text",
    "text",
    "date",
    "date",
    "text",
    "timestamptz",
    "timestamptz",
  ],
  snapshots: ["uuid", "uuid", "date", "int4", "int4", "int4", "timestamptz", "timestamptz"],
  domiciles: ["uuid", "text", "int4"],
} as const satisfies Record<string, readonly BinaryType[]>;

/** Where an inmate lives: mostly the facility's own regency, some a neighbouring one, a few far away. */
function domicile(run: SeedRun, rng: Rng, f: FacilityModel): Regency {
  const r = rng.next();
  if (r < 0.72) return f.regency;
  const province = run.geo.province.get(f.regency.province);
  const siblings = province?.regencies ?? [f.regency];
  if (r < 0.93) {
    // Neighbours: the regencies listed next to it (Kemendagri numbers neighbours close together).
    const at = siblings.findIndex((x) => x.code === f.regency.code);
    const k = Math.max(0, Math.min(siblings.length - 1, at + rng.pick([-2, -1, 1, 2])));
    return siblings[k] ?? f.regency;
  }
  const far = run.geo.province.get(rng.weighted(FACILITY_WEIGHTS)) ?? province;
  return far ? rng.pick(far.regencies) : f.regency;
}

/** A facility's inmates today, and its monthly population snapshots with their domicile counts. */
export function facilityPopulation(
  run: SeedRun,
  rng: Rng,
  f: FacilityModel,
  rows: {
    inmates: CopyBinary;
    snapshots: CopyBinary;
    domiciles: CopyBinary;
  },
): InmateModel[] {
  const out: InmateModel[] = [];
  const domicileCounts = new Map<string, number>();
  let detainees = 0;
  for (let i = 0; i < f.inmates; i += 1) {
    const sex =
      f.specialisation === "women"
        ? "female"
        : rng.chance(f.kind === "lpka" ? 0.05 : 0.06)
          ? "female"
          : "male";
    const age = f.kind === "lpka" ? rng.int(14, 17) : 18 + Math.floor(rng.next() * rng.next() * 50);
    const birth = plusDays(run.today, -(age * 365 + rng.int(30, 360)));
    const detainee = rng.chance(f.kind === "rutan" ? 0.62 : 0.1);
    const admission = detainee
      ? plusDays(run.today, -rng.int(1, 300))
      : plusDays(run.today, -Math.min(Math.floor(rng.next() * rng.next() * 2600) + 20, age * 365 - 400));
    const release = detainee ? null : plusDays(run.today, rng.int(10, 1800));
    const home = domicile(run, rng, f);
    // Most were registered where they live; some elsewhere in the province (moved since).
    const registered = rng.chance(0.9)
      ? home
      : rng.pick(run.geo.province.get(home.province)?.regencies ?? [home]);
    const nik = makeNik({
      districtCode: rng.pick(registered.districts),
      birthDate: birth,
      sex,
      serial: (i % 9999) + 1,
    });
    const recorded = rng.chance(0.92) ? home.code : null;
    const effective = recorded ?? registered.code;
    domicileCounts.set(effective, (domicileCounts.get(effective) ?? 0) + 1);
    if (detainee) detainees += 1;
    const id = run.ids.next(TAG.inmate);
    const name = personName(rng, sex);
    const at = morning(admission, f.zone, rng);
    rows.inmates.push([
      id,
      f.id,
      `${detainee ? "A" : "B"}.${f.index + 1}-${i + 1}/${admission.slice(0, 4)}`,
      name,
      nik,
      sex,
      birth,
      detainee ? "detainee" : "convict",
      recorded,
      admission,
      release,
      rng.chance(0.85) ? "valid" : "unverified",
      at,
      at,
    ]);
    out.push({ id, name, admission });
  }
  snapshots(run, rng, f, rows, domicileCounts, detainees);
  return out.sort((a, b) => (a.admission < b.admission ? -1 : a.admission > b.admission ? 1 : 0));
}

/** One snapshot on the first of every month of the three years, the population drifting up to today's. */
function snapshots(
  run: SeedRun,
  rng: Rng,
  f: FacilityModel,
  rows: { snapshots: CopyBinary; domiciles: CopyBinary },
  counts: Map<string, number>,
  detainees: number,
): void {
  const codes = [...counts.keys()].sort();
  const weights = codes.map((c) => counts.get(c) ?? 0);
  const share = f.inmates > 0 ? detainees / f.inmates : 0;
  for (let m = 1; m <= 36; m += 1) {
    const [y, mo] = run.windowStart.split("-").map(Number) as [number, number];
    const takenOn = new Date(Date.UTC(y, mo - 1 + m, 1)).toISOString().slice(0, 10);
    if (takenOn > run.today) break;
    const total = Math.max(0, Math.round(f.inmates * (0.85 + (0.15 * m) / 36 + (rng.next() - 0.5) * 0.06)));
    const id = run.ids.next(TAG.snapshot);
    const split = rng.chance(0.9);
    const d = Math.round(total * share);
    const at = morning(takenOn, f.zone, rng);
    rows.snapshots.push([id, f.id, takenOn, total, split ? d : null, split ? total - d : null, at, at]);
    if (total === 0 || codes.length === 0) continue;
    apportion(total, weights).forEach((n, k) => {
      if (n > 0) rows.domiciles.push([id, codes[k] as string, n]);
    });
  }
}
