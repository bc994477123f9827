import { describe, expect, it } from "vitest";
import { dateInZone } from "./dates.ts";

describe("dateInZone", () => {
  it("gives each zone its own calendar day for one instant, whichever zone was asked first", () => {
    const instant = "2026-11-30T16:30:00.000Z";
    for (let round = 0; round < 2; round += 1) {
      expect(dateInZone(instant, "Asia/Jakarta")).toBe("2026-11-30");
      expect(dateInZone(instant, "Asia/Jayapura")).toBe("2026-12-01");
      expect(dateInZone(instant, "Asia/Makassar")).toBe("2026-12-01");
      expect(dateInZone(instant, "UTC")).toBe("2026-11-30");
    }
  });

  it("answers each instant afresh when instants and zones alternate (the last answer is kept per zone)", () => {
    const late = "2026-11-30T16:30:00.000Z";
    const early = "2026-11-30T10:00:00.000Z";
    const asked: [string, string, string][] = [
      [late, "Asia/Jayapura", "2026-12-01"],
      [early, "Asia/Jayapura", "2026-11-30"],
      [late, "Asia/Jakarta", "2026-11-30"],
      [late, "Asia/Jayapura", "2026-12-01"],
      [late, "Asia/Jayapura", "2026-12-01"],
      [early, "Asia/Jayapura", "2026-11-30"],
    ];
    for (const [instant, zone, day] of asked) expect(dateInZone(instant, zone)).toBe(day);
  });

  it("pads months and days to two digits", () => {
    expect(dateInZone("2026-01-04T20:00:00.000Z", "Asia/Jakarta")).toBe("2026-01-05");
  });
});
