import type { Result } from "../shared/result.ts";
import {
  checkEligibility,
  type EligibilityCohort,
  type EligibilityContext,
  type EligibilityInmate,
  type EligibilityWarning,
} from "./eligibility.ts";
import type { EnrollmentError } from "./errors.ts";

/** The most items one bulk request carries: a whole cohort, with room, in one transaction of bounded size. */
export const BATCH_MAX = 500;

/** One inmate of a bulk enrolment, with what eligibility needs to know of it besides the cohort. */
export interface BatchCandidate {
  readonly inmate: EligibilityInmate;
  /** The single enrolment's context but for how full the cohort is, which the batch counts itself. */
  readonly context: Omit<EligibilityContext, "enrolledCount">;
}

/** Each candidate's outcome, in the batch's order. */
export type BatchOutcome = Result<{ readonly warnings: readonly EligibilityWarning[] }, EnrollmentError>;

/**
 * Checks a batch of enrolments in order with the single enrolment's rules: the candidates admitted
 * earlier in the batch take their places, so the batch never overfills the cohort, and a refused one
 * takes none.
 */
export function checkBatchEligibility(
  cohort: EligibilityCohort,
  candidates: readonly BatchCandidate[],
  enrolledCount: number,
): BatchOutcome[] {
  let admitted = 0;
  return candidates.map((c) => {
    const outcome = checkEligibility(cohort, c.inmate, {
      ...c.context,
      enrolledCount: enrolledCount + admitted,
    });
    if (outcome.ok) admitted += 1;
    return outcome;
  });
}
