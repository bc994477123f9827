import type { DomainError } from "../shared/result.ts";

/** Every error code the program folder can return. */
export type ProgramErrorCode = "program/duplicate-competency-unit" | "program/scheme-level-required";

/** A domain error from the program folder. */
export type ProgramError = DomainError<ProgramErrorCode>;
