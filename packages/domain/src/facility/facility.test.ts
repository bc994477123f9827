import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { CreateFacilitySchema, facilityTimeZone } from "./facility.ts";

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
});
