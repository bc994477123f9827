import { describe, expect, it } from "vitest";
import {
  isProvinceCode,
  PROVINCE_CODES,
  provinceOf,
  provinceTimeZone,
  regencyOf,
  timeZoneLabel,
} from "./area.ts";

describe("areas and time zones", () => {
  it("puts the five field reports' facilities in the right zones", () => {
    expect(timeZoneLabel(provinceTimeZone(provinceOf("33.73")))).toBe("WIB"); // Salatiga
    expect(timeZoneLabel(provinceTimeZone(provinceOf("81.01")))).toBe("WIT"); // Masohi, Maluku Tengah
    expect(timeZoneLabel(provinceTimeZone(provinceOf("63.07")))).toBe("WITA"); // Barabai, Hulu Sungai Tengah
    expect(timeZoneLabel(provinceTimeZone(provinceOf("12.71")))).toBe("WIB"); // Medan
    expect(timeZoneLabel(provinceTimeZone(provinceOf("33.16")))).toBe("WIB"); // Blora
  });

  it("keeps West and Central Kalimantan in WIB and the Papua provinces in WIT", () => {
    expect(provinceTimeZone("61")).toBe("Asia/Jakarta");
    expect(provinceTimeZone("62")).toBe("Asia/Jakarta");
    expect(provinceTimeZone("94")).toBe("Asia/Jayapura");
    expect(provinceTimeZone("51")).toBe("Asia/Makassar");
  });

  it("derives the regency of a district and none of a province", () => {
    expect(regencyOf("33.73.01")).toBe("33.73");
    expect(regencyOf("33")).toBeUndefined();
  });
});

describe("the province table", () => {
  it("lists 38 provinces: 18 in WIB, 12 in WITA and 8 in WIT", () => {
    expect(PROVINCE_CODES).toHaveLength(38);
    expect(new Set(PROVINCE_CODES).size).toBe(38);
    const zones = PROVINCE_CODES.map(provinceTimeZone);
    expect(zones.filter((z) => z === "Asia/Jakarta")).toHaveLength(18);
    expect(zones.filter((z) => z === "Asia/Makassar")).toHaveLength(12);
    expect(zones.filter((z) => z === "Asia/Jayapura")).toHaveLength(8);
    expect(isProvinceCode("81")).toBe(true);
    expect(isProvinceCode("20")).toBe(false);
  });
});
