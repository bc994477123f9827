import { fc, test } from "@fast-check/vitest";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { BATCH_MAX, type BatchCandidate, checkBatchEligibility } from "./batch.ts";
import { BulkAttendanceSchema, BulkEnrollSchema } from "./bulk-schemas.ts";
import type { EligibilityCohort } from "./eligibility.ts";

const cohort: EligibilityCohort = {
  id: "c1",
  facilityId: "medan",
  state: "open",
  startDate: "2026-02-02",
  endDate: "2026-04-10",
  capacity: 3,
  rules: { legalStatuses: ["convict"], domicileRegencyCodes: ["12.71"] },
};
const resident: BatchCandidate = {
  inmate: {
    facilityId: "medan",
    legalStatus: "convict",
    domicileRegencyCode: "12.71",
    expectedReleaseDate: "2027-06-30",
  },
  context: { alreadyEnrolled: false, otherActiveCohorts: [] },
};
const outsider: BatchCandidate = {
  ...resident,
  inmate: { ...resident.inmate, domicileRegencyCode: "12.07" },
};
const codes = (outcomes: ReturnType<typeof checkBatchEligibility>) =>
  outcomes.map((o) => (o.ok ? "ok" : o.error.code));
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("bulk enrolment", () => {
  it("fills the cohort exactly to capacity in the batch's order and refuses the rest as full", () => {
    expect(codes(checkBatchEligibility(cohort, [resident, resident, resident], 0))).toEqual([
      "ok",
      "ok",
      "ok",
    ]);
    expect(codes(checkBatchEligibility(cohort, [resident, resident, resident, resident], 0))).toEqual([
      "ok",
      "ok",
      "ok",
      "enrollment/cohort-full",
    ]);
    expect(codes(checkBatchEligibility(cohort, [resident, resident], 2))).toEqual([
      "ok",
      "enrollment/cohort-full",
    ]);
  });

  it("lets a refused inmate take no place", () => {
    expect(
      codes(checkBatchEligibility(cohort, [outsider, resident, outsider, resident, resident], 0)),
    ).toEqual(["enrollment/domicile-not-eligible", "ok", "enrollment/domicile-not-eligible", "ok", "ok"]);
  });

  it("takes 1 to 500 inmates, each once, and refuses 0, 501 or a repeated one", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => id(i));
    expect(v.safeParse(BulkEnrollSchema, { inmateIds: ids(1) }).success).toBe(true);
    expect(v.safeParse(BulkEnrollSchema, { inmateIds: ids(BATCH_MAX), dryRun: true }).success).toBe(true);
    expect(v.safeParse(BulkEnrollSchema, { inmateIds: ids(BATCH_MAX + 1) }).success).toBe(false);
    expect(v.safeParse(BulkEnrollSchema, { inmateIds: [] }).success).toBe(false);
    expect(v.safeParse(BulkEnrollSchema, { inmateIds: [id(1), id(1)] }).success).toBe(false);
    const marks = (n: number) => ids(n).map((enrollmentId) => ({ enrollmentId, present: true }));
    expect(
      v.safeParse(BulkAttendanceSchema, { sessionDate: "2026-02-03", marks: marks(BATCH_MAX) }).success,
    ).toBe(true);
    expect(
      v.safeParse(BulkAttendanceSchema, { sessionDate: "2026-02-03", marks: marks(BATCH_MAX + 1) }).success,
    ).toBe(false);
  });

  // Candidates and capacity drawn freely; the model counts places by hand.
  const candidate = fc.record({
    resident: fc.boolean(),
    convict: fc.boolean(),
    alreadyEnrolled: fc.boolean(),
  });
  test.prop([fc.array(candidate, { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), fc.nat(35)])(
    "never admits more than the free places, admits in order while places remain, and refuses only the " +
      "ineligible or those past the last place",
    (drawn, capacity, enrolled) => {
      const batch: BatchCandidate[] = drawn.map((d) => ({
        inmate: {
          ...resident.inmate,
          domicileRegencyCode: d.resident ? "12.71" : "12.07",
          legalStatus: d.convict ? "convict" : "detainee",
        },
        context: { alreadyEnrolled: d.alreadyEnrolled, otherActiveCohorts: [] },
      }));
      const outcomes = checkBatchEligibility({ ...cohort, capacity }, batch, enrolled);
      let free = Math.max(0, capacity - enrolled);
      for (const [i, d] of drawn.entries()) {
        const o = outcomes[i]!;
        const eligible = d.resident && d.convict && !d.alreadyEnrolled;
        if (eligible && free > 0) {
          expect(o.ok).toBe(true);
          free -= 1;
        } else expect(o.ok).toBe(false);
        if (!o.ok && eligible) expect(o.error.code).toBe("enrollment/cohort-full");
      }
    },
  );
});
