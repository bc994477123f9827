import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { SentenceFacts } from "../inmate/sentence.ts";
import {
  checkEligibility,
  type EligibilityCohort,
  type EligibilityInmate,
  eligibilityInmate,
} from "./eligibility.ts";

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

  it("refuses release before the cohort starts and only warns of release before it ends, minimum 0 or none", () => {
    for (const rules of [cohort.rules, { ...cohort.rules, minRemainingSentenceDays: undefined }]) {
      const c = { ...cohort, rules };
      expect(code(checkEligibility(c, { ...inmate, expectedReleaseDate: "2025-11-30" }, ctx))).toBe(
        "enrollment/released-before-start",
      );
      for (const expectedReleaseDate of ["2025-12-01", "2026-01-15", "2026-02-27"]) {
        const r = checkEligibility(c, { ...inmate, expectedReleaseDate }, ctx);
        expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(["release-before-cohort-end"]);
      }
      const atEnd = checkEligibility(c, { ...inmate, expectedReleaseDate: "2026-02-28" }, ctx);
      expect(atEnd.ok && atEnd.value.warnings).toEqual([]);
    }
  });

  it("counts a minimum remaining sentence from the cohort's start", () => {
    const strict = { ...cohort, rules: { ...cohort.rules, minRemainingSentenceDays: 30 } };
    expect(code(checkEligibility(strict, { ...inmate, expectedReleaseDate: "2025-12-30" }, ctx))).toBe(
      "enrollment/sentence-too-short",
    );
    const r = checkEligibility(strict, { ...inmate, expectedReleaseDate: "2025-12-31" }, ctx);
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(["release-before-cohort-end"]);
  });

  it("asks for a share of the sentence served by the cohort's start when the cohort says so", () => {
    const half = { ...cohort, rules: { ...cohort.rules, minSentenceServed: "half" as const } };
    const sentence = (startDate: string): SentenceFacts => ({
      startDate,
      length: { years: 2, months: 0, days: 0 },
      remissions: [],
    });
    const withSentence = (startDate: string) =>
      eligibilityInmate({
        facilityId: "medan",
        legalStatus: "convict",
        domicileRegencyCode: "12.71",
        nik: null,
        expectedReleaseDate: "2027-12-01",
        sentence: sentence(startDate),
      });
    // Two years from 2024-12-01 (730 days): half is served on 2025-12-01, the cohort's first day.
    expect(code(checkEligibility(half, withSentence("2024-12-01"), ctx))).toBe("ok");
    expect(code(checkEligibility(half, withSentence("2024-12-02"), ctx))).toBe(
      "enrollment/sentence-not-served",
    );
    expect(code(checkEligibility(half, inmate, ctx))).toBe("enrollment/sentence-unknown");
    const twoThirds = { ...cohort, rules: { ...cohort.rules, minSentenceServed: "two-thirds" as const } };
    expect(code(checkEligibility(twoThirds, withSentence("2024-12-01"), ctx))).toBe(
      "enrollment/sentence-not-served",
    );
  });
});

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe("eligibility properties", () => {
  test.prop([fc.nat(400), fc.nat(200), fc.nat(800), fc.option(fc.nat(60), { nil: undefined })])(
    "release before the start is refused, before the end warned, and a minimum of 0 changes nothing",
    (startOffset, lengthDays, releaseOffset, minDays) => {
      const c = {
        ...cohort,
        startDate: day(startOffset),
        endDate: day(startOffset + lengthDays),
        rules: { minRemainingSentenceDays: minDays },
      };
      const release = day(releaseOffset);
      const r = checkEligibility(c, { ...inmate, expectedReleaseDate: release }, ctx);
      const minimum = minDays ?? 0;
      if (releaseOffset < startOffset) expect(code(r)).toBe("enrollment/released-before-start");
      else if (releaseOffset < startOffset + minimum) expect(code(r)).toBe("enrollment/sentence-too-short");
      else expect(r.ok && r.value.warnings.length).toBe(releaseOffset < startOffset + lengthDays ? 1 : 0);
      if (minDays === 0) {
        const without = checkEligibility(
          { ...c, rules: {} },
          { ...inmate, expectedReleaseDate: release },
          ctx,
        );
        expect(code(without)).toBe(code(r));
      }
    },
  );
});
