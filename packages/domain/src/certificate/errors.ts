import type { DomainError } from "../shared/result.ts";

/** Certificate error codes. */
export type CertificateErrorCode = "certificate/not-issuable" | "certificate/already-revoked";
/** A certificate rule violation. */
export type CertificateError = DomainError<CertificateErrorCode>;
