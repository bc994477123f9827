import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, zoneName } from "./format.ts";

describe("dates and numbers as people write them", () => {
  it("names the month and never writes 11/11/25", () => {
    expect(formatDate("2025-11-11", "id")).toBe("11 November 2025");
    expect(formatDate("2025-11-11", "en")).toBe("11 November 2025");
    expect(formatDate("2026-08-17", "id")).toBe("17 Agustus 2026");
  });

  it("shows a time in the facility's zone with WIB, WITA or WIT", () => {
    expect(formatDateTime("2025-11-11T14:30:00Z", "Asia/Jayapura", "id")).toBe("11 November 2025 23.30 WIT");
    expect(formatDateTime("2025-11-11T14:30:00Z", "Asia/Jakarta", "en")).toBe("11 November 2025 21:30 WIB");
    expect(zoneName("Asia/Makassar")).toBe("WITA");
  });

  it("groups thousands the Indonesian or the English way", () => {
    expect(formatNumber(3290, "id")).toBe("3.290");
    expect(formatNumber(3290, "en")).toBe("3,290");
  });
});
