import { describe, expect, it } from "vitest";
import { officeUnits, unitZone } from "./unit-zone.ts";

const units = [
  { id: "masohi", timeZone: "Asia/Jayapura" },
  { id: "barabai", timeZone: "Asia/Makassar" },
  ...officeUnits([
    { id: "kanwil-maluku", provinceCode: "81" },
    { id: "kanwil-kalsel", provinceCode: "63" },
  ]),
];

describe("the zone a record's times read in", () => {
  it("is the facility's own zone when the record is about a facility", () => {
    expect(unitZone({ facilityId: "masohi", regionalOfficeId: "kanwil-maluku" }, units)).toBe(
      "Asia/Jayapura",
    );
  });

  it("is the office's province zone when the record is about an office", () => {
    expect(unitZone({ facilityId: null, regionalOfficeId: "kanwil-kalsel" }, units)).toBe("Asia/Makassar");
    expect(unitZone({ facilityId: null, regionalOfficeId: "kanwil-maluku" }, units)).toBe("Asia/Jayapura");
  });

  it("falls back to the facility's office when the facility is not among the units loaded", () => {
    expect(unitZone({ facilityId: "elsewhere", regionalOfficeId: "kanwil-maluku" }, units)).toBe(
      "Asia/Jayapura",
    );
  });

  it("is WIB for the directorate, or when nothing is known", () => {
    expect(unitZone({ facilityId: null, regionalOfficeId: null }, units)).toBe("Asia/Jakarta");
    expect(unitZone({ facilityId: "x", regionalOfficeId: "y" }, [])).toBe("Asia/Jakarta");
  });
});
