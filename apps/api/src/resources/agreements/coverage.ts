import { facilityCoverage } from "@sinergi/db";
import {
  CoverageGroupingSchema,
  CoverageSchema,
  coverageRows,
  IdSchema,
  STANDARD_COOPERATION_FIELDS,
} from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { query } from "../../http/validate.ts";
import { tags } from "./present.ts";

const CoverageQuery = v.strictObject({
  groupBy: v.optional(
    v.pipe(
      CoverageGroupingSchema,
      v.description("One row per facility (the default), or one per regional office summing its facilities."),
    ),
    "facility",
  ),
  regionalOfficeId: v.optional(
    v.pipe(IdSchema, v.description("Only the facilities of this regional office.")),
  ),
});

/** GET /coverage: the coverage matrix of the caller's scope, by facility or by regional office. */
export function coverageRoute(r: Hono<AppEnv>): void {
  r.get(
    "/coverage",
    describeRoute({
      operationId: "getCoverage",
      summary: "Which standard fields the facilities in scope have an agreement in force for",
      description:
        "Counts each facility's own agreements in force today in their time zone (status active or " +
        "expiring), as far as the caller may read them. Ordered by regional office, then facility name. " +
        "A facility's row is the monthly report's facility coverage read today instead of at a month's end; " +
        "agreements of a regional office or of the directorate themselves (with no facility) do not count.",
      tags,
      responses: { 200: jsonContent("The coverage matrix", CoverageSchema), ...errorResponses(400) },
    }),
    requirePermission("agreements:read"),
    query(CoverageQuery),
    async (c) => {
      const { groupBy, regionalOfficeId } = c.req.valid("query");
      const facilities = await facilityCoverage(c.get("db"), {
        viewer: viewerOf(c),
        at: c.get("now")(),
        regionalOfficeId,
      });
      return c.json({ fields: [...STANDARD_COOPERATION_FIELDS], rows: coverageRows(facilities, groupBy) });
    },
  );
}
