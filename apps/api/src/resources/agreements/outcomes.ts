import { agreementOutcomes, findAgreement } from "@sinergi/db";
import { IdSchema, IsoDateSchema } from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { params } from "../../http/validate.ts";
import { IdParams, tags } from "./present.ts";

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const COUNTS = {
  enrolled: v.pipe(Count, v.description("People enrolled in the cohort.")),
  completed: v.pipe(Count, v.description("Of them, those who completed.")),
  certified: v.pipe(Count, v.description("Of them, those holding a certificate not revoked.")),
};

/** One cohort an agreement funded, with its counts (no person is named). */
const FundedCohortSchema = v.object({
  cohortId: v.pipe(IdSchema, v.description("The cohort.")),
  name: v.pipe(v.string(), v.description("The cohort's name.")),
  programId: v.pipe(IdSchema, v.description("The program the agreement funds.")),
  programName: v.pipe(v.string(), v.description("The program's name.")),
  facilityId: v.pipe(IdSchema, v.description("Where the cohort runs.")),
  startDate: v.pipe(IsoDateSchema, v.description("Its first day.")),
  state: v.pipe(v.string(), v.description("Its state (open, running, completed, …).")),
  ...COUNTS,
});

/** What an agreement funded, to date. */
export const AgreementOutcomesSchema = v.pipe(
  v.object({
    agreementId: v.pipe(IdSchema, v.description("The agreement.")),
    cohortsFunded: v.pipe(
      Count,
      v.description("Cohorts (not cancelled) of the programs it funds, anywhere."),
    ),
    enrolled: v.pipe(Count, v.description("People enrolled in those cohorts.")),
    completed: v.pipe(Count, v.description("Of them, those who completed.")),
    certified: v.pipe(Count, v.description("Of them, those holding a certificate not revoked.")),
    cohorts: v.pipe(
      v.array(FundedCohortSchema),
      v.description("The cohorts one by one, latest start first (at most 100)."),
    ),
  }),
  v.description("The outcomes an agreement funded: cohorts and the people trained and certified in them."),
);

/** Registers GET /agreements/{id}/outcomes on the agreements router. */
export function outcomeRoutes(r: Hono<AppEnv>): void {
  r.get(
    "/agreements/:id/outcomes",
    describeRoute({
      operationId: "getAgreementOutcomes",
      summary: "What an agreement funded: its cohorts and the people trained and certified under it",
      description:
        "Counted to date over the cohorts (not cancelled) of the programs naming the agreement as funder; " +
        "readable by whoever may read the agreement.",
      tags,
      responses: {
        200: jsonContent("The agreement's outcomes", AgreementOutcomesSchema),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("agreements:read"),
    params(IdParams),
    async (c) => {
      const { id } = c.req.valid("param");
      const a = await findAgreement(c.get("db"), id, { viewer: viewerOf(c) });
      if (!a) throw notFound("Agreement");
      return c.json({ agreementId: id, ...(await agreementOutcomes(c.get("db"), id)) });
    },
  );
}
