import { addDays } from "../shared/dates.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { EnrollmentError } from "./errors.ts";

/** What eligibility needs to know of the cohort. */
export interface EligibilityCohort {
  readonly id: string;
  readonly facilityId: string;
  readonly state: "planned" | "open" | "running" | "completed" | "cancelled";
  readonly startDate: string;
  readonly endDate: string;
  readonly capacity: number;
  readonly rules: {
    readonly legalStatuses?: readonly ("detainee" | "convict")[] | undefined;
    readonly domicileRegencyCodes?: readonly string[] | undefined;
    readonly minRemainingSentenceDays?: number | undefined;
  };
}

/** What eligibility needs to know of the inmate. */
export interface EligibilityInmate {
  readonly facilityId: string;
  readonly legalStatus: "detainee" | "convict";
  /** Recorded domicile, else the NIK's regency. */
  readonly domicileRegencyCode: string | null;
  readonly expectedReleaseDate: string | null;
}

/** The situation when enrolling: how full the cohort is and the inmate's other live enrollments. */
export interface EligibilityContext {
  readonly enrolledCount: number;
  readonly alreadyEnrolled: boolean;
  readonly otherActiveCohorts: readonly {
    readonly id: string;
    readonly startDate: string;
    readonly endDate: string;
  }[];
}

/** A reason to look twice that does not stop the enrollment. */
export interface EligibilityWarning {
  readonly code: "release-before-cohort-end";
  readonly message: string;
}

/**
 * Checks whether an inmate may join a cohort: refusals are errors; an expected release before the
 * cohort ends is only a warning (the inmate may still benefit, and dates move).
 */
export function checkEligibility(
  cohort: EligibilityCohort,
  inmate: EligibilityInmate,
  ctx: EligibilityContext,
): Result<{ readonly warnings: readonly EligibilityWarning[] }, EnrollmentError> {
  if (cohort.state !== "open" && cohort.state !== "running")
    return err(
      domainError("enrollment/cohort-not-open", `the cohort is ${cohort.state}, not open for enrolment`, {
        detail: { state: cohort.state },
      }),
    );
  if (inmate.facilityId !== cohort.facilityId)
    return err(
      domainError("enrollment/other-facility", "the inmate is held in another facility", {
        field: "inmateId",
      }),
    );
  if (ctx.alreadyEnrolled)
    return err(
      domainError("enrollment/already-enrolled", "the inmate is already enrolled in this cohort", {
        field: "inmateId",
      }),
    );
  if (ctx.enrolledCount >= cohort.capacity)
    return err(
      domainError("enrollment/cohort-full", "the cohort is full", { detail: { capacity: cohort.capacity } }),
    );
  const { legalStatuses, domicileRegencyCodes, minRemainingSentenceDays } = cohort.rules;
  if (legalStatuses && legalStatuses.length > 0 && !legalStatuses.includes(inmate.legalStatus))
    return err(
      domainError("enrollment/legal-status-not-eligible", "the cohort is not open to this legal status", {
        detail: { allowed: legalStatuses },
      }),
    );
  if (
    domicileRegencyCodes &&
    domicileRegencyCodes.length > 0 &&
    (inmate.domicileRegencyCode === null || !domicileRegencyCodes.includes(inmate.domicileRegencyCode))
  )
    return err(
      domainError(
        "enrollment/domicile-not-eligible",
        "the cohort is for residents of other regencies/cities",
        {
          detail: { allowed: domicileRegencyCodes },
        },
      ),
    );
  if (
    minRemainingSentenceDays !== undefined &&
    inmate.expectedReleaseDate !== null &&
    inmate.expectedReleaseDate < addDays(cohort.endDate, minRemainingSentenceDays)
  )
    return err(
      domainError(
        "enrollment/sentence-too-short",
        "too little of the sentence remains after the cohort ends",
        {
          detail: { minRemainingSentenceDays },
        },
      ),
    );
  const overlap = ctx.otherActiveCohorts.find(
    (o) => o.id !== cohort.id && o.startDate <= cohort.endDate && cohort.startDate <= o.endDate,
  );
  if (overlap)
    return err(
      domainError("enrollment/overlapping-cohort", "the inmate is in another cohort at the same time", {
        detail: { cohortId: overlap.id },
      }),
    );
  const warnings: EligibilityWarning[] = [];
  if (inmate.expectedReleaseDate !== null && inmate.expectedReleaseDate < cohort.endDate)
    warnings.push({
      code: "release-before-cohort-end",
      message: "the inmate is expected to be released before the cohort ends",
    });
  return ok({ warnings });
}
