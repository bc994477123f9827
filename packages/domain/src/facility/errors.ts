import type { DomainError } from "../shared/result.ts";

/** Error codes of facilities. */
export type FacilityErrorCode = "facility/class-not-of-kind";

/** A facility rule violation. */
export type FacilityError = DomainError<FacilityErrorCode>;
