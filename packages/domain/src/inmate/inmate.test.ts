import { describe, expect, it } from "vitest";
import {
  createInmate,
  type Inmate,
  inmateDomicile,
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
});
