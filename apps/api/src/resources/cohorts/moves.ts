import { appendHistory, COHORT_ENTITY, findCohort, saveCohort } from "@sinergi/db";
import {
  CancelCohortSchema,
  type CohortMove,
  CohortMoveNoteSchema,
  CohortSchema,
  moveCohort,
} from "@sinergi/domain";
import type { Hono } from "hono";
import type * as v from "valibot";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { moveRoute } from "../../http/move-route.ts";
import { notFound } from "../../http/problem.ts";
import { domainCohort, IdParams, presentCohort, tags } from "./present.ts";

const moves: readonly {
  move: CohortMove;
  summary: string;
  body: v.GenericSchema<unknown, { reason?: string | undefined }>;
}[] = [
  {
    move: "open",
    summary: "Open a planned cohort for enrolment (planned -> open)",
    body: CohortMoveNoteSchema,
  },
  { move: "start", summary: "Start teaching (open -> running)", body: CohortMoveNoteSchema },
  {
    move: "complete",
    summary: "Complete a running cohort (running -> completed)",
    body: CohortMoveNoteSchema,
  },
  {
    move: "cancel",
    summary: "Cancel with a reason (planned/open/running -> cancelled)",
    body: CancelCohortSchema,
  },
];

/** Registers the lifecycle moves: POST /cohorts/{id}/open|start|complete|cancel. */
export function moveRoutes(r: Hono<AppEnv>): void {
  for (const spec of moves)
    moveRoute(r, {
      path: `/cohorts/:id/${spec.move}`,
      operationId: `${spec.move}Cohort`,
      summary: spec.summary,
      tags,
      permission: "training:write",
      params: IdParams,
      body: spec.body,
      reason: (b) => b.reason,
      response: { description: "The cohort after the move", schema: CohortSchema },
      resourceType: "cohort",
      action: `move:${spec.move}`,
      load: async (c, trx, id) => {
        const current = await findCohort(trx, id, { forUpdate: true, viewer: viewerOf(c) });
        if (!current) throw notFound("Cohort");
        return current;
      },
      apply: async (current, _body, ctx, trx) => {
        const { entity, history } = unwrap(moveCohort(domainCohort(current), spec.move, ctx));
        const saved = await saveCohort(trx, entity, ctx.at);
        await appendHistory(trx, COHORT_ENTITY, current.id, history);
        return { saved, before: domainCohort(current), after: entity };
      },
      present: presentCohort,
    });
}
