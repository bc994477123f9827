import { describe, expect, it } from "vitest";
import { isProvinceCode, provinceTimeZone } from "./area.ts";
import { currentRegencyCode, REGENCY_SUCCESSORS } from "./regency-successors.ts";

describe("regency successors (Papua 2022)", () => {
  it("maps Merauke's old code to Papua Selatan's and Kota Sorong's to Papua Barat Daya's", () => {
    expect(currentRegencyCode("91.01")).toBe("93.01");
    expect(currentRegencyCode("92.71")).toBe("96.71");
  });

  it("leaves codes that never moved alone, Kota Jayapura and Manokwari among them", () => {
    expect(currentRegencyCode("91.71")).toBe("91.71");
    expect(currentRegencyCode("92.02")).toBe("92.02");
    expect(currentRegencyCode("12.71")).toBe("12.71");
  });

  it("only maps old Papua and Papua Barat codes to one of the four new provinces, in WIT", () => {
    const entries = Object.entries(REGENCY_SUCCESSORS);
    expect(entries).toHaveLength(26);
    for (const [old, next] of entries) {
      expect(["91", "92"]).toContain(old.slice(0, 2));
      expect(["93", "94", "95", "96"]).toContain(next.code.slice(0, 2));
      expect(isProvinceCode(next.code.slice(0, 2))).toBe(true);
      expect(provinceTimeZone(next.code.slice(0, 2))).toBe("Asia/Jayapura");
    }
    const targets = entries.map(([, n]) => n.code);
    expect(new Set(targets).size).toBe(targets.length);
  });

  it("is idempotent: a current code is never mapped again", () => {
    for (const { code } of Object.values(REGENCY_SUCCESSORS)) expect(currentRegencyCode(code)).toBe(code);
  });
});
