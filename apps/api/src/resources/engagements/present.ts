import type { Executor, FollowUpView } from "@sinergi/db";
import { dateInZone, IdSchema, inScope, isOverdue, type MoveContext } from "@sinergi/domain";
import type { Context } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../../context.ts";
import { ProblemError } from "../../http/problem.ts";

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

/** True when the caller's scope covers an engagement of this facility with these partners. */
export async function engagementVisible(
  c: Context<AppEnv>,
  e: { readonly facilityId: string; readonly partnerIds?: readonly string[] },
  db: Executor = c.get("db"),
): Promise<boolean> {
  const principal = c.get("principal");
  if (!principal) return false;
  let regionalOfficeIds: string[] = [];
  if (principal.scope.kind === "regional") {
    const f = await db
      .selectFrom("facilities")
      .select("regionalOfficeId")
      .where("id", "=", e.facilityId)
      .executeTakeFirst();
    if (f) regionalOfficeIds = [f.regionalOfficeId];
  }
  let partnerIds = e.partnerIds;
  if (partnerIds === undefined && principal.scope.kind === "partner") partnerIds = [];
  return inScope(principal.scope, {
    facilityIds: [e.facilityId],
    regionalOfficeIds,
    partnerIds: partnerIds ?? [],
  });
}

/**
 * Checks that the facility (inside the caller's scope) and the partners exist: 422 naming the field
 * otherwise, so a bad id is an input error and not a bare constraint failure.
 */
export async function checkReferences(
  c: Context<AppEnv>,
  db: Executor,
  refs: { readonly facilityId?: string | undefined; readonly partnerIds?: readonly string[] | undefined },
): Promise<void> {
  const errors: { field: string; message: string }[] = [];
  if (refs.facilityId !== undefined) {
    const f = await db
      .selectFrom("facilities")
      .select("id")
      .where("id", "=", refs.facilityId)
      .executeTakeFirst();
    if (
      !f ||
      !(await engagementVisible(c, { facilityId: refs.facilityId, partnerIds: refs.partnerIds ?? [] }, db))
    )
      errors.push({ field: "facilityId", message: "no such facility" });
  }
  if (refs.partnerIds !== undefined && refs.partnerIds.length > 0) {
    const found = await db
      .selectFrom("partners")
      .select("id")
      .where("id", "in", [...refs.partnerIds])
      .execute();
    const known = new Set(found.map((p) => p.id));
    refs.partnerIds.forEach((id, i) => {
      if (!known.has(id.toLowerCase())) errors.push({ field: `partnerIds.${i}`, message: "no such partner" });
    });
  }
  if (errors.length > 0)
    throw new ProblemError(422, "validation/reference", "A referenced record does not exist", { errors });
}
