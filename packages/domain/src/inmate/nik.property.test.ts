import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkNik, decodeNik, makeNik } from "./nik.ts";

const pad = (n: number) => String(n).padStart(2, "0");
const district = fc
  .tuple(fc.integer({ min: 11, max: 97 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }))
  .map(([p, r, d]) => `${pad(p)}.${pad(r)}.${pad(d)}`);
const birthDate = fc
  .date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2012-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const person = fc.record({
  districtCode: district,
  birthDate,
  sex: fc.constantFrom("male" as const, "female" as const),
  serial: fc.integer({ min: 1, max: 9999 }),
});

describe("NIK properties", () => {
  test.prop([person])("every generated NIK passes the check against its own holder", (p) => {
    const nik = makeNik(p);
    expect(nik).toMatch(/^\d{16}$/);
    expect(checkNik(nik, p).ok).toBe(true);
  });

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
