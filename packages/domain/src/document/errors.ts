import type { DomainError } from "../shared/result.ts";

/** Every error code the document folder can return. */
export type DocumentErrorCode = "document/too-large" | "document/empty" | "document/unsupported-type";

/** A domain error from the document folder. */
export type DocumentError = DomainError<DocumentErrorCode>;
