import { Hono } from "hono";
import type { AppEnv } from "../../context.ts";
import { batchAssessRoutes } from "./assess.ts";
import { batchAttendanceRoutes } from "./attendance.ts";
import { batchEnrolRoutes } from "./enrol.ts";

/**
 * Training work in bulk on one cohort: enrol many inmates (or a dry run of it), record a session's
 * attendance, assess many enrollments. Each request is one transaction, all or none, at most 500 items.
 */
export function cohortBatchesRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.route("/", batchEnrolRoutes());
  r.route("/", batchAttendanceRoutes());
  r.route("/", batchAssessRoutes());
  return r;
}
