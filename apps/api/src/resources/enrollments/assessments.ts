import { listAssessments } from "@sinergi/db";
import { AssessmentRecordSchema, IdSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, itemsOf, jsonContent } from "../../http/openapi.ts";
import { params } from "../../http/validate.ts";
import { visibleEnrollment } from "./shared.ts";

const IdParams = v.object({ id: IdSchema });

/** GET /enrollments/{id}/assessments: every assessment as it happened, first to last. */
export function enrollmentAssessmentsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get(
    "/enrollments/:id/assessments",
    describeRoute({
      operationId: "listEnrollmentAssessments",
      summary: "Every assessment of an enrollment, first to last (re-assessments never overwrite)",
      tags: ["Enrollments"],
      responses: {
        200: jsonContent(
          "The assessments, first to last",
          itemsOf(AssessmentRecordSchema, "Every assessment, first to last."),
        ),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("training:read"),
    params(IdParams),
    async (c) => {
      const db = c.get("db");
      const { enrollment } = await visibleEnrollment(c, c.req.valid("param").id, db);
      return c.json({ items: await listAssessments(db, enrollment.id) });
    },
  );
  return r;
}
