import type { DomainError } from "@sinergi/domain";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ProblemError } from "./problem.ts";

/**
 * The one place where domain error codes become HTTP statuses. Codes not listed fall back to a rule:
 * an error that names an input field is 422 (the request is wrong), otherwise 409 (the resource's
 * state forbids it).
 */
const statusByCode: Record<string, ContentfulStatusCode> = {
  // --- organisation (facilities, licences, population, partners) ---
  "licence/illegal-transition": 409,
  "licence/not-yet-expired": 409,
  "licence/invalid-dates": 422,
  "population/status-sum-mismatch": 422,
  "population/domicile-exceeds-total": 422,
  "partner/parent-cycle": 422,
  "partner/parent-kind": 422,
  // --- end organisation ---
  // --- engagement (engagements, follow-ups) ---
  "engagement/duplicate-partner": 422,
  "engagement/follow-up-before-engagement": 422,
  "follow-up/illegal-transition": 409,
  "follow-up/not-editable": 409,
  "follow-up/reason-required": 422,
  "follow-up/due-before-engagement": 422,
  // --- end engagement ---
  // --- agreement (agreements, action items) ---
  "agreement/illegal-transition": 409,
  "agreement/not-signable": 409,
  "agreement/not-editable": 409,
  "agreement/not-amendable": 409,
  "agreement/not-renewable": 409,
  "agreement/already-renewed": 409,
  "agreement/invalid-dates": 422,
  "agreement/invalid-parties": 422,
  "agreement/invalid-record-access": 422,
  "agreement/invalid-termination-date": 422,
  "action-item/illegal-transition": 409,
  "action-item/not-editable": 409,
  "action-item/not-realisable": 409,
  // --- end agreement ---
  // --- training (inmates, programs, cohorts) ---
  "inmate/nik-format": 422,
  "inmate/nik-area": 422,
  "inmate/nik-birth-date-mismatch": 422,
  "inmate/nik-sex-mismatch": 422,
  "inmate/invalid-dates": 422,
  "program/duplicate-competency-unit": 422,
  "cohort/illegal-transition": 409,
  "cohort/not-editable": 409,
  "cohort/invalid-dates": 422,
  "cohort/reason-required": 422,
  // --- end training ---
  // --- enrollment (enrollments, certificates) ---
  "enrollment/cohort-full": 409,
  "enrollment/cohort-not-open": 409,
  "enrollment/legal-status-not-eligible": 409,
  "enrollment/domicile-not-eligible": 409,
  "enrollment/sentence-too-short": 409,
  "enrollment/overlapping-cohort": 409,
  "enrollment/already-enrolled": 409,
  "enrollment/illegal-transition": 409,
  "enrollment/cohort-not-running": 409,
  "enrollment/attendance-below-minimum": 409,
  "enrollment/assessment-required": 409,
  "enrollment/other-facility": 422,
  "enrollment/session-outside-cohort": 422,
  "enrollment/reason-required": 422,
  "certificate/not-issuable": 409,
  "certificate/already-revoked": 409,
  // --- end enrollment ---
  // --- access (user accounts) ---
  "user/cannot-disable-self": 409,
  "user/cannot-change-own-access": 409,
  "user/cannot-reset-own-password": 409,
  "user/already-disabled": 409,
  "user/not-disabled": 409,
  "user/scope-misfit": 422,
  // --- end access ---
};

/** HTTP status for a domain error code. */
export function statusFor(error: DomainError): ContentfulStatusCode {
  const explicit = statusByCode[error.code];
  if (explicit) return explicit;
  if (error.code.endsWith("/not-found")) return 404;
  return error.field === undefined ? 409 : 422;
}

/** Turns a domain error into the ProblemError the app renders as problem+json. */
export function domainProblem(error: DomainError): ProblemError {
  return new ProblemError(statusFor(error), error.code, error.message, {
    ...(error.field === undefined ? {} : { errors: [{ field: error.field, message: error.message }] }),
    ...(error.detail === undefined ? {} : { detail: JSON.stringify(error.detail), context: error.detail }),
  });
}

/** Unwraps a domain Result or throws its error as a problem. */
export function unwrap<T>(
  result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError },
): T {
  if (result.ok) return result.value;
  throw domainProblem(result.error);
}
