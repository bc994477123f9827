import { describe, expect, it } from "vitest";
import { closedPeriods, isPeriod, lastClosedPeriod, monthBounds } from "./period.ts";

describe("report periods", () => {
  it("closes a WIT month two hours before a WIB one and one hour before a WITA one", () => {
    expect(monthBounds("2026-10", "Asia/Jakarta")).toEqual({
      period: "2026-10",
      first: "2026-10-01",
      last: "2026-10-31",
      start: "2026-09-30T17:00:00.000Z",
      end: "2026-10-31T17:00:00.000Z",
    });
    expect(monthBounds("2026-10", "Asia/Makassar").end).toBe("2026-10-31T16:00:00.000Z");
    expect(monthBounds("2026-10", "Asia/Jayapura").end).toBe("2026-10-31T15:00:00.000Z");
  });

  it("knows February's last day in a leap year and December's end in the next year", () => {
    expect(monthBounds("2028-02", "Asia/Jakarta").last).toBe("2028-02-29");
    expect(monthBounds("2026-12", "Asia/Jayapura")).toMatchObject({
      last: "2026-12-31",
      end: "2026-12-31T15:00:00.000Z",
    });
  });

  it("reads a zone that changed its offset at the instant local midnight had", () => {
    // Europe/Berlin moved to summer time on 2026-03-29: April starts at UTC+2.
    expect(monthBounds("2026-04", "Europe/Berlin").start).toBe("2026-03-31T22:00:00.000Z");
    expect(monthBounds("2026-03", "Europe/Berlin").start).toBe("2026-02-28T23:00:00.000Z");
  });

  it("treats a month as closed in a zone once that zone's next month has begun", () => {
    const now = "2026-10-31T15:30:00.000Z";
    expect(lastClosedPeriod(now, "Asia/Jayapura")).toBe("2026-10");
    expect(lastClosedPeriod(now, "Asia/Makassar")).toBe("2026-09");
    expect(lastClosedPeriod(now, "Asia/Jakarta")).toBe("2026-09");
  });

  it("lists the closed months since a given one across a year end, and none before it", () => {
    expect(closedPeriods("2027-02-01T00:00:00.000Z", "Asia/Jakarta", "2026-11")).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
    ]);
    expect(closedPeriods("2026-11-15T00:00:00.000Z", "Asia/Jakarta", "2026-11")).toEqual([]);
  });

  it("accepts only YYYY-MM months", () => {
    expect(isPeriod("2026-11")).toBe(true);
    expect(isPeriod("2026-13")).toBe(false);
    expect(isPeriod("2026-1")).toBe(false);
  });
});
