import type { DomainError } from "../shared/result.ts";

/** Every error code the cohort folder can return. */
export type CohortErrorCode =
  | "cohort/illegal-transition"
  | "cohort/invalid-dates"
  | "cohort/not-editable"
  | "cohort/reason-required";

/** A domain error from the cohort folder. */
export type CohortError = DomainError<CohortErrorCode>;
