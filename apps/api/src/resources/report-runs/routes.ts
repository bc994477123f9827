import { listReportRuns } from "@sinergi/db";
import { described, describedPicklist, IdSchema, IsoInstantSchema, integerSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requireNationalScope, requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { query } from "../../http/validate.ts";

const ReportRunSchema = v.object(
  described(
    {
      id: IdSchema,
      kind: describedPicklist(["pass", "backfill", "regenerate"], {
        pass: "A scheduled pass making every closed month's missing reports.",
        backfill: "A backfill over a range of months.",
        regenerate: "A regenerate asked for through the API.",
      }),
      worker: v.string(),
      startedAt: IsoInstantSchema,
      finishedAt: v.nullable(IsoInstantSchema),
      reportsMade: integerSchema(0),
      failures: v.array(
        v.object(
          described(
            { key: v.string(), reason: v.string() },
            { key: "The report that failed (scope and month).", reason: "Why, in plain words." },
          ),
        ),
      ),
    },
    {
      id: "The run's id.",
      kind: "What started the run.",
      worker: "The worker process that ran it.",
      startedAt: "When it started.",
      finishedAt: "When it finished; null while running (or when it died: the next pass finishes the work).",
      reportsMade: "How many reports it stored.",
      failures: "The reports it could not make, each with the reason.",
    },
  ),
);

/** /report-runs: the reporting worker's run log (national admins: runs span every scope). */
export function reportRunsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get(
    "/report-runs",
    describeRoute({
      operationId: "listReportRuns",
      summary: "Read the reporting worker's run log",
      description:
        "Each pass, backfill and regenerate, newest first: start, end, reports made and failures with their " +
        "reason. A run spans every scope, so only national admins read the log; a recent run shows the worker " +
        "is alive.",
      tags: ["Reports"],
      responses: {
        200: jsonContent("A page of runs", listOf(ReportRunSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("reports:regenerate"),
    requireNationalScope(),
    query(v.strictObject({ ...pageQuery })),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await withCursor(() => listReportRuns(c.get("db"), q)));
    },
  );
  return r;
}
