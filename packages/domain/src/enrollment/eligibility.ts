import type { Inmate } from "../inmate/inmate.ts";
import { inmateDomicile } from "../inmate/inmate.ts";
import { type SentenceDates, type ServedShare, sentenceDates, servedOn } from "../inmate/sentence.ts";
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
    readonly minSentenceServed?: ServedShare | undefined;
  };
}

/** What eligibility needs to know of the inmate. */
export interface EligibilityInmate {
  readonly facilityId: string;
  readonly legalStatus: "detainee" | "convict";
  /** Recorded domicile, else the NIK's regency. */
  readonly domicileRegencyCode: string | null;
  readonly expectedReleaseDate: string | null;
  /** The ½ and ⅔ dates, when the sentence facts are recorded. */
  readonly sentenceDates?: SentenceDates | null | undefined;
}

/** What eligibility reads of an inmate: its effective domicile and its sentence's dates. */
export function eligibilityInmate(
  i: Pick<
    Inmate,
    "facilityId" | "legalStatus" | "domicileRegencyCode" | "nik" | "expectedReleaseDate" | "sentence"
  >,
): EligibilityInmate {
  return {
    facilityId: i.facilityId,
    legalStatus: i.legalStatus,
    domicileRegencyCode: inmateDomicile(i),
    expectedReleaseDate: i.expectedReleaseDate,
    sentenceDates: i.sentence === null ? null : sentenceDates(i.sentence),
  };
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
 * cohort starts is refused, one before it ends only warned (the inmate may still benefit, and dates move).
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
  const { legalStatuses, domicileRegencyCodes, minRemainingSentenceDays, minSentenceServed } = cohort.rules;
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
  const release = inmate.expectedReleaseDate;
  // Released before the cohort starts: the inmate would never attend (the design rule; a minimum
  // remaining sentence counts from the start, so 0 says the same and never refuses an early leaver).
  if (release !== null && release < cohort.startDate)
    return err(
      domainError(
        "enrollment/released-before-start",
        "the inmate is expected to be released before the cohort starts",
        {
          field: "inmateId",
        },
      ),
    );
  if (
    minRemainingSentenceDays !== undefined &&
    release !== null &&
    release < addDays(cohort.startDate, minRemainingSentenceDays)
  )
    return err(
      domainError(
        "enrollment/sentence-too-short",
        "too little of the sentence remains when the cohort starts",
        {
          detail: { minRemainingSentenceDays },
        },
      ),
    );
  if (minSentenceServed !== undefined) {
    const dates = inmate.sentenceDates ?? null;
    if (dates === null)
      return err(
        domainError(
          "enrollment/sentence-unknown",
          "the cohort asks for a share of the sentence served, and the inmate's sentence facts are not recorded",
          {
            field: "inmateId",
            detail: { minSentenceServed },
          },
        ),
      );
    if (servedOn(dates, minSentenceServed) > cohort.startDate)
      return err(
        domainError(
          "enrollment/sentence-not-served",
          "the inmate will not have served the required share of the sentence when the cohort starts",
          {
            field: "inmateId",
            detail: { minSentenceServed },
          },
        ),
      );
  }
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
  if (release !== null && release < cohort.endDate)
    warnings.push({
      code: "release-before-cohort-end",
      message: "the inmate is expected to be released before the cohort ends",
    });
  return ok({ warnings });
}
