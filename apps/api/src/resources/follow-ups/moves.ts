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
import { describeRoute } from "hono-openapi";
import type * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { jsonBody, params } from "../../http/validate.ts";
import { IdParams, moveContext, presentFollowUp } from "../engagements/present.ts";
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

  for (const spec of moves) {
    r.post(
      `/follow-ups/:id/${spec.name}`,
      describeRoute({
        operationId: spec.name === "done" ? "completeFollowUp" : "dropFollowUp",
        summary: spec.summary,
        tags,
        responses: {
          200: jsonContent("The follow-up after the move", FollowUpSchema, true),
          ...errorResponses(400, 404, 409, 412, 422),
        },
      }),
      requirePermission("engagements:write"),
      params(IdParams),
      jsonBody(spec.body),
      async (c) => {
        const { id } = c.req.valid("param");
        const ctx = moveContext(c);
        const saved = await c
          .get("db")
          .transaction()
          .execute(async (trx) => {
            const current = await visibleFollowUp(c, trx, id, true);
            checkIfMatch(c, current.revision);
            const { entity, history } = unwrap(spec.apply(followUpFields(current), c.req.valid("json"), ctx));
            const after = await saveFollowUp(trx, entity, ctx.at);
            await appendHistory(trx, "follow_up", id, history);
            await audit(trx, c, {
              action: `move:${spec.name}`,
              resourceType: "follow_up",
              resourceId: id,
              before: followUpFields(current),
              after: entity,
            });
            return after;
          });
        setEtag(c, saved.revision);
        return c.json(presentFollowUp(saved, ctx.at));
      },
    );
  }

  return r;
}
