import { appendAssessment, saveEnrollment } from "@sinergi/db";
import {
  type AssessmentRecord,
  assessEnrollment,
  BulkAssessSchema,
  BulkEnrollmentsSchema,
  IdSchema,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { jsonBody, params } from "../../http/validate.ts";
import { domainRefusal } from "./refusals.ts";
import { writeBatch } from "./writes.ts";

const IdParams = v.object({ id: IdSchema });

/** POST /cohorts/{id}/assessments: many assessments (per unit when certified), all or none. */
export function batchAssessRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.post(
    "/cohorts/:id/assessments",
    describeRoute({
      operationId: "assessEnrollments",
      summary: "Assess many enrollments of the cohort in one request, all or none (each assessment kept)",
      tags: ["Enrollments"],
      responses: {
        200: jsonContent("Every enrollment as it now reads", BulkEnrollmentsSchema),
        ...errorResponses(400, 404, 409, 422),
      },
    }),
    requirePermission("training:write"),
    params(IdParams),
    jsonBody(BulkAssessSchema),
    async (c) => {
      const { assessments } = c.req.valid("json");
      return c.json(
        await writeBatch<(typeof assessments)[number], AssessmentRecord>(c, {
          list: "assessments",
          action: "assess",
          items: assessments,
          apply: (e, { enrollmentId: _e, revision: _r, ...cmd }, index, facts) => {
            const r = assessEnrollment(e, facts, cmd);
            if (!r.ok) return { refusal: domainRefusal("assessments", index, r.error, "enrollmentId") };
            return { next: { ...e, ...r.value.entity }, extra: r.value.record };
          },
          save: async (trx, next, record, now) => {
            // Each assessment is its own row: a re-assessment never overwrites the earlier one.
            await appendAssessment(trx, {
              id: c.get("newId")(),
              enrollmentId: next.id,
              record,
              at: now,
              actor: c.get("actor"),
            });
            return saveEnrollment(trx, next, now);
          },
        }),
      );
    },
  );
  return r;
}
