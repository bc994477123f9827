import { appendHistory, followUpFields, saveFollowUp } from "@sinergi/db";
import {
  CompleteFollowUpSchema,
  completeFollowUp,
  DropFollowUpSchema,
  dropFollowUp,
  type FollowUp,
  type FollowUpMoveResult,
  FollowUpSchema,
  type MoveContext,
} from "@sinergi/domain";
import { Hono } from "hono";
import type * as v from "valibot";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { moveRoute } from "../../http/move-route.ts";
import { IdParams, presentFollowUp } from "../engagements/present.ts";
import { visibleFollowUp } from "./shared.ts";

const tags = ["Follow-ups"];

const moves = [
  {
    name: "done",
    summary: "Mark an open follow-up done, with an optional note (open -> done)",
    body: CompleteFollowUpSchema,
    apply: (f: FollowUp, body: unknown, ctx: MoveContext): FollowUpMoveResult =>
      completeFollowUp(f, body as v.InferOutput<typeof CompleteFollowUpSchema>, ctx),
  },
  {
    name: "dropped",
    summary: "Drop an open follow-up, with its reason (open -> dropped)",
    body: DropFollowUpSchema,
    apply: (f: FollowUp, body: unknown, ctx: MoveContext): FollowUpMoveResult =>
      dropFollowUp(f, body as v.InferOutput<typeof DropFollowUpSchema>, ctx),
  },
] as const;

/** The moves closing a follow-up: done (with a note) or dropped (with a reason). */
export function followUpMovesRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  for (const spec of moves)
    moveRoute(r, {
      path: `/follow-ups/:id/${spec.name}`,
      operationId: spec.name === "done" ? "completeFollowUp" : "dropFollowUp",
      summary: spec.summary,
      tags,
      permission: "engagements:write",
      params: IdParams,
      body: spec.body as v.GenericSchema<unknown, unknown>,
      response: { description: "The follow-up after the move", schema: FollowUpSchema },
      resourceType: "follow_up",
      action: `move:${spec.name}`,
      load: (c, trx, id) => visibleFollowUp(c, trx, id, true),
      apply: async (current, body, ctx, trx) => {
        const { entity, history } = unwrap(spec.apply(followUpFields(current), body, ctx));
        const saved = await saveFollowUp(trx, entity, ctx.at);
        await appendHistory(trx, "follow_up", current.id, history);
        return { saved, before: followUpFields(current), after: entity };
      },
      present: (saved, c) => presentFollowUp(saved, c.get("now")()),
    });
  return r;
}
