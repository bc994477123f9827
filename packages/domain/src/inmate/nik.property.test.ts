import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkNik, decodeNik, makeNik } from "./nik.ts";

// The 38 provinces written out here, by name, rather than read from the code under test, so the
// generator does not share the code's assumption about which two-digit codes exist.
const PROVINCES: Readonly<Record<string, string>> = {
  "11": "Aceh",
  "12": "Sumatera Utara",
  "13": "Sumatera Barat",
  "14": "Riau",
  "15": "Jambi",
  "16": "Sumatera Selatan",
  "17": "Bengkulu",
  "18": "Lampung",
  "19": "Kepulauan Bangka Belitung",
  "21": "Kepulauan Riau",
  "31": "DKI Jakarta",
  "32": "Jawa Barat",
  "33": "Jawa Tengah",
  "34": "DI Yogyakarta",
  "35": "Jawa Timur",
  "36": "Banten",
  "51": "Bali",
  "52": "Nusa Tenggara Barat",
  "53": "Nusa Tenggara Timur",
  "61": "Kalimantan Barat",
  "62": "Kalimantan Tengah",
  "63": "Kalimantan Selatan",
  "64": "Kalimantan Timur",
  "65": "Kalimantan Utara",
  "71": "Sulawesi Utara",
  "72": "Sulawesi Tengah",
  "73": "Sulawesi Selatan",
  "74": "Sulawesi Tenggara",
  "75": "Gorontalo",
  "76": "Sulawesi Barat",
  "81": "Maluku",
  "82": "Maluku Utara",
  "91": "Papua",
  "92": "Papua Barat",
  "93": "Papua Selatan",
  "94": "Papua Tengah",
  "95": "Papua Pegunungan",
  "96": "Papua Barat Daya",
};
const real = Object.keys(PROVINCES);

const pad = (n: number) => String(n).padStart(2, "0");
const districtIn = (province: fc.Arbitrary<string>) =>
  fc
    .tuple(province, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }))
    .map(([p, r, d]) => `${p}.${pad(r)}.${pad(d)}`);
const birthDate = fc
  .date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2012-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const personIn = (province: fc.Arbitrary<string>) =>
  fc.record({
    districtCode: districtIn(province),
    birthDate,
    sex: fc.constantFrom("male" as const, "female" as const),
    serial: fc.integer({ min: 1, max: 9999 }),
  });
const person = personIn(fc.constantFrom(...real));
const unreal = fc
  .integer({ min: 0, max: 99 })
  .map(pad)
  .filter((p) => !real.includes(p));

describe("NIK properties", () => {
  test("the province table written out here has the 38 provinces", () => {
    expect(real).toHaveLength(38);
  });

  test.prop([person])(
    "every generated NIK of a real province passes the check against its own holder",
    (p) => {
      const nik = makeNik(p);
      expect(nik).toMatch(/^\d{16}$/);
      expect(checkNik(nik, p).ok).toBe(true);
    },
  );

  test.prop([personIn(unreal)])(
    "a NIK whose first two digits are no province is refused as nik-area",
    (p) => {
      const r = checkNik(makeNik(p), p);
      expect(r.ok ? "ok" : r.error.code).toBe("inmate/nik-area");
    },
  );

  test.prop([person, fc.integer({ min: 6, max: 11 }), fc.integer({ min: 1, max: 9 })])(
    "any single-digit change in the date part fails the check or decodes to another date",
    (p, position, delta) => {
      const nik = makeNik(p);
      const digit = (Number(nik[position]) + delta) % 10;
      const changed = `${nik.slice(0, position)}${digit}${nik.slice(position + 1)}`;
      const before = decodeNik(nik);
      const after = decodeNik(changed);
      const sameDate =
        after !== null &&
        before !== null &&
        after.day === before.day &&
        after.month === before.month &&
        after.yearOfCentury === before.yearOfCentury &&
        after.sex === before.sex;
      expect(!checkNik(changed, p).ok || !sameDate).toBe(true);
      // Stronger: the holder's own record never accepts the changed NIK.
      expect(checkNik(changed, p).ok).toBe(false);
    },
  );
});
