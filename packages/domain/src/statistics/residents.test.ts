import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  isSmallCount,
  RESIDENT_MEASURES,
  type ResidentCounts,
  sumCounts,
  suppressCounts,
} from "./residents.ts";

const counts = (registered: number, rest: Partial<ResidentCounts> = {}): ResidentCounts => ({
  registered,
  detainees: 0,
  convicts: registered,
  male: registered,
  female: 0,
  inTraining: 0,
  completedTraining: 0,
  certified: 0,
  ...rest,
});

describe("small counts withheld from partner systems", () => {
  it("shows zero and counts of five or more, withholds one to four", () => {
    expect([0, 1, 4, 5, 48].map(isSmallCount)).toEqual([false, true, true, false, false]);
  });

  it("withholds a second cell when one alone would be recoverable from the total", () => {
    const rows = [counts(48), counts(3), counts(20)];
    const out = suppressCounts({ rows, total: sumCounts(rows) });
    expect(out.rows.map((r) => r.registered)).toEqual([48, null, null]);
    expect(out.total.registered).toBe(71);
  });

  it("withholds the total when it is the one small cell", () => {
    const rows = [counts(3), counts(0)];
    const out = suppressCounts({ rows, total: sumCounts(rows) });
    expect(out.rows.map((r) => r.registered)).toEqual([null, 0]);
    expect(out.total.registered).toBe(null);
  });

  it("needs no second cell when two are small already", () => {
    const rows = [counts(2), counts(3), counts(40)];
    const out = suppressCounts({ rows, total: sumCounts(rows) });
    expect(out.rows.map((r) => r.registered)).toEqual([null, null, 40]);
  });

  const row = fc.record(
    Object.fromEntries(RESIDENT_MEASURES.map((m) => [m, fc.nat({ max: 30 })])) as Record<
      keyof ResidentCounts,
      fc.Arbitrary<number>
    >,
  );
  test.prop([fc.array(row, { minLength: 1, maxLength: 8 })])(
    "never shows a small count, nor leaves one withheld cell recoverable by subtraction",
    (rows) => {
      const out = suppressCounts({ rows, total: sumCounts(rows) });
      for (const m of RESIDENT_MEASURES) {
        for (const r of out.rows) expect(r[m] === null || !isSmallCount(r[m])).toBe(true);
        const withheld = out.rows.filter((r) => r[m] === null).length;
        expect(withheld !== 1 || out.total[m] === null).toBe(true);
      }
    },
  );
});
