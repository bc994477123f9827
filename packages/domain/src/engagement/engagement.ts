import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { EngagementError } from "./errors.ts";

/** audiensi, silaturahmi (courtesy visit), koordinasi, penandatanganan, monitoring. */
export const ENGAGEMENT_KINDS = [
  "audience",
  "courtesy_visit",
  "coordination",
  "signing",
  "monitoring",
] as const;
/** Kind of engagement. */
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** Which party an attendee came for. */
export const ATTENDEE_SIDES = ["facility", "partner"] as const;
/** Which party an attendee came for. */
export type AttendeeSide = (typeof ATTENDEE_SIDES)[number];

/** A person present at an engagement. */
export interface Attendee {
  readonly name: string;
  readonly role: string;
  readonly side: AttendeeSide;
}

/** A visit or meeting between a facility and one or more partners. */
export interface Engagement {
  readonly id: string;
  readonly facilityId: string;
  readonly partnerIds: readonly string[];
  readonly kind: EngagementKind;
  /** The day it took place, in the facility's calendar. */
  readonly date: string;
  readonly place: string | null;
  readonly attendees: readonly Attendee[];
  readonly summary: string;
  readonly outcomes: readonly string[];
}

/** What recording an engagement needs (initial follow-ups are handled by follow-up.ts). */
export interface EngagementInput {
  readonly facilityId: string;
  readonly partnerIds: readonly string[];
  readonly kind: EngagementKind;
  readonly date: string;
  readonly place?: string | null | undefined;
  readonly attendees?: readonly Attendee[] | undefined;
  readonly summary?: string | undefined;
  readonly outcomes?: readonly string[] | undefined;
}

/** The editable fields of an engagement; the facility is fixed once recorded. */
export interface EngagementPatch {
  readonly partnerIds?: readonly string[] | undefined;
  readonly kind?: EngagementKind | undefined;
  readonly date?: string | undefined;
  readonly place?: string | null | undefined;
  readonly attendees?: readonly Attendee[] | undefined;
  readonly summary?: string | undefined;
  readonly outcomes?: readonly string[] | undefined;
}

/** The first partner listed twice (ids compared case-insensitively), as an error naming its position. */
function duplicatePartner(partnerIds: readonly string[]): EngagementError | undefined {
  const seen = new Set<string>();
  for (const [i, id] of partnerIds.entries()) {
    const key = id.toLowerCase();
    if (seen.has(key))
      return domainError("engagement/duplicate-partner", "a partner is listed more than once", {
        field: `partnerIds.${i}`,
      });
    seen.add(key);
  }
  return undefined;
}

/** Records an engagement; a partner may appear only once. */
export function recordEngagement(id: string, input: EngagementInput): Result<Engagement, EngagementError> {
  const dup = duplicatePartner(input.partnerIds);
  if (dup) return err(dup);
  return ok({
    id,
    facilityId: input.facilityId,
    partnerIds: input.partnerIds.map((p) => p.toLowerCase()),
    kind: input.kind,
    date: input.date,
    place: input.place ?? null,
    attendees: input.attendees ?? [],
    summary: input.summary ?? "",
    outcomes: input.outcomes ?? [],
  });
}

/**
 * Applies an edit. `followUpDueDates` are the due dates of the engagement's follow-ups: the date may not
 * move past any of them, since a follow-up cannot be due before the meeting that gave rise to it.
 */
export function updateEngagement(
  e: Engagement,
  patch: EngagementPatch,
  followUpDueDates: readonly string[] = [],
): Result<Engagement, EngagementError> {
  if (patch.partnerIds !== undefined) {
    const dup = duplicatePartner(patch.partnerIds);
    if (dup) return err(dup);
  }
  const next: Engagement = {
    ...e,
    ...(patch.partnerIds === undefined ? {} : { partnerIds: patch.partnerIds.map((p) => p.toLowerCase()) }),
    ...(patch.kind === undefined ? {} : { kind: patch.kind }),
    ...(patch.date === undefined ? {} : { date: patch.date }),
    ...(patch.place === undefined ? {} : { place: patch.place }),
    ...(patch.attendees === undefined ? {} : { attendees: patch.attendees }),
    ...(patch.summary === undefined ? {} : { summary: patch.summary }),
    ...(patch.outcomes === undefined ? {} : { outcomes: patch.outcomes }),
  };
  const earliest = [...followUpDueDates].sort()[0];
  if (earliest !== undefined && next.date > earliest)
    return err(
      domainError(
        "engagement/follow-up-before-engagement",
        "a follow-up would fall due before the engagement",
        {
          field: "date",
          detail: { earliestDueDate: earliest },
        },
      ),
    );
  return ok(next);
}
