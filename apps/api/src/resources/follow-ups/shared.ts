import { type FollowUpView, findFollowUp } from "@sinergi/db";
import type { FollowUp } from "@sinergi/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../context.ts";
import { notFound } from "../../http/problem.ts";
import { engagementVisible } from "../engagements/present.ts";

/** Loads a follow-up the caller may see (its engagement's facility in scope), or throws 404. */
export async function visibleFollowUp(
  c: Context<AppEnv>,
  db: AppEnv["Variables"]["db"],
  id: string,
  forUpdate = false,
): Promise<FollowUpView> {
  const found = await findFollowUp(db, id, { forUpdate });
  if (!found || !(await engagementVisible(c, { facilityId: found.facilityId }, db)))
    throw notFound("Follow-up");
  return found;
}

/** The domain follow-up inside a stored view (what the audit log keeps). */
export const domainFollowUp = (f: FollowUpView): FollowUp => ({
  id: f.id,
  engagementId: f.engagementId,
  text: f.text,
  ownerName: f.ownerName,
  dueDate: f.dueDate,
  status: f.status,
  closedAt: f.closedAt,
  note: f.note,
  dropReason: f.dropReason,
});
