import { type FollowUpView, findFollowUp } from "@sinergi/db";
import type { Context } from "hono";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { notFound } from "../../http/problem.ts";

/** Loads a follow-up the caller may see (its engagement's facility in scope), or throws 404. */
export async function visibleFollowUp(
  c: Context<AppEnv>,
  db: AppEnv["Variables"]["db"],
  id: string,
  forUpdate = false,
): Promise<FollowUpView> {
  const found = await findFollowUp(db, id, { forUpdate, viewer: viewerOf(c) });
  if (!found) throw notFound("Follow-up");
  return found;
}
