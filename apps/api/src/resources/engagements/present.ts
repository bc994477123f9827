import type { FollowUpView, Reference } from "@sinergi/db";
import { dateInZone, IdSchema, isOverdue } from "@sinergi/domain";
import * as v from "valibot";

/** Path parameters of one engagement or follow-up. */
export const IdParams = v.object({ id: IdSchema });

/** A follow-up as the API returns it: overdue is judged today in its facility's time zone. */
export function presentFollowUp(f: FollowUpView, now: string): PresentedFollowUp {
  // Field by field (the type asks for each), without the zone and the visit's date: rest and spread with a
  // key added cost V8 several times this on a 50-row page.
  return {
    id: f.id,
    engagementId: f.engagementId,
    text: f.text,
    ownerName: f.ownerName,
    dueDate: f.dueDate,
    status: f.status,
    closedAt: f.closedAt,
    note: f.note,
    dropReason: f.dropReason,
    facilityId: f.facilityId,
    revision: f.revision,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    overdue: isOverdue(f, dateInZone(now, f.timeZone)),
  };
}

/** A follow-up as the API returns it. */
export interface PresentedFollowUp extends Omit<FollowUpView, "timeZone" | "engagementDate"> {
  readonly overdue: boolean;
}

/** Who and when, for a lifecycle move (written once, in the move-route factory). */
export { moveContext } from "../../http/move-route.ts";

/** The facility and partners an engagement names, to check before a write (unseen reads as missing). */
export function engagementReferences(refs: {
  readonly facilityId?: string | undefined;
  readonly partnerIds?: readonly string[] | undefined;
}): Reference[] {
  return [
    ...(refs.facilityId === undefined
      ? []
      : [
          {
            kind: "facility" as const,
            id: refs.facilityId,
            field: "facilityId",
            message: "no such facility",
          },
        ]),
    ...(refs.partnerIds ?? []).map((id, i) => ({
      kind: "partner" as const,
      id,
      field: `partnerIds.${i}`,
      message: "no such partner",
    })),
  ];
}
