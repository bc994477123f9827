import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { anniversary, lastDayOfTerm } from "./term.ts";

describe("terms in calendar months", () => {
  it("ends a three-year term the day before its third anniversary", () => {
    expect(lastDayOfTerm("2024-03-05", 36)).toBe("2027-03-04");
    expect(lastDayOfTerm("2025-01-01", 36)).toBe("2027-12-31");
  });

  it("ends a term that starts on 29 February on 28 February, the day before 1 March", () => {
    expect(anniversary("2024-02-29", 36)).toBe("2027-03-01");
    expect(lastDayOfTerm("2024-02-29", 36)).toBe("2027-02-28");
    expect(lastDayOfTerm("2024-02-29", 48)).toBe("2028-02-28");
  });

  it("ends a term that starts on 1 March on the last day of February, leap or not", () => {
    expect(lastDayOfTerm("2025-03-01", 36)).toBe("2028-02-29");
    expect(lastDayOfTerm("2024-03-01", 36)).toBe("2027-02-28");
  });

  // An independent reading: walk day by day to the first date whose year is three on and whose
  // month and day are the start's (or, for 29 February, 1 March when that year has none).
  test.prop([fc.date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })])(
    "the day after the last day is the start's date three years on",
    (d) => {
      const start = d.toISOString().slice(0, 10);
      const after = new Date(Date.parse(`${lastDayOfTerm(start, 36)}T00:00:00Z`) + 86_400_000);
      const s = new Date(`${start}T00:00:00Z`);
      expect(after.getUTCFullYear()).toBe(s.getUTCFullYear() + 3);
      const leapDay = s.getUTCMonth() === 1 && s.getUTCDate() === 29;
      const yearHasLeapDay = new Date(Date.UTC(after.getUTCFullYear(), 1, 29)).getUTCMonth() === 1;
      if (leapDay && !yearHasLeapDay) expect([after.getUTCMonth(), after.getUTCDate()]).toEqual([2, 1]);
      else expect([after.getUTCMonth(), after.getUTCDate()]).toEqual([s.getUTCMonth(), s.getUTCDate()]);
    },
  );
});
