import { saveEnrollment } from "@sinergi/db";
import { BulkAttendanceSchema, BulkEnrollmentsSchema, IdSchema, recordAttendance } from "@sinergi/domain";
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

/** POST /cohorts/{id}/attendance: one session day's presence for many enrollments, all or none. */
export function batchAttendanceRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.post(
    "/cohorts/:id/attendance",
    describeRoute({
      operationId: "recordSessionAttendance",
      summary: "Record a whole session's attendance in one request, all or none",
      tags: ["Enrollments"],
      responses: {
        200: jsonContent("Every enrollment as it now reads", BulkEnrollmentsSchema),
        ...errorResponses(400, 404, 409, 422),
      },
    }),
    requirePermission("training:write"),
    params(IdParams),
    jsonBody(BulkAttendanceSchema),
    async (c) => {
      const { sessionDate, marks } = c.req.valid("json");
      return c.json(
        await writeBatch(c, {
          list: "marks",
          action: "record-attendance",
          items: marks,
          apply: (e, mark, index, facts) => {
            const r = recordAttendance(e, facts, [{ sessionDate, present: mark.present }]);
            if (!r.ok) {
              // The session day is the request's own field, not the item's.
              if (r.error.field?.endsWith("sessionDate"))
                return { refusal: { ...domainRefusal("marks", index, r.error, ""), field: "sessionDate" } };
              return { refusal: domainRefusal("marks", index, { ...r.error, field: "enrollmentId" }, "") };
            }
            return { next: { ...e, ...r.value }, extra: null };
          },
          save: (trx, next, _extra, now) => saveEnrollment(trx, next, now),
        }),
      );
    },
  );
  return r;
}
