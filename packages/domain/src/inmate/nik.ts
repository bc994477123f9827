import { isProvinceCode } from "../area/area.ts";
import { currentRegencyCode } from "../area/regency-successors.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { InmateError } from "./errors.ts";

/** Sex as the NIK encodes it (40 added to the birth day for women). */
export type Sex = "male" | "female";

/** What a NIK says about its holder, decoded without judging it against a record. */
export interface NikParts {
  /** District of registration, dotted (`33.73.01`). */
  readonly districtCode: string;
  /** Day of birth (1-31), with the +40 for women already removed. */
  readonly day: number;
  readonly month: number;
  /** Two-digit year of birth (the century is not encoded). */
  readonly yearOfCentury: number;
  readonly sex: Sex;
  /** Four-digit serial, 1..9999. */
  readonly serial: number;
}

const NIK_PATTERN = /^\d{16}$/;
const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** The person the NIK must agree with. */
export interface NikHolder {
  readonly birthDate: string;
  readonly sex: Sex;
}

/** Splits a 16-digit NIK into its parts (no plausibility checks beyond the digit count). */
export function decodeNik(nik: string): NikParts | null {
  if (!NIK_PATTERN.test(nik)) return null;
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  return {
    districtCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    day: female ? rawDay - 40 : rawDay,
    month: Number(nik.slice(8, 10)),
    yearOfCentury: Number(nik.slice(10, 12)),
    sex: female ? "female" : "male",
    serial: Number(nik.slice(12, 16)),
  };
}

/**
 * Checks a NIK's shape alone: 16 digits, a serial from 0001, and an area code whose province is one of
 * the 38 and whose regency and district parts are not 00. Messages never hold the NIK.
 */
export function checkNikShape(nik: string): Result<NikParts, InmateError> {
  const parts = decodeNik(nik);
  if (!parts || parts.serial === 0)
    return err(
      domainError("inmate/nik-format", "must be 16 digits ending in a serial from 0001", { field: "nik" }),
    );
  if (!isProvinceCode(nik.slice(0, 2)) || nik.slice(2, 4) === "00" || nik.slice(4, 6) === "00")
    return err(
      domainError("inmate/nik-area", "the first six digits are not a district area code", { field: "nik" }),
    );
  return ok(parts);
}

/** Where a well-formed NIK disagrees with its holder's record: sex, birth date, both or neither. */
export type NikDiscrepancy = "sex" | "birthDate";

/** The record's fields a decoded NIK disagrees with (empty when they agree). */
export function nikDiscrepancies(parts: NikParts, holder: NikHolder): NikDiscrepancy[] {
  const [y, m, d] = holder.birthDate.split("-").map(Number) as [number, number, number];
  const out: NikDiscrepancy[] = [];
  if (parts.sex !== holder.sex) out.push("sex");
  if (parts.day !== d || parts.month !== m || parts.yearOfCentury !== y % 100) out.push("birthDate");
  return out;
}

/**
 * Checks a NIK's shape and that it agrees with the holder's birth date and sex.
 * Messages name the rule, never the NIK or the birth date (personal data).
 */
export function checkNik(nik: string, holder: NikHolder): Result<NikParts, InmateError> {
  const shape = checkNikShape(nik);
  if (!shape.ok) return shape;
  const off = nikDiscrepancies(shape.value, holder);
  if (off.includes("sex"))
    return err(
      domainError("inmate/nik-sex-mismatch", "the NIK does not agree with the inmate's sex", {
        field: "nik",
      }),
    );
  if (off.includes("birthDate"))
    return err(
      domainError("inmate/nik-birth-date-mismatch", "the NIK does not agree with the inmate's birth date", {
        field: "nik",
      }),
    );
  return shape;
}

/**
 * The regency/city a NIK was first registered in, under today's code (`9101…` reads `93.01`: Merauke
 * moved to Papua Selatan in 2022), or null when the NIK is not 16 digits.
 */
export function nikDomicileRegency(nik: string): string | null {
  return NIK_PATTERN.test(nik) ? currentRegencyCode(`${nik.slice(0, 2)}.${nik.slice(2, 4)}`) : null;
}

/** What a NIK is made from (for demo data and tests). */
export interface MakeNik {
  /** District code, dotted (`12.71.05`). */
  readonly districtCode: string;
  readonly birthDate: string;
  readonly sex: Sex;
  /** 1..9999 */
  readonly serial: number;
}

/** Builds a NIK: district code, birth date DDMMYY (day + 40 for women), 4-digit serial. */
export function makeNik(p: MakeNik): string {
  const district = p.districtCode.replaceAll(".", "");
  // A generator for demo data and tests: a wrong argument is a programming error, not a rule.
  if (!/^\d{6}$/.test(district)) throw new RangeError("makeNik needs a district code like 12.71.05");
  if (!Number.isInteger(p.serial) || p.serial < 1 || p.serial > 9999)
    throw new RangeError("makeNik needs a serial from 1 to 9999");
  const [y, m, d] = p.birthDate.split("-");
  const day = Number(d) + (p.sex === "female" ? 40 : 0);
  return `${district}${pad(day, 2)}${m ?? ""}${(y ?? "").slice(2)}${pad(p.serial, 4)}`;
}

/** A NIK as shown to roles without personal-data access: first 4 and last 2 digits (`3373**********01`). */
export function maskNik(nik: string): string {
  if (nik.length <= 6) return "*".repeat(nik.length);
  return `${nik.slice(0, 4)}${"*".repeat(nik.length - 6)}${nik.slice(-2)}`;
}

/** A birth date shown masked: the year only (`1990-**-**`). */
export function maskBirthDate(date: string): string {
  return `${date.slice(0, 4)}-**-**`;
}
