import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseTimestamp, parseTimestampByDate } from "./type-parsers.ts";

/** An instant as PostgreSQL prints it: date, time, 0–6 fraction digits (trailing zeros dropped), offset. */
const postgresText = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59) }),
    micro: fc.integer({ min: 0, max: 999_999 }),
    offset: fc.constantFrom("+00", "", "+07", "-03", "+05:30"),
  })
  .map(({ ms, micro, offset }) => {
    const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
    const fraction = String(micro).padStart(6, "0").replace(/0+$/, "");
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ""}${offset}`;
  });

describe("parseTimestamp", () => {
  test.prop([postgresText])(
    "gives what a Date round trip gives for any PostgreSQL timestamp text",
    (text) => {
      expect(parseTimestamp(text)).toBe(parseTimestampByDate(text));
    },
  );

  it("reads UTC text with a fraction cut to milliseconds", () => {
    expect(parseTimestamp("2026-11-23 01:02:03.456789+00")).toBe("2026-11-23T01:02:03.456Z");
    expect(parseTimestamp("2026-11-23 01:02:03.4+00")).toBe("2026-11-23T01:02:03.400Z");
    expect(parseTimestamp("2026-11-23 01:02:03")).toBe("2026-11-23T01:02:03.000Z");
  });

  it("turns another offset into UTC", () => {
    expect(parseTimestamp("2026-11-23 07:02:03.5+07")).toBe("2026-11-23T00:02:03.500Z");
  });

  it("leaves a year past 9999 to Date, which refuses it as before", () => {
    expect(() => parseTimestampByDate("10000-01-01 00:00:00+00")).toThrow(RangeError);
    expect(() => parseTimestamp("10000-01-01 00:00:00+00")).toThrow(RangeError);
  });
});
