import type { DomainError } from "../shared/result.ts";

/** Every error code the engagement folder can return. */
export type EngagementErrorCode =
  | "engagement/duplicate-partner"
  | "engagement/follow-up-before-engagement"
  | "follow-up/illegal-transition"
  | "follow-up/not-editable"
  | "follow-up/reason-required"
  | "follow-up/due-before-engagement";

/** A domain error from the engagement folder. */
export type EngagementError = DomainError<EngagementErrorCode>;
