import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkSentence, type SentenceFacts, sentenceDates } from "./sentence.ts";

const facts = (
  startDate: string,
  length: Partial<SentenceFacts["length"]>,
  remissions: SentenceFacts["remissions"] = [],
): SentenceFacts => ({ startDate, length: { years: 0, months: 0, days: 0, ...length }, remissions });

const code = (s: SentenceFacts) => {
  const r = checkSentence(s);
  return r.ok ? "ok" : [r.error.code, r.error.field];
};

describe("sentence dates", () => {
  it("gives the ½ and ⅔ dates and the release of one year from 1 January 2025", () => {
    expect(sentenceDates(facts("2025-01-01", { years: 1 }))).toEqual({
      fullTermEnd: "2026-01-01",
      remissionDays: 0,
      halfServedOn: "2025-07-03", // 183 of 365 days
      twoThirdsServedOn: "2025-09-02", // 244 of 365 days
      expectedRelease: "2026-01-01",
    });
  });

  it("puts two thirds of three years from 1 January 2024 exactly two years on, leap year included", () => {
    const d = sentenceDates(facts("2024-01-01", { years: 3 }));
    expect(d.fullTermEnd).toBe("2027-01-01");
    expect(d.twoThirdsServedOn).toBe("2026-01-01"); // 731 of 1,096 days
    expect(d.halfServedOn).toBe("2025-07-02"); // 548 of 1,096 days
  });

  it("ends a month's sentence begun on a month's last day on the next month's last day", () => {
    expect(sentenceDates(facts("2024-01-31", { months: 1 })).fullTermEnd).toBe("2024-02-29");
    expect(sentenceDates(facts("2023-01-31", { months: 1 })).fullTermEnd).toBe("2023-02-28");
    expect(sentenceDates(facts("2025-08-31", { months: 1 })).fullTermEnd).toBe("2025-09-30");
  });

  it("ends a sentence begun on 29 February on 28 February, or on 29 February four years on", () => {
    expect(sentenceDates(facts("2024-02-29", { years: 1 })).fullTermEnd).toBe("2025-02-28");
    expect(sentenceDates(facts("2024-02-29", { years: 4 })).fullTermEnd).toBe("2028-02-29");
    expect(sentenceDates(facts("2024-02-29", { years: 1, days: 1 })).fullTermEnd).toBe("2025-03-01");
  });

  it("takes remissions off the end and counts them as served for the ½ and ⅔ dates", () => {
    const d = sentenceDates(
      facts("2025-01-01", { years: 1 }, [
        { grantedOn: "2025-08-17", months: 1, days: 0 },
        { grantedOn: "2025-12-25", months: 0, days: 15 },
      ]),
    );
    expect(d.expectedRelease).toBe("2025-11-16"); // 2026-01-01 less one month, less 15 days
    expect(d.remissionDays).toBe(46);
    expect(d.halfServedOn).toBe("2025-05-18"); // 183 - 46 = 137 days on
    expect(d.twoThirdsServedOn).toBe("2025-07-18"); // 244 - 46 = 198 days on
  });

  it("takes a month's remission off a 31 March end as 28 February (month ends clamp)", () => {
    const d = sentenceDates(
      facts("2024-03-31", { years: 1 }, [{ grantedOn: "2024-08-17", months: 1, days: 0 }]),
    );
    expect(d.fullTermEnd).toBe("2025-03-31");
    expect(d.expectedRelease).toBe("2025-02-28");
    expect(d.remissionDays).toBe(31);
  });

  it("never puts the ½ date before the start when remissions are large", () => {
    const d = sentenceDates(
      facts("2025-01-01", { months: 2 }, [{ grantedOn: "2025-01-15", months: 1, days: 20 }]),
    );
    expect(d.halfServedOn).toBe("2025-01-01");
    expect(d.expectedRelease).toBe("2025-01-12"); // 1 March less a month and 20 days
  });

  it("refuses a sentence of no length, a remission outside the sentence or of nothing, and remissions of it all", () => {
    expect(code(facts("2025-01-01", {}))).toEqual(["inmate/invalid-sentence", "sentence.length"]);
    expect(code(facts("2025-01-01", { days: 1 }))).toBe("ok");
    expect(
      code(facts("2025-01-01", { years: 1 }, [{ grantedOn: "2024-12-31", months: 1, days: 0 }])),
    ).toEqual(["inmate/invalid-sentence", "sentence.remissions.0.grantedOn"]);
    expect(
      code(facts("2025-01-01", { years: 1 }, [{ grantedOn: "2026-01-02", months: 1, days: 0 }])),
    ).toEqual(["inmate/invalid-sentence", "sentence.remissions.0.grantedOn"]);
    expect(
      code(facts("2025-01-01", { years: 1 }, [{ grantedOn: "2025-06-01", months: 0, days: 0 }])),
    ).toEqual(["inmate/invalid-sentence", "sentence.remissions.0"]);
    expect(
      code(facts("2025-01-01", { months: 1 }, [{ grantedOn: "2025-01-02", months: 1, days: 0 }])),
    ).toEqual(["inmate/invalid-sentence", "sentence.remissions"]);
  });
});

