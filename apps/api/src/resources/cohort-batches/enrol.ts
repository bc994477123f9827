import { type EnrollmentRecord, findInmate, type InmateRecord, lockInmatesForEnrolment } from "@sinergi/db";
import {
  type BatchCandidate,
  BulkEnrolledSchema,
  BulkEnrollPreviewSchema,
  BulkEnrollSchema,
  checkBatchEligibility,
  type EligibilityWarning,
  IdSchema,
  inmateDomicile,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { jsonBody, params } from "../../http/validate.ts";
import { eligibilityFacts, writeEnrollment } from "../enrollments/enrol-steps.ts";
import { presentEnrollment, visibleCohort } from "../enrollments/shared.ts";
import { batchRefused, domainRefusal, type ItemRefusal, referenceRefusal } from "./refusals.ts";

const IdParams = v.object({ id: IdSchema });

/** What each inmate of the batch would get: enrolled with warnings, or refused. */
type Outcome =
  | { readonly index: number; readonly inmateId: string; readonly warnings: readonly EligibilityWarning[] }
  | { readonly index: number; readonly inmateId: string; readonly refusal: ItemRefusal };

/** POST /cohorts/{id}/enrollments/batch: many enrolments in one transaction, or a dry run of them. */
export function batchEnrolRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.post(
    "/cohorts/:id/enrollments/batch",
    describeRoute({
      operationId: "enrollInmates",
      summary: "Enrol many inmates at once, all or none (dryRun: each inmate's eligibility, nothing written)",
      tags: ["Enrollments"],
      responses: {
        200: jsonContent(
          "The dry run: each inmate's eligibility, refusal and warnings",
          BulkEnrollPreviewSchema,
        ),
        201: jsonContent("Every inmate enrolled, each with its warnings", BulkEnrolledSchema),
        ...errorResponses(400, 404, 409, 422),
      },
    }),
    requirePermission("training:write"),
    params(IdParams),
    jsonBody(BulkEnrollSchema),
    async (c) => {
      const { inmateIds, dryRun = false } = c.req.valid("json");
      const now = c.get("now")();
      const answer = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          // The cohort's row lock serialises enrolments (capacity); the inmates' serialise overlap checks.
          const cohort = await visibleCohort(c, c.req.valid("param").id, trx, true);
          const existing = await lockInmatesForEnrolment(trx, inmateIds);
          // An inmate outside the caller's scope reads as missing.
          const found = new Map<string, InmateRecord>();
          for (const id of inmateIds) {
            const inmate = existing.has(id) ? await findInmate(trx, id, { viewer: viewerOf(c) }) : undefined;
            if (inmate) found.set(id, inmate);
          }
          const facts = await eligibilityFacts(trx, cohort.id, [...found.keys()]);
          const candidates: BatchCandidate[] = [...found.values()].map((inmate) => ({
            // Spread so that facts the eligibility rules add later flow from the records unchanged.
            inmate: { ...inmate, domicileRegencyCode: inmateDomicile(inmate) },
            context: facts.contextOf(inmate.id),
          }));
          const checked = checkBatchEligibility(
            { ...cohort, rules: cohort.eligibility },
            candidates,
            facts.enrolledCount,
          );
          const byInmate = new Map([...found.keys()].map((id, k) => [id, checked[k]!] as const));
          const outcomes: Outcome[] = inmateIds.map((inmateId, index) => {
            const o = byInmate.get(inmateId);
            if (o === undefined)
              return {
                index,
                inmateId,
                refusal: referenceRefusal("inmateIds", index, "", "inmate in your scope"),
              };
            // The item is the inmate's id itself, whatever field the rule names.
            if (!o.ok)
              return {
                index,
                inmateId,
                refusal: domainRefusal("inmateIds", index, { ...o.error, field: "" }, ""),
              };
            return { index, inmateId, warnings: o.value.warnings };
          });
          const refusals = outcomes.flatMap((o) => ("refusal" in o ? [o.refusal] : []));
          if (dryRun) return { dryRun: true as const, outcomes, admissible: refusals.length === 0 };
          if (refusals.length > 0) throw batchRefused(refusals);
          const made: { enrollment: EnrollmentRecord; warnings: readonly EligibilityWarning[] }[] = [];
          for (const o of outcomes) {
            if ("refusal" in o) continue;
            const created = await writeEnrollment(c, trx, {
              cohortId: cohort.id,
              inmateId: o.inmateId,
              at: now,
            });
            made.push({ enrollment: created, warnings: o.warnings });
          }
          return { dryRun: false as const, made, planned: cohort.plannedSessions };
        });
      if (answer.dryRun)
        return c.json(
          {
            dryRun: true,
            admissible: answer.admissible,
            items: answer.outcomes.map((o) => ({
              index: o.index,
              inmateId: o.inmateId,
              eligible: !("refusal" in o),
              refusal:
                "refusal" in o
                  ? { code: o.refusal.code, message: o.refusal.message, field: o.refusal.field }
                  : null,
              warnings: "refusal" in o ? [] : o.warnings,
            })),
          },
          200,
        );
      return c.json(
        {
          items: answer.made.map((m) => ({
            ...presentEnrollment(m.enrollment, answer.planned),
            warnings: m.warnings,
          })),
        },
        201,
      );
    },
  );
  return r;
}
