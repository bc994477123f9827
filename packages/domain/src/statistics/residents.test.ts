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

  it("withholds the total when it is the one small cell, and the zero beside that would place everyone", () => {
    // Behaviour change (issue 9): the zero used to stay shown, telling that all of the hidden total sit in row one.
    const rows = [counts(3), counts(0)];
    const out = suppressCounts({ rows, total: sumCounts(rows) });
    expect(out.rows.map((r) => r.registered)).toEqual([null, null]);
    expect(out.total.registered).toBe(null);
  });

  it("hides the zeros that would tell a withheld group's legal status and sex (issue 9's example)", () => {
    const rows = [
      counts(60, { detainees: 20, convicts: 40, male: 50, female: 10 }),
      counts(3),
      counts(25, { detainees: 5, convicts: 20, male: 20, female: 5 }),
    ];
    const out = suppressCounts({ rows, total: sumCounts(rows) });
    // registered:null, detainees:0, convicts:null, female:0 said "all three are male convicts".
    expect(out.rows[1]).toMatchObject({
      registered: null,
      detainees: null,
      convicts: null,
      male: null,
      female: null,
    });
    expect(out.rows[0]).toEqual(rows[0]);
    expect(out.total.registered).toBe(88);
    for (const r of [...out.rows, out.total]) {
      if (r.registered !== null) continue;
      expect([r.detainees, r.convicts]).not.toContainEqual(0);
      expect([r.male, r.female]).not.toContainEqual(0);
    }
  });

  it("hides a zero as a complement only where the count could be more than zero", () => {
    // Row one has nobody registered, so its zero completed could not hide anything.
    const rows = [counts(0), counts(10, { completedTraining: 2 }), counts(10)];
    const out = suppressCounts({ rows, total: sumCounts(rows) });
    expect(out.rows.map((r) => r.completedTraining)).toEqual([0, null, null]);
    expect(out.total.completedTraining).toBe(null);
    expect(out.rows.map((r) => r.registered)).toEqual([0, 10, 10]);
  });

  it("withholds four and shows five", () => {
    const four = [counts(4), counts(30)];
    expect(suppressCounts({ rows: four, total: sumCounts(four) }).rows[0]?.registered).toBe(null);
    const five = [counts(5), counts(30)];
    expect(suppressCounts({ rows: five, total: sumCounts(five) }).rows[0]?.registered).toBe(5);
  });

  it("withholds nothing when no count is small", () => {
    const rows = [counts(0), counts(12, { detainees: 5, convicts: 7, male: 7, female: 5 }), counts(40)];
    const out = suppressCounts({ rows, total: sumCounts(rows) });
    expect(out).toEqual({ rows, total: sumCounts(rows) });
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
    60_000,
  );
});