// Independent oracle: day counts by the UTC epoch, share reached when served*denominator >= total*numerator.
const DAY = 86_400_000;
const epochDay = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const date = fc
  .integer({ min: epochDay("1990-01-01"), max: epochDay("2040-12-31") })
  .map((n) => new Date(n * DAY).toISOString().slice(0, 10));
const length = fc.record({
  years: fc.integer({ min: 0, max: 25 }),
  months: fc.integer({ min: 0, max: 11 }),
  days: fc.integer({ min: 0, max: 30 }),
});

describe("sentence date properties", () => {
  test.prop([date, length])(
    "without remission the ½ and ⅔ dates are the first days on which that share of the days is served",
    (start, l) => {
      fc.pre(l.years + l.months + l.days > 0);
      const d = sentenceDates(facts(start, l));
      const total = epochDay(d.fullTermEnd) - epochDay(start);
      const served = (on: string) => epochDay(on) - epochDay(start);
      expect(served(d.halfServedOn) * 2).toBeGreaterThanOrEqual(total);
      expect((served(d.halfServedOn) - 1) * 2).toBeLessThan(total);
      expect(served(d.twoThirdsServedOn) * 3).toBeGreaterThanOrEqual(total * 2);
      expect((served(d.twoThirdsServedOn) - 1) * 3).toBeLessThan(total * 2);
      expect(d.expectedRelease).toBe(d.fullTermEnd);
    },
  );

  test.prop([date, fc.integer({ min: 1, max: 30 })])(
    "a sentence of whole years ends on the same month and day, or 28 February for a 29 February start",
    (start, years) => {
      const [y, m, dd] = start.split("-");
      const endYear = Number(y) + years;
      const leap = (endYear % 4 === 0 && endYear % 100 !== 0) || endYear % 400 === 0;
      const expected = m === "02" && dd === "29" && !leap ? `${endYear}-02-28` : `${endYear}-${m}-${dd}`;
      expect(sentenceDates(facts(start, { years })).fullTermEnd).toBe(expected);
    },
  );

  test.prop([date, length, fc.array(fc.record({ months: fc.nat(3), days: fc.nat(20) }), { maxLength: 6 })])(
    "start ≤ ½ ≤ ⅔ ≤ release ≤ full term, and each remission only brings the dates forward",
    (start, l, grants) => {
      fc.pre(l.years + l.months + l.days > 0);
      const remissions = grants.map((g) => ({ grantedOn: start, ...g }));
      const d = sentenceDates(facts(start, l, remissions));
      expect(start <= d.halfServedOn && d.halfServedOn <= d.twoThirdsServedOn).toBe(true);
      expect(d.expectedRelease <= d.fullTermEnd).toBe(true);
      if (d.expectedRelease > start) expect(d.twoThirdsServedOn <= d.expectedRelease).toBe(true);
      const fewer = sentenceDates(facts(start, l, remissions.slice(1)));
      expect(d.expectedRelease <= fewer.expectedRelease).toBe(true);
      expect(d.twoThirdsServedOn <= fewer.twoThirdsServedOn).toBe(true);
    },
  );
});
