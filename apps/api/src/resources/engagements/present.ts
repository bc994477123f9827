import type { FollowUpView, Reference } from "@sinergi/db";
import { dateInZone, IdSchema, isOverdue } from "@sinergi/domain";
import * as v from "valibot";

/** Path parameters of one engagement or follow-up. */
export const IdParams = v.object({ id: IdSchema });

/** A follow-up as the API returns it: overdue is judged today in its facility's time zone. */
export function presentFollowUp(f: FollowUpView, now: string) {
  const { timeZone, engagementDate: _date, ...rest } = f;
  return { ...rest, overdue: isOverdue(f, dateInZone(now, timeZone)) };
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
