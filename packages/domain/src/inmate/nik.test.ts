import { describe, expect, it } from "vitest";
import {
  checkNik,
  decodeNik,
  makeNik,
  maskBirthDate,
  maskNik,
  type NikHolder,
  nikDiscrepancies,
  nikDomicileRegency,
} from "./nik.ts";

const woman = { birthDate: "1990-05-17", sex: "female" as const };
const man = { birthDate: "1985-12-03", sex: "male" as const };
const womanNik = makeNik({ districtCode: "33.73.01", ...woman, serial: 1 });
const manNik = makeNik({ districtCode: "12.71.05", ...man, serial: 42 });

const codeOf = (nik: string, holder: NikHolder = woman) => {
  const r = checkNik(nik, holder);
  return r.ok ? "ok" : r.error.code;
};

describe("NIK", () => {
  it("refuses provinces that do not exist (20, 50, 97) and accepts the four Papua provinces of 2022", () => {
    for (const province of ["10", "20", "50", "97", "99"])
      expect(codeOf(makeNik({ districtCode: `${province}.01.01`, ...woman, serial: 1 }))).toBe(
        "inmate/nik-area",
      );
    for (const province of ["11", "21", "91", "93", "94", "95", "96"])
      expect(codeOf(makeNik({ districtCode: `${province}.01.01`, ...woman, serial: 1 }))).toBe("ok");
  });

  it("reads a pre-2022 Merauke NIK as today's Papua Selatan code, and Kota Jayapura's as it was", () => {
    expect(nikDomicileRegency(makeNik({ districtCode: "91.01.01", ...woman, serial: 1 }))).toBe("93.01");
    expect(nikDomicileRegency(makeNik({ districtCode: "93.01.01", ...woman, serial: 1 }))).toBe("93.01");
    expect(nikDomicileRegency(makeNik({ districtCode: "91.71.01", ...woman, serial: 1 }))).toBe("91.71");
  });

  it("lists where a well-formed NIK disagrees with its holder", () => {
    const parts = decodeNik(womanNik);
    if (!parts) throw new Error("decodes");
    expect(nikDiscrepancies(parts, woman)).toEqual([]);
    expect(nikDiscrepancies(parts, { ...woman, sex: "male" })).toEqual(["sex"]);
    expect(nikDiscrepancies(parts, { birthDate: "1990-05-18", sex: "male" })).toEqual(["sex", "birthDate"]);
  });

  it("encodes district, birth date with day + 40 for women, and serial", () => {
    expect(womanNik).toBe("3373015705900001");
    expect(manNik).toBe("1271050312850042");
  });

  it("accepts a NIK that agrees with the birth date and sex, and decodes it", () => {
    const r = checkNik(womanNik, woman);
    expect(r.ok).toBe(true);
    expect(decodeNik(womanNik)).toEqual({
      districtCode: "33.73.01",
      day: 17,
      month: 5,
      yearOfCentury: 90,
      sex: "female",
      serial: 1,
    });
    expect(checkNik(manNik, man).ok).toBe(true);
  });

  it("refuses anything but 16 digits, or a zero serial, as inmate/nik-format", () => {
    for (const nik of ["", "337301570590000", "33730157059000011", "33730157059000a1", "3373015705900000"]) {
      expect(codeOf(nik)).toBe("inmate/nik-format");
    }
  });

  it("refuses digits 1-6 that cannot be a district code as inmate/nik-area", () => {
    expect(codeOf(`10${womanNik.slice(2)}`)).toBe("inmate/nik-area");
    expect(codeOf(`98${womanNik.slice(2)}`)).toBe("inmate/nik-area");
    expect(codeOf(`3300${womanNik.slice(4)}`)).toBe("inmate/nik-area");
    expect(codeOf(`337300${womanNik.slice(6)}`)).toBe("inmate/nik-area");
  });

  it("refuses a NIK whose day says the other sex as inmate/nik-sex-mismatch", () => {
    expect(codeOf(womanNik, { ...woman, sex: "male" })).toBe("inmate/nik-sex-mismatch");
    expect(codeOf(manNik, { ...man, sex: "female" })).toBe("inmate/nik-sex-mismatch");
  });

  it("refuses a NIK whose DDMMYY differs from the birth date as inmate/nik-birth-date-mismatch", () => {
    expect(codeOf(womanNik, { ...woman, birthDate: "1990-05-18" })).toBe("inmate/nik-birth-date-mismatch");
    expect(codeOf(womanNik, { ...woman, birthDate: "1990-06-17" })).toBe("inmate/nik-birth-date-mismatch");
    expect(codeOf(womanNik, { ...woman, birthDate: "1991-05-17" })).toBe("inmate/nik-birth-date-mismatch");
  });

  it("names the field nik and never puts the NIK or the birth date in a message", () => {
    for (const [nik, holder] of [
      ["123", woman],
      [`10${womanNik.slice(2)}`, woman],
      [womanNik, { ...woman, sex: "male" as const }],
      [womanNik, { ...woman, birthDate: "1990-05-18" }],
    ] as const) {
      const r = checkNik(nik, holder);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.field).toBe("nik");
      const text = JSON.stringify(r.error);
      expect(text).not.toContain(womanNik);
      expect(text).not.toContain("1990");
      expect(text).not.toContain("570590");
    }
  });

  it("reads the domicile regency from the first four digits", () => {
    expect(nikDomicileRegency(womanNik)).toBe("33.73");
    expect(nikDomicileRegency("12345")).toBeNull();
  });

  it("masks all but the first four and last two digits, and the birth date to its year", () => {
    expect(maskNik("3373015705900001")).toBe("3373**********01");
    expect(maskNik("1234")).toBe("****");
    expect(maskBirthDate("1990-05-17")).toBe("1990-**-**");
  });

  it("refuses to make a NIK from a bad district or serial", () => {
    expect(() => makeNik({ districtCode: "33.73", ...woman, serial: 1 })).toThrow(RangeError);
    expect(() => makeNik({ districtCode: "33.73.01", ...woman, serial: 0 })).toThrow(RangeError);
    expect(() => makeNik({ districtCode: "33.73.01", ...woman, serial: 10_000 })).toThrow(RangeError);
  });
});
