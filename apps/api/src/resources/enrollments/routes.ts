import {
  ENROLLMENT_ENTITY,
  findInmate,
  listEnrollments,
  listHistory,
  lockInmateForEnrolment,
  readEnrollment,
} from "@sinergi/db";
import {
  checkEligibility,
  EnrolledSchema,
  EnrollmentSchema,
  EnrollmentStateSchema,
  EnrollSchema,
  eligibilityInmate,
  HistoryEntrySchema,
  IdSchema,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { enrollmentAssessmentsRoutes } from "./assessments.ts";
import { eligibilityFacts, writeEnrollment } from "./enrol-steps.ts";
import { enrollmentMovesRoutes } from "./moves.ts";
import { presentEnrollment, visibleCohort, visibleEnrollment } from "./shared.ts";

const tags = ["Enrollments"];
const IdParams = v.object({ id: IdSchema });
const HistorySchema = v.array(HistoryEntrySchema);

/** Enrolling inmates in cohorts, attendance, assessment, completion and early ends. */
export function enrollmentsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.post(
    "/cohorts/:id/enrollments",
    describeRoute({
      operationId: "enrollInmate",
      summary: "Enrol an inmate (eligibility checked; a release before the cohort ends is a warning)",
      tags,
      responses: {
        201: jsonContent("Enrolled, with any warnings", EnrolledSchema, true),
        ...errorResponses(400, 404, 409, 422),
      },
    }),
    requirePermission("training:write"),
    params(IdParams),
    jsonBody(EnrollSchema),
    async (c) => {
      const { inmateId } = c.req.valid("json");
      const now = c.get("now")();
      const { enrollment, warnings, planned } = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          // Locking the cohort row serialises enrolments, so two at once cannot overfill it.
          const cohort = await visibleCohort(c, c.req.valid("param").id, trx, true);
          // Locking the inmate too serialises two enrolments of one inmate in different cohorts (overlap).
          const inmate = (await lockInmateForEnrolment(trx, inmateId))
            ? await findInmate(trx, inmateId, { viewer: viewerOf(c) })
            : undefined;
          if (!inmate)
            throw new ProblemError(422, "validation/reference", "A referenced record does not exist", {
              errors: [{ field: "inmateId", message: "no such inmate in your scope" }],
            });
          const facts = await eligibilityFacts(trx, cohort.id, [inmate.id]);
          const eligible = unwrap(
            checkEligibility(
              {
                id: cohort.id,
                facilityId: cohort.facilityId,
                state: cohort.state,
                startDate: cohort.startDate,
                endDate: cohort.endDate,
                capacity: cohort.capacity,
                rules: cohort.eligibility,
              },
              eligibilityInmate(inmate),
              { enrolledCount: facts.enrolledCount, ...facts.contextOf(inmate.id) },
            ),
          );
          const created = await writeEnrollment(c, trx, {
            cohortId: cohort.id,
            inmateId: inmate.id,
            at: now,
          });
          return { enrollment: created, warnings: eligible.warnings, planned: cohort.plannedSessions };
        });
      setEtag(c, enrollment.revision);
      c.header("Location", `/api/v1/enrollments/${enrollment.id}`);
      return c.json({ ...presentEnrollment(enrollment, planned), warnings }, 201);
    },
  );

  r.get(
    "/enrollments",
    describeRoute({
      operationId: "listEnrollments",
      summary: "List enrollments in your scope",
      tags,
      responses: {
        200: jsonContent("A page of enrollments", listOf(EnrollmentSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("training:read"),
    query(
      v.strictObject({
        ...pageQuery,
        cohortId: v.optional(IdSchema),
        inmateId: v.optional(IdSchema),
        state: v.optional(EnrollmentStateSchema),
      }),
    ),
    async (c) => {
      const q = c.req.valid("query");
      const db = c.get("db");
      const page = await withCursor(() => listEnrollments(db, { ...q, viewer: viewerOf(c) }));
      return c.json({
        items: page.items.map((e) => presentEnrollment(e, e.plannedSessions)),
        nextCursor: page.nextCursor,
      });
    },
  );

  r.get(
    "/enrollments/:id",
    describeRoute({
      operationId: "getEnrollment",
      summary: "Read an enrollment with its attendance",
      tags,
      responses: { 200: jsonContent("The enrollment", EnrollmentSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("training:read"),
    params(IdParams),
    async (c) => {
      const found = await readEnrollment(c.get("db"), c.req.valid("param").id, viewerOf(c));
      if (!found) throw notFound("Enrollment");
      setEtag(c, found.revision);
      return c.json(presentEnrollment(found, found.plannedSessions));
    },
  );

  r.get(
    "/enrollments/:id/history",
    describeRoute({
      operationId: "getEnrollmentHistory",
      summary: "An enrollment's lifecycle history",
      tags,
      responses: { 200: jsonContent("Moves, oldest first", HistorySchema), ...errorResponses(400, 404) },
    }),
    requirePermission("training:read"),
    params(IdParams),
    async (c) => {
      const { enrollment } = await visibleEnrollment(c, c.req.valid("param").id, c.get("db"));
      return c.json(await listHistory(c.get("db"), ENROLLMENT_ENTITY, enrollment.id));
    },
  );

  r.route("/", enrollmentMovesRoutes());
  r.route("/", enrollmentAssessmentsRoutes());
  return r;
}
