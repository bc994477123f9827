import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  CreateFacilitySchema,
  checkFacilityClass,
  FACILITY_CLASSES,
  FACILITY_KINDS,
  facilityTimeZone,
} from "./facility.ts";

describe("facilities", () => {
  it("takes the time zone from the province unless overridden", () => {
    expect(facilityTimeZone({ regencyCode: "81.01", timeZoneOverride: null })).toBe("Asia/Jayapura");
    expect(facilityTimeZone({ regencyCode: "81.01", timeZoneOverride: "Asia/Makassar" })).toBe(
      "Asia/Makassar",
    );
  });

  it("accepts a complete facility and refuses an unknown kind, a bad area code and unknown fields", () => {
    const ok = v.safeParse(CreateFacilitySchema, {
      regionalOfficeId: "00000000-0000-4000-8000-000000000001",
      kind: "rutan",
      class: "IIB",
      name: "Rutan Kelas IIB Salatiga",
      regencyCode: "33.73",
    });
    expect(ok.success).toBe(true);
    const bad = v.safeParse(CreateFacilitySchema, {
      regionalOfficeId: "x",
      kind: "jail",
      class: "IIB",
      name: "",
      regencyCode: "3373",
      extra: 1,
    });
    expect(bad.success).toBe(false);
    const paths = (bad.issues ?? []).map((i) => i.path?.map((p) => p.key).join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["regionalOfficeId", "kind", "name", "regencyCode", "extra"]),
    );
  });

  it("accepts exactly the kind and class pairs that exist: Rutan I/IIA/IIB, Lapas I/IIA/IIB/III, LPKA I/II", () => {
    // Written out here rather than read from the code under test.
    const exist = new Set([
      "rutan I",
      "rutan IIA",
      "rutan IIB",
      "lapas I",
      "lapas IIA",
      "lapas IIB",
      "lapas III",
    ]);
    for (const c of ["lpka I", "lpka II"]) exist.add(c);
    for (const kind of FACILITY_KINDS)
      for (const cls of FACILITY_CLASSES) {
        const r = checkFacilityClass(kind, cls);
        expect([`${kind} ${cls}`, r.ok]).toEqual([`${kind} ${cls}`, exist.has(`${kind} ${cls}`)]);
        if (!r.ok) expect([r.error.code, r.error.field]).toEqual(["facility/class-not-of-kind", "class"]);
      }
  });

  it("defaults the specialisation to general and accepts women and narcotics only", () => {
    const base = {
      regionalOfficeId: "00000000-0000-4000-8000-000000000001",
      kind: "lapas",
      class: "IIA",
      name: "Lapas Perempuan Kelas IIA Medan",
      regencyCode: "12.71",
    };
    const parsed = v.safeParse(CreateFacilitySchema, base);
    expect(parsed.success && parsed.output.specialisation).toBe("general");
    expect(v.safeParse(CreateFacilitySchema, { ...base, specialisation: "women" }).success).toBe(true);
    expect(v.safeParse(CreateFacilitySchema, { ...base, specialisation: "narcotics" }).success).toBe(true);
    expect(v.safeParse(CreateFacilitySchema, { ...base, specialisation: "juvenile" }).success).toBe(false);
  });
});
