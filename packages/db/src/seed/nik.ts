/** Private NIK helpers for the demo (the domain's inmate folder does not export makeNik/checkNik yet). */

/** What a NIK encodes. */
export interface NikParts {
  /** District code, dotted (`12.71.05`). */
  readonly districtCode: string;
  /** ISO birth date. */
  readonly birthDate: string;
  readonly sex: "male" | "female";
  /** 1..9999 */
  readonly serial: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** 16 digits: district code, birth date DDMMYY (day + 40 for women), 4-digit serial. */
export function makeDemoNik(p: NikParts): string {
  const district = p.districtCode.replaceAll(".", "");
  if (!/^\d{6}$/.test(district)) throw new Error("demo seed: a NIK needs a district code like 12.71.05");
  if (p.serial < 1 || p.serial > 9999) throw new Error("demo seed: NIK serial out of range");
  const [y, m, d] = p.birthDate.split("-");
  const day = Number(d) + (p.sex === "female" ? 40 : 0);
  return `${district}${pad(day, 2)}${m}${(y ?? "").slice(2)}${pad(p.serial, 4)}`;
}

/** True when a NIK is 16 digits and agrees with the birth date and sex (and district, when given). */
export function checkDemoNik(
  nik: string,
  person: { birthDate: string; sex: "male" | "female" },
  districtCodes?: ReadonlySet<string>,
): boolean {
  if (!/^\d{16}$/.test(nik)) return false;
  const district = `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
  if (districtCodes && !districtCodes.has(district)) return false;
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  if (female !== (person.sex === "female")) return false;
  const [y, m, d] = person.birthDate.split("-");
  return (
    pad(female ? rawDay - 40 : rawDay, 2) === d &&
    nik.slice(8, 10) === m &&
    nik.slice(10, 12) === (y ?? "").slice(2) &&
    nik.slice(12) !== "0000"
  );
}
