import type { FollowUpView, Reference } from "@sinergi/db";
import { dateInZone, IdSchema, isOverdue, type MoveContext } from "@sinergi/domain";
import type { Context } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../../context.ts";

/** Path parameters of one engagement or follow-up. */
export const IdParams = v.object({ id: IdSchema });

/** A follow-up as the API returns it: overdue is judged today in its facility's time zone. */
export function presentFollowUp(f: FollowUpView, now: string) {
  const { timeZone, engagementDate: _date, ...rest } = f;
  return { ...rest, overdue: isOverdue(f, dateInZone(now, timeZone)) };
}

/** Who and when, for a lifecycle move made by this request. */
export function moveContext(c: Context<AppEnv>, reason?: string): MoveContext {
  return { actor: c.get("actor"), at: c.get("now")(), ...(reason === undefined ? {} : { reason }) };
}

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
