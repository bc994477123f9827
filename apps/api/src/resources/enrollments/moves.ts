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
import * as v from "valibot";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { moveRoute } from "../../http/move-route.ts";
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

  for (const u of updates)
    moveRoute(r, {
      path: `/enrollments/:id/${u.path}`,
      operationId: u.operationId,
      summary: u.summary,
      tags,
      permission: "training:write",
      params: IdParams,
      body: u.schema as v.GenericSchema<unknown, Record<string, unknown>>,
      response: { description: "Updated", schema: EnrollmentSchema },
      resourceType: "enrollment",
      // Attendance and assessment change no state: they are audited as what they record, not as moves.
      action:
        u.path === "attendance" ? "record-attendance" : u.path === "assess" ? "assess" : `move:${u.path}`,
      load: async (c, trx, id) => {
        const { enrollment, cohort } = await visibleEnrollment(c, id, trx, true);
        return { revision: enrollment.revision, enrollment, cohort };
      },
      apply: async ({ enrollment: before, cohort }, body, ctx, trx, c) => {
        const facts = await cohortFacts(trx, cohort);
        let next = before;
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
              at: ctx.at,
              actor: ctx.actor,
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
        const after = await saveEnrollment(trx, next, ctx.at);
        if (history) await appendHistory(trx, ENROLLMENT_ENTITY, after.id, history);
        return {
          saved: { revision: after.revision, enrollment: after, planned: cohort.plannedSessions },
          before,
          after,
        };
      },
      present: ({ enrollment, planned }) => presentEnrollment(enrollment, planned),
    });

  return r;
}
