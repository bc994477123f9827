import { describe, expect, it } from "vitest";
import { firstPeriod, isClosed, lastClosedMonth, periodsBetween, shiftPeriod } from "./months.ts";

describe("closed months", () => {
  it("closes October when it has ended in Jakarta, not before, though Jayapura's ended two hours earlier", () => {
    // 2026-10-31 22:59:59 in Jayapura (WIT) is 20:59:59 in Jakarta: October is still open in WIB.
    expect(isClosed("2026-10", "2026-10-31T13:59:59.000Z")).toBe(false);
    // 2026-11-01 00:00 in Jayapura and 22:00 on the 31st in Jakarta: still open.
    expect(isClosed("2026-10", "2026-10-31T15:00:00.000Z")).toBe(false);
    // One second before midnight in Jakarta (and in Makassar already 00:59:59 on the 1st).
    expect(isClosed("2026-10", "2026-10-31T16:59:59.999Z")).toBe(false);
    // Midnight in Jakarta: closed everywhere.
    expect(isClosed("2026-10", "2026-10-31T17:00:00.000Z")).toBe(true);
    expect(lastClosedMonth("2026-10-31T17:00:00.000Z")).toBe("2026-10");
    expect(lastClosedMonth("2026-10-31T16:59:59.999Z")).toBe("2026-09");
  });

  it("crosses the year in both directions", () => {
    expect(lastClosedMonth("2027-01-01T00:00:00.000Z")).toBe("2026-12");
    expect(lastClosedMonth("2026-12-31T16:00:00.000Z")).toBe("2026-11");
    expect(shiftPeriod("2026-01", -1)).toBe("2025-12");
    expect(periodsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(periodsBetween("2026-03", "2026-02")).toEqual([]);
  });

  it("starts twelve closed months back by default, or at the earliest data when that is later", () => {
    const at = "2026-12-01T03:00:00.000Z";
    expect(firstPeriod(at, undefined, null)).toBe("2025-12");
    expect(firstPeriod(at, undefined, "2020-05-04")).toBe("2025-12");
    expect(firstPeriod(at, undefined, "2026-06-30")).toBe("2026-06");
    expect(firstPeriod(at, "2024-01", "2026-06-30")).toBe("2024-01");
  });
});
