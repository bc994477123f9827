import { appendAssessment, appendHistory, ENROLLMENT_ENTITY, saveEnrollment } from "@sinergi/db";
import {
  AssessSchema,
  assessEnrollment,
  completeEnrollment,
  ENDING_MOVES,
  EndEnrollmentSchema,
  EnrollmentSchema,
  endEnrollment,
  IdSchema,
  RecordAttendanceSchema,
  recordAttendance,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { jsonBody, params } from "../../http/validate.ts";
import { cohortFacts, presentEnrollment, visibleEnrollment } from "./shared.ts";

const tags = ["Enrollments"];
const IdParams = v.object({ id: IdSchema });

/** The moves on one enrollment: attendance, assessment, completion and the early ends. */
export function enrollmentMovesRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  const updates = [
    {
      path: "attendance",
      operationId: "recordAttendance",
      summary: "Record presence for session days (while the cohort runs)",
      schema: RecordAttendanceSchema,
    },
    {
      path: "assess",
      operationId: "assessEnrollment",
      summary: "Record an assessment (per competency unit when certified); earlier assessments are kept",
      schema: AssessSchema,
    },
    {
      path: "complete",
      operationId: "completeEnrollment",
      summary: "Complete (minimum attendance; assessment if certified)",
      schema: v.strictObject({}),
    },
    ...ENDING_MOVES.map((m) => ({
      path: m,
      operationId: `${m}Enrollment`,
      summary: `${m[0]!.toUpperCase()}${m.slice(1)} the enrollment (reason required)`,
      schema: EndEnrollmentSchema,
    })),
  ] as const;

  for (const u of updates) {
    r.post(
      `/enrollments/:id/${u.path}`,
      describeRoute({
        operationId: u.operationId,
        summary: u.summary,
        tags,
        responses: {
          200: jsonContent("Updated", EnrollmentSchema, true),
          ...errorResponses(400, 404, 409, 412, 422),
        },
      }),
      requirePermission("training:write"),
      params(IdParams),
      jsonBody(u.schema),
      async (c) => {
        const body = c.req.valid("json") as Record<string, unknown>;
        const now = c.get("now")();
        const ctx = { actor: c.get("actor"), at: now };
        const { saved, planned } = await c
          .get("db")
          .transaction()
          .execute(async (trx) => {
            const { enrollment: before, cohort } = await visibleEnrollment(
              c,
              c.req.valid("param").id,
              trx,
              true,
            );
            checkIfMatch(c, before.revision);
            const facts = await cohortFacts(trx, cohort);
            let next = before as typeof before;
            let history = null;
            switch (u.path) {
              case "attendance":
                next = {
                  ...before,
                  ...unwrap(
                    recordAttendance(
                      before,
                      facts,
                      (body as v.InferOutput<typeof RecordAttendanceSchema>).sessions,
                    ),
                  ),
                };
                break;
              case "assess": {
                const assessed = unwrap(
                  assessEnrollment(before, facts, body as v.InferOutput<typeof AssessSchema>),
                );
                next = { ...before, ...assessed.entity };
                // The assessment is kept as its own row: a re-assessment never overwrites the earlier one.
                await appendAssessment(trx, {
                  id: c.get("newId")(),
                  enrollmentId: before.id,
                  record: assessed.record,
                  at: now,
                  actor: c.get("actor"),
                });
                break;
              }
              case "complete": {
                const moved = unwrap(completeEnrollment(before, facts, ctx));
                next = { ...before, ...moved.entity };
                history = moved.history;
                break;
              }
              default: {
                const moved = unwrap(endEnrollment(before, u.path, String(body.reason ?? ""), ctx));
                next = { ...before, ...moved.entity };
                history = moved.history;
              }
            }
            const after = await saveEnrollment(trx, next, now);
            if (history) await appendHistory(trx, ENROLLMENT_ENTITY, after.id, history);
            const action = history
              ? `move:${u.path}`
              : u.path === "attendance"
                ? "record-attendance"
                : "assess";
            await audit(trx, c, { action, resourceType: "enrollment", resourceId: after.id, before, after });
            return { saved: after, planned: cohort.plannedSessions };
          });
        setEtag(c, saved.revision);
        return c.json(presentEnrollment(saved, planned));
      },
    );
  }

  return r;
}
