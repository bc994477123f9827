import { describe, expect, it } from "vitest";
import { checkEligibility, type EligibilityCohort, type EligibilityInmate } from "./eligibility.ts";

const cohort: EligibilityCohort = {
  id: "c1",
  facilityId: "medan",
  state: "open",
  startDate: "2025-12-01",
  endDate: "2026-02-28",
  capacity: 16,
  rules: { legalStatuses: ["convict"], domicileRegencyCodes: ["12.71"], minRemainingSentenceDays: 0 },
};
const inmate: EligibilityInmate = {
  facilityId: "medan",
  legalStatus: "convict",
  domicileRegencyCode: "12.71",
  expectedReleaseDate: "2027-01-01",
};
const ctx = { enrolledCount: 0, alreadyEnrolled: false, otherActiveCohorts: [] };
const code = (r: ReturnType<typeof checkEligibility>) => (r.ok ? "ok" : r.error.code);

describe("eligibility when enrolling", () => {
  it("admits a convict of Kota Medan to the Medan residents' cohort", () => {
    const r = checkEligibility(cohort, inmate, ctx);
    expect(r.ok && r.value.warnings).toEqual([]);
  });

  it("refuses a cohort that is not open, full, or already joined", () => {
    expect(code(checkEligibility({ ...cohort, state: "planned" }, inmate, ctx))).toBe(
      "enrollment/cohort-not-open",
    );
    expect(code(checkEligibility(cohort, inmate, { ...ctx, enrolledCount: 16 }))).toBe(
      "enrollment/cohort-full",
    );
    expect(code(checkEligibility(cohort, inmate, { ...ctx, alreadyEnrolled: true }))).toBe(
      "enrollment/already-enrolled",
    );
  });

  it("refuses another facility's inmate, the wrong legal status and the wrong domicile", () => {
    expect(code(checkEligibility(cohort, { ...inmate, facilityId: "blora" }, ctx))).toBe(
      "enrollment/other-facility",
    );
    expect(code(checkEligibility(cohort, { ...inmate, legalStatus: "detainee" }, ctx))).toBe(
      "enrollment/legal-status-not-eligible",
    );
    expect(code(checkEligibility(cohort, { ...inmate, domicileRegencyCode: "12.07" }, ctx))).toBe(
      "enrollment/domicile-not-eligible",
    );
    expect(code(checkEligibility(cohort, { ...inmate, domicileRegencyCode: null }, ctx))).toBe(
      "enrollment/domicile-not-eligible",
    );
  });

  it("refuses an overlapping cohort but not one that ended before", () => {
    const overlapping = { id: "c2", startDate: "2026-02-01", endDate: "2026-03-31" };
    const earlier = { id: "c3", startDate: "2025-01-01", endDate: "2025-11-30" };
    expect(code(checkEligibility(cohort, inmate, { ...ctx, otherActiveCohorts: [overlapping] }))).toBe(
      "enrollment/overlapping-cohort",
    );
    expect(code(checkEligibility(cohort, inmate, { ...ctx, otherActiveCohorts: [earlier] }))).toBe("ok");
  });

  it("only warns when release is expected before the cohort ends, unless a minimum remaining sentence is set", () => {
    const soon = { ...inmate, expectedReleaseDate: "2026-01-15" };
    const open = { ...cohort, rules: { ...cohort.rules, minRemainingSentenceDays: undefined } };
    const r = checkEligibility(open, soon, ctx);
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(["release-before-cohort-end"]);
    const strict = { ...cohort, rules: { ...cohort.rules, minRemainingSentenceDays: 30 } };
    expect(code(checkEligibility(strict, { ...inmate, expectedReleaseDate: "2026-03-15" }, ctx))).toBe(
      "enrollment/sentence-too-short",
    );
  });
});
