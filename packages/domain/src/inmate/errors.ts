import type { DomainError } from "../shared/result.ts";

/** Every error code the inmate folder can return. */
export type InmateErrorCode =
  | "inmate/nik-format"
  | "inmate/nik-area"
  | "inmate/nik-birth-date-mismatch"
  | "inmate/nik-sex-mismatch"
  | "inmate/invalid-dates"
  | "inmate/invalid-sentence";

/** A domain error from the inmate folder (its message never holds the NIK or the birth date). */
export type InmateError = DomainError<InmateErrorCode>;
