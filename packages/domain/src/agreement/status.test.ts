import { describe, expect, it } from "vitest";
import {
  agreementStatus,
  agreementStatusAt,
  currentRenewalAlert,
  inForceOn,
  renewalAlerts,
} from "./status.ts";
import { draftPks, signedPks } from "./testing/fixtures.ts";

// signedPks runs 2024-03-05 .. 2027-03-04 (inclusive).
describe("derived status", () => {
  const a = signedPks();

  it.each([
    ["2024-03-04", "upcoming"],
    ["2024-03-05", "active"],
    ["2026-12-03", "active"],
    ["2026-12-04", "expiring"],
    ["2027-03-04", "expiring"],
    ["2027-03-05", "expired"],
  ])("reads a signed PKS on %s as %s", (today, status) => {
    expect(agreementStatus(a, today)).toBe(status);
  });

  it("reads a signed agreement as renewed once its successor is signed, not while it is drafted", () => {
    expect(agreementStatus(a, "2026-12-10", { state: "draft" })).toBe("expiring");
    expect(agreementStatus(a, "2026-12-10", { state: "signed" })).toBe("renewed");
    expect(agreementStatus(a, "2028-01-01", { state: "terminated" })).toBe("renewed");
  });

  it.each(["draft", "proposed", "negotiating", "terminated", "withdrawn"] as const)(
    "passes the %s state through",
    (state) => {
      expect(agreementStatus(draftPks({ state }), "2025-01-01")).toBe(state);
    },
  );

  it("reads the day in the facility's time zone: 23:30 UTC is already the next day in WIT", () => {
    const instant = "2024-03-04T23:30:00.000Z";
    expect(agreementStatusAt(a, instant, "Asia/Jakarta")).toBe("active"); // 06:30 on 5 March in WIB
    expect(agreementStatusAt(a, "2024-03-04T16:30:00.000Z", "Asia/Jakarta")).toBe("upcoming"); // 23:30 WIB
    expect(agreementStatusAt(a, "2024-03-04T15:30:00.000Z", "Asia/Jayapura")).toBe("active"); // 00:30 WIT
    expect(agreementStatusAt(a, "2024-03-04T15:30:00.000Z", "Asia/Makassar")).toBe("upcoming"); // 23:30 WITA
  });
});

describe("renewal alerts", () => {
  const a = signedPks();

  it("raises nothing more than 90 days before the end", () => {
    expect(renewalAlerts(a, "2026-12-03")).toEqual([]);
    expect(currentRenewalAlert(a, "2026-12-03")).toBeNull();
  });

  it("raises 90, then 30, then 7 days before the end", () => {
    expect(renewalAlerts(a, "2026-12-04")).toEqual([{ threshold: 90, on: "2026-12-04", daysLeft: 90 }]);
    expect(renewalAlerts(a, "2027-02-02").map((x) => x.threshold)).toEqual([90, 30]);
    expect(renewalAlerts(a, "2027-02-25").map((x) => x.threshold)).toEqual([90, 30, 7]);
    expect(currentRenewalAlert(a, "2027-02-25")).toBe(7);
    expect(currentRenewalAlert(a, "2027-03-04")).toBe(7);
  });

  it("raises nothing after the end, once renewed, or for an unsigned agreement", () => {
    expect(renewalAlerts(a, "2027-03-05")).toEqual([]);
    expect(renewalAlerts(a, "2027-02-25", { state: "signed" })).toEqual([]);
    expect(renewalAlerts(draftPks({ endDate: "2027-03-04" }), "2027-02-25")).toEqual([]);
  });
});

describe("in force", () => {
  it("counts a terminated agreement in force only before its termination day", () => {
    const t = signedPks({ state: "terminated", terminatedOn: "2025-01-01", terminationReason: "x" });
    expect(inForceOn(t, "2024-12-31")).toBe(true);
    expect(inForceOn(t, "2025-01-01")).toBe(false);
    expect(inForceOn(signedPks(), "2027-03-04")).toBe(true);
    expect(inForceOn(signedPks(), "2024-03-04")).toBe(false);
    expect(inForceOn(draftPks(), "2025-01-01")).toBe(false);
  });
});
