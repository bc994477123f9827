import { appendHistory, COHORT_ENTITY, findCohort, saveCohort } from "@sinergi/db";
import {
  CancelCohortSchema,
  type CohortMove,
  CohortMoveNoteSchema,
  CohortSchema,
  moveCohort,
} from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { jsonBody, params } from "../../http/validate.ts";
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
  for (const spec of moves) {
    r.post(
      `/cohorts/:id/${spec.move}`,
      describeRoute({
        operationId: `${spec.move}Cohort`,
        summary: spec.summary,
        tags,
        responses: {
          200: jsonContent("The cohort after the move", CohortSchema, true),
          ...errorResponses(400, 404, 409, 412, 422),
        },
      }),
      requirePermission("training:write"),
      params(IdParams),
      jsonBody(spec.body),
      async (c) => {
        const { id } = c.req.valid("param");
        const { reason } = c.req.valid("json") as { reason?: string | undefined };
        const ctx = {
          actor: c.get("actor"),
          at: c.get("now")(),
          ...(reason === undefined ? {} : { reason }),
        };
        const saved = await c
          .get("db")
          .transaction()
          .execute(async (trx) => {
            const current = await findCohort(trx, id, { forUpdate: true, viewer: viewerOf(c) });
            if (!current) throw notFound("Cohort");
            checkIfMatch(c, current.revision);
            const { entity, history } = unwrap(moveCohort(domainCohort(current), spec.move, ctx));
            const after = await saveCohort(trx, entity, ctx.at);
            await appendHistory(trx, COHORT_ENTITY, id, history);
            await audit(trx, c, {
              action: `move:${spec.move}`,
              resourceType: "cohort",
              resourceId: id,
              before: domainCohort(current),
              after: entity,
            });
            return after;
          });
        setEtag(c, saved.revision);
        return c.json(presentCohort(saved));
      },
    );
  }
}
