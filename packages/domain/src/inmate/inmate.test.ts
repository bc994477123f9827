import { describe, expect, it } from "vitest";
import {
  createInmate,
  effectiveDomicile,
  type Inmate,
  inmateDomicile,
  inmateNikDiscrepancies,
  maskInmate,
  type NewInmate,
  updateInmate,
} from "./inmate.ts";
import { makeNik } from "./nik.ts";

const base: NewInmate = {
  facilityId: "f",
  registrationNumber: "BI.0001/2024",
  name: "Budi",
  nik: makeNik({ districtCode: "12.71.05", birthDate: "1990-05-17", sex: "male", serial: 1 }),
  sex: "male",
  birthDate: "1990-05-17",
  legalStatus: "convict",
  admissionDate: "2024-06-03",
  expectedReleaseDate: "2027-06-30",
};

const created = (cmd: Partial<NewInmate> = {}): Inmate => {
  const r = createInmate("i1", { ...base, ...cmd });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe("inmate", () => {
  it("registers an inmate as unverified, with the NIK's regency as domicile when none is recorded", () => {
    const i = created();
    expect(i.nikValidation).toBe("unverified");
    expect(i.domicileRegencyCode).toBeNull();
    expect(inmateDomicile(i)).toBe("12.71");
    expect(inmateDomicile({ ...i, domicileRegencyCode: "12.07" })).toBe("12.07");
    expect(inmateDomicile({ ...i, nik: null })).toBeNull();
  });

  it("registers an inmate without a NIK", () => {
    const { nik: _n, ...rest } = base;
    const r = createInmate("i2", rest);
    expect(r.ok && r.value.nik).toBeNull();
  });

  it("refuses a NIK that disagrees with the birth date or the sex", () => {
    const date = createInmate("x", { ...base, birthDate: "1990-05-18" });
    expect(!date.ok && date.error.code).toBe("inmate/nik-birth-date-mismatch");
    const sex = createInmate("x", { ...base, sex: "female" });
    expect(!sex.ok && sex.error.code).toBe("inmate/nik-sex-mismatch");
  });

  it("refuses a birth date on or after admission and a release before admission as inmate/invalid-dates", () => {
    const { nik: _n, ...noNik } = base;
    const born = createInmate("x", { ...noNik, birthDate: "2024-06-03" });
    expect(!born.ok && [born.error.code, born.error.field]).toEqual(["inmate/invalid-dates", "birthDate"]);
    const release = createInmate("x", { ...base, expectedReleaseDate: "2024-06-02" });
    expect(!release.ok && [release.error.code, release.error.field]).toEqual([
      "inmate/invalid-dates",
      "expectedReleaseDate",
    ]);
  });

  it("rechecks the NIK when the birth date changes alone", () => {
    const r = updateInmate(created(), { birthDate: "1990-05-18" });
    expect(!r.ok && r.error.code).toBe("inmate/nik-birth-date-mismatch");
  });

  it("resets NIK validation to unverified when the NIK changes, unless the patch states it", () => {
    const valid = { ...created(), nikValidation: "valid" as const };
    const nik = makeNik({ districtCode: "12.71.06", birthDate: "1990-05-17", sex: "male", serial: 9 });
    const changed = updateInmate(valid, { nik });
    expect(changed.ok && changed.value.nikValidation).toBe("unverified");
    const stated = updateInmate(valid, { nik, nikValidation: "valid" });
    expect(stated.ok && stated.value.nikValidation).toBe("valid");
    const untouched = updateInmate(valid, { name: "Budi S." });
    expect(untouched.ok && untouched.value).toMatchObject({ name: "Budi S.", nikValidation: "valid" });
  });

  it("clears optional fields with null", () => {
    const r = updateInmate(created({ domicileRegencyCode: "12.71" }), {
      nik: null,
      domicileRegencyCode: null,
      expectedReleaseDate: null,
    });
    expect(r.ok && r.value).toMatchObject({
      nik: null,
      domicileRegencyCode: null,
      expectedReleaseDate: null,
    });
  });

  it("masks NIK and birth date", () => {
    expect(maskInmate(created())).toMatchObject({ nik: "1271**********01", birthDate: "1990-**-**" });
    expect(maskInmate({ nik: null, birthDate: "1990-05-17" }).nik).toBeNull();
  });

  it("takes the domicile from the record, and from the NIK (under today's code) only when none is recorded", () => {
    const merauke = makeNik({ districtCode: "91.01.02", birthDate: "1990-05-17", sex: "male", serial: 3 });
    expect(effectiveDomicile(created({ nik: merauke }))).toEqual({ regencyCode: "93.01", source: "nik" });
    expect(effectiveDomicile(created({ nik: merauke, domicileRegencyCode: "94.04" }))).toEqual({
      regencyCode: "94.04",
      source: "record",
    });
    expect(effectiveDomicile(created({ nik: undefined }))).toEqual({ regencyCode: null, source: null });
  });

  it("keeps a Dukcapil-validated NIK that disagrees with birth date and sex, and flags where", () => {
    const valid = createInmate("x", {
      ...base,
      birthDate: "1990-05-18",
      sex: "female",
      nikValidation: "valid",
    });
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    expect(inmateNikDiscrepancies(valid.value)).toEqual(["sex", "birthDate"]);
    expect(inmateNikDiscrepancies(created({ nikValidation: "valid" }))).toEqual([]);
    // Unverified or invalid: the record is refused as before; validated: still not a malformed NIK.
    for (const nikValidation of ["unverified", "invalid"] as const) {
      const r = createInmate("x", { ...base, birthDate: "1990-05-18", nikValidation });
      expect(!r.ok && r.error.code).toBe("inmate/nik-birth-date-mismatch");
    }
    const area = createInmate("x", { ...base, nik: "2071051705900001", nikValidation: "valid" });
    expect(!area.ok && area.error.code).toBe("inmate/nik-area");
  });

  it("refuses to drop the validation of a NIK that disagrees with the record until the record is corrected", () => {
    const valid = createInmate("x", { ...base, birthDate: "1990-05-18", nikValidation: "valid" });
    if (!valid.ok) throw new Error(valid.error.code);
    const dropped = updateInmate(valid.value, { nikValidation: "unverified" });
    expect(!dropped.ok && dropped.error.code).toBe("inmate/nik-birth-date-mismatch");
    const corrected = updateInmate(valid.value, { birthDate: "1990-05-17" });
    expect(corrected.ok && inmateNikDiscrepancies(corrected.value)).toEqual([]);
  });

  it("computes the expected release from the sentence facts and refuses one given beside them", () => {
    const { expectedReleaseDate: _e, ...noRelease } = base;
    const sentence = {
      startDate: "2024-05-20",
      length: { years: 3, months: 0, days: 0 },
      remissions: [{ grantedOn: "2025-08-17", months: 2, days: 0 }],
    };
    const r = createInmate("x", { ...noRelease, sentence });
    expect(r.ok && r.value.expectedReleaseDate).toBe("2027-03-20");
    const both = createInmate("x", { ...base, sentence });
    expect(!both.ok && [both.error.code, both.error.field]).toEqual([
      "inmate/invalid-dates",
      "expectedReleaseDate",
    ]);
    if (!r.ok) return;
    const more = updateInmate(r.value, {
      sentence: {
        ...sentence,
        remissions: [...sentence.remissions, { grantedOn: "2026-08-17", months: 1, days: 0 }],
      },
    });
    expect(more.ok && more.value.expectedReleaseDate).toBe("2027-02-20");
    const byHand = updateInmate(r.value, { expectedReleaseDate: "2027-01-01" });
    expect(!byHand.ok && byHand.error.code).toBe("inmate/invalid-dates");
    const cleared = updateInmate(r.value, { sentence: null, expectedReleaseDate: "2027-01-01" });
    expect(cleared.ok && cleared.value).toMatchObject({ sentence: null, expectedReleaseDate: "2027-01-01" });
  });

  it("refuses sentence facts whose release falls before admission, naming the sentence", () => {
    const { expectedReleaseDate: _e, ...noRelease } = base;
    const r = createInmate("x", {
      ...noRelease,
      sentence: { startDate: "2023-01-01", length: { years: 1, months: 0, days: 0 }, remissions: [] },
    });
    expect(!r.ok && [r.error.code, r.error.field]).toEqual(["inmate/invalid-dates", "sentence"]);
  });
});
