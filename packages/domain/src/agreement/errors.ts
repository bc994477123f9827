import type { DomainError } from "../shared/result.ts";

/** Every error code the agreement folder can return. */
export type AgreementErrorCode =
  | "agreement/illegal-transition"
  | "agreement/not-signable"
  | "agreement/invalid-dates"
  | "agreement/invalid-parties"
  | "agreement/invalid-record-access"
  | "agreement/not-editable"
  | "agreement/not-amendable"
  | "agreement/not-renewable"
  | "agreement/already-renewed"
  | "agreement/invalid-termination-date"
  | "agreement/invalid-signing-date"
  | "agreement/invalid-plan-change"
  | "action-item/illegal-transition"
  | "action-item/not-editable"
  | "action-item/not-realisable"
  | "action-item/not-adjustable";

/** A domain error from the agreement folder. */
export type AgreementError = DomainError<AgreementErrorCode>;
