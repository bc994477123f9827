import { type FollowUpView, findFollowUp } from "@sinergi/db";
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
