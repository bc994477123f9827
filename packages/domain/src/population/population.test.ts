import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkPopulation, domicileShare } from "./population.ts";

describe("population snapshots", () => {
  const medan = {
    takenOn: "2025-11-11",
    total: 3290,
    detainees: 1290,
    convicts: 2000,
    byDomicile: [{ regencyCode: "12.71", count: 2340 }],
  };

  it("accepts Medan's 3,290 of whom 2,340 live in Kota Medan", () => {
    expect(checkPopulation(medan).ok).toBe(true);
    expect(domicileShare(medan, "12.71")).toBeCloseTo(0.711, 3);
  });

  it("refuses status counts that do not add up to the total", () => {
    const r = checkPopulation({ ...medan, convicts: 1999 });
    expect(r.ok ? null : r.error.code).toBe("population/status-sum-mismatch");
  });

  it("refuses domicile counts larger than the total", () => {
    const r = checkPopulation({ ...medan, byDomicile: [{ regencyCode: "12.71", count: 3291 }] });
    expect(r.ok ? null : r.error.code).toBe("population/domicile-exceeds-total");
  });

  test.prop([fc.nat(5000), fc.nat(5000), fc.array(fc.nat(3000), { maxLength: 5 })])(
    "accepts exactly the snapshots whose sums hold",
    (detainees, convicts, counts) => {
      const total = detainees + convicts;
      const byDomicile = counts.map((count, i) => ({
        regencyCode: `12.${String(i + 1).padStart(2, "0")}`,
        count,
      }));
      const r = checkPopulation({ takenOn: "2025-01-01", total, detainees, convicts, byDomicile });
      expect(r.ok).toBe(counts.reduce((a, b) => a + b, 0) <= total);
    },
  );
});
