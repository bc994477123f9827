import type { AgreementErrorCode } from "./agreement/errors.ts";
import type { CertificateErrorCode } from "./certificate/errors.ts";
import type { CohortErrorCode } from "./cohort/errors.ts";
import type { DocumentErrorCode } from "./document/errors.ts";
import type { EngagementErrorCode } from "./engagement/errors.ts";
import type { EnrollmentErrorCode } from "./enrollment/errors.ts";
import type { FacilityErrorCode } from "./facility/errors.ts";
import type { InmateErrorCode } from "./inmate/errors.ts";
import type { LicenceErrorCode } from "./licence/errors.ts";
import type { PartnerErrorCode } from "./partner/errors.ts";
import type { PopulationErrorCode } from "./population/errors.ts";
import type { ProgramErrorCode } from "./program/errors.ts";
import type { DomainError } from "./shared/result.ts";
import type { UserErrorCode } from "./user/errors.ts";

/**
 * Every error code the domain can return: the union of each folder's `errors.ts` union. The API's
 * status table is a record over it, so a new code without an HTTP status fails the type check.
 */
export type DomainErrorCode =
  | AgreementErrorCode
  | CertificateErrorCode
  | CohortErrorCode
  | DocumentErrorCode
  | EngagementErrorCode
  | EnrollmentErrorCode
  | FacilityErrorCode
  | InmateErrorCode
  | LicenceErrorCode
  | PartnerErrorCode
  | PopulationErrorCode
  | ProgramErrorCode
  | UserErrorCode;

/** Any error a domain rule can return. */
export type AnyDomainError = DomainError<DomainErrorCode>;
