import type { DomainError } from "../shared/result.ts";

/** Enrollment error codes. */
export type EnrollmentErrorCode =
  | "enrollment/cohort-full"
  | "enrollment/cohort-not-open"
  | "enrollment/legal-status-not-eligible"
  | "enrollment/domicile-not-eligible"
  | "enrollment/sentence-too-short"
  | "enrollment/released-before-start"
  | "enrollment/sentence-not-served"
  | "enrollment/sentence-unknown"
  | "enrollment/overlapping-cohort"
  | "enrollment/already-enrolled"
  | "enrollment/other-facility"
  | "enrollment/illegal-transition"
  | "enrollment/cohort-not-running"
  | "enrollment/session-outside-cohort"
  | "enrollment/attendance-below-minimum"
  | "enrollment/assessment-required"
  | "enrollment/reason-required"
  | "enrollment/units-required"
  | "enrollment/unknown-unit"
  | "enrollment/result-required"
  | "enrollment/result-from-units";

/** An enrollment rule violation. */
export type EnrollmentError = DomainError<EnrollmentErrorCode>;
