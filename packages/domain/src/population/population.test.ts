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

  it("accepts a snapshot without the detainee/convict split, totals and domicile only", () => {
    const r = checkPopulation({ ...medan, detainees: null, convicts: null });
    expect(r.ok).toBe(true);
    const over = checkPopulation({
      ...medan,
      detainees: null,
      convicts: null,
      byDomicile: [{ regencyCode: "12.71", count: 3291 }],
    });
    expect(over.ok ? null : over.error.code).toBe("population/domicile-exceeds-total");
  });

  it("refuses half a split: detainees without convicts or the other way round", () => {
    const a = checkPopulation({ ...medan, convicts: null });
    expect(a.ok ? null : [a.error.code, a.error.field]).toEqual([
      "population/status-sum-mismatch",
      "convicts",
    ]);
    const b = checkPopulation({ ...medan, detainees: null });
    expect(b.ok ? null : [b.error.code, b.error.field]).toEqual([
      "population/status-sum-mismatch",
      "detainees",
    ]);
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

  test.prop([fc.nat(5000), fc.option(fc.nat(5000), { nil: null }), fc.option(fc.nat(5000), { nil: null })])(
    "with or without a split, a snapshot is accepted exactly when a given split is whole and adds up",
    (total, detainees, convicts) => {
      const r = checkPopulation({ takenOn: "2025-01-01", total, detainees, convicts, byDomicile: [] });
      const whole = (detainees === null) === (convicts === null);
      const adds = detainees === null || convicts === null || detainees + convicts === total;
      expect(r.ok).toBe(whole && adds);
    },
  );
});
