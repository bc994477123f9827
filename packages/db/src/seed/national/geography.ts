import { provinceTimeZone, type TimeZone } from "@sinergi/domain";
import { loadAreas } from "../../reference/areas.ts";
import { titleCase } from "../shared.ts";

/** A regency or city with its districts, as idn-area-data lists them. */
export interface Regency {
  readonly code: string;
  readonly province: string;
  /** "Kabupaten Hulu Sungai Tengah" */
  readonly name: string;
  /** "Hulu Sungai Tengah" */
  readonly place: string;
  readonly districts: readonly string[];
}

/** A province with its regencies and zone. */
export interface Province {
  readonly code: string;
  readonly name: string;
  readonly zone: TimeZone;
  readonly regencies: readonly Regency[];
}

/** The country as the seed uses it. */
export interface Geography {
  readonly provinces: readonly Province[];
  readonly province: ReadonlyMap<string, Province>;
  readonly regency: ReadonlyMap<string, Regency>;
}

/**
 * The province whose Kanwil covers a province without one of its own: Kalimantan Utara is served from
 * Kalimantan Timur, the provinces split from Papua in 2022 from Papua and Papua Barat (33 offices in all).
 */
export const KANWIL_OF: Readonly<Record<string, string>> = {
  "65": "64",
  "93": "91",
  "94": "91",
  "95": "91",
  "96": "92",
};

/** The province of the Kanwil that covers a province. */
export const kanwilProvince = (province: string): string => KANWIL_OF[province] ?? province;

/**
 * Roughly how many UPT Pemasyarakatan each province has (the national total is about 530); used as
 * weights, so only the proportions matter.
 */
export const FACILITY_WEIGHTS: Readonly<Record<string, number>> = {
  "11": 24,
  "12": 38,
  "13": 23,
  "14": 18,
  "15": 12,
  "16": 20,
  "17": 9,
  "18": 17,
  "19": 8,
  "21": 10,
  "31": 10,
  "32": 40,
  "33": 45,
  "34": 6,
  "35": 39,
  "36": 10,
  "51": 9,
  "52": 10,
  "53": 20,
  "61": 15,
  "62": 12,
  "63": 13,
  "64": 13,
  "65": 5,
  "71": 10,
  "72": 12,
  "73": 25,
  "74": 12,
  "75": 5,
  "76": 5,
  "81": 11,
  "82": 7,
  "91": 6,
  "92": 5,
  "93": 4,
  "94": 4,
  "95": 3,
  "96": 4,
};

/** "KABUPATEN HULU SUNGAI TENGAH" -> "Hulu Sungai Tengah"; "KOTA MEDAN" -> "Medan". */
const placeName = (name: string): string => titleCase(name.replace(/^(KABUPATEN|KOTA|KAB\.)\s+/i, ""));

/** Loads provinces, regencies and districts from idn-area-data (the same source as the areas table). */
export async function loadGeography(): Promise<Geography> {
  const areas = await loadAreas();
  const districts = new Map<string, string[]>();
  for (const a of areas)
    if (a.level === "district" && a.parentCode) {
      const list = districts.get(a.parentCode) ?? [];
      list.push(a.code);
      districts.set(a.parentCode, list);
    }
  const regencies = new Map<string, Regency[]>();
  for (const a of areas)
    if (a.level === "regency" && a.parentCode) {
      const ds = (districts.get(a.code) ?? []).sort();
      if (ds.length === 0) continue;
      const list = regencies.get(a.parentCode) ?? [];
      list.push({
        code: a.code,
        province: a.parentCode,
        name: titleCase(a.name),
        place: placeName(a.name),
        districts: ds,
      });
      regencies.set(a.parentCode, list);
    }
  const provinces = areas
    .filter((a) => a.level === "province")
    .map((a) => ({
      code: a.code,
      name: titleCase(a.name),
      zone: provinceTimeZone(a.code),
      regencies: (regencies.get(a.code) ?? []).sort((x, y) => x.code.localeCompare(y.code)),
    }))
    .filter((p) => p.regencies.length > 0)
    .sort((x, y) => x.code.localeCompare(y.code));
  return {
    provinces,
    province: new Map(provinces.map((p) => [p.code, p])),
    regency: new Map(provinces.flatMap((p) => p.regencies.map((r) => [r.code, r] as const))),
  };
}
