import { describedPicklist } from "../shared/schemas.ts";

/** Indonesia's three time zones as IANA names: WIB, WITA, WIT. */
export const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
/** An Indonesian IANA time zone. */
export type TimeZone = (typeof TIME_ZONES)[number];

/** A time zone as the API accepts it. */
export const TimeZoneSchema = describedPicklist(
  TIME_ZONES,
  {
    "Asia/Jakarta": "WIB (UTC+7): Sumatra, Java, West and Central Kalimantan.",
    "Asia/Makassar": "WITA (UTC+8): Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi.",
    "Asia/Jayapura": "WIT (UTC+9): Maluku and Papua.",
  },
  "must be Asia/Jakarta, Asia/Makassar or Asia/Jayapura",
);

/** The 38 Kemendagri province codes (Aceh 11 … Papua Barat Daya 96). */
export const PROVINCE_CODES = [
  ...["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"],
  ...["31", "32", "33", "34", "35", "36"],
  ...["51", "52", "53"],
  ...["61", "62", "63", "64", "65"],
  ...["71", "72", "73", "74", "75", "76"],
  ...["81", "82"],
  ...["91", "92", "93", "94", "95", "96"],
] as const;

// WITA: Bali, NTB, NTT, Kalimantan Selatan/Timur/Utara, all of Sulawesi. WIT: Maluku, Maluku Utara, Papua
// (97 is reserved for a further Papua split so it lands in WIT without a code change).
const WITA = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);
const WIT = new Set(["81", "82", "91", "92", "93", "94", "95", "96", "97"]);

/** True for one of the 38 current province codes. */
export const isProvinceCode = (code: string): boolean => (PROVINCE_CODES as readonly string[]).includes(code);

/** The province code (`33`) of any area code (`33`, `33.73`, `33.73.01`). */
export const provinceOf = (areaCode: string): string => areaCode.slice(0, 2);

/** The regency/city code (`33.73`) of a regency or district code, or undefined for a province. */
export const regencyOf = (areaCode: string): string | undefined =>
  areaCode.length >= 5 ? areaCode.slice(0, 5) : undefined;

/** The time zone of a province by its Kemendagri code (WIB for Sumatra, Java and West/Central Kalimantan). */
export function provinceTimeZone(provinceCode: string): TimeZone {
  if (WIT.has(provinceCode)) return "Asia/Jayapura";
  if (WITA.has(provinceCode)) return "Asia/Makassar";
  return "Asia/Jakarta";
}

/** Human label of a time zone as Indonesians say it. */
export function timeZoneLabel(tz: TimeZone): "WIB" | "WITA" | "WIT" {
  return tz === "Asia/Jakarta" ? "WIB" : tz === "Asia/Makassar" ? "WITA" : "WIT";
}
