import {
  activeCohortsOfInmates,
  appendHistory,
  countCohortEnrollments,
  ENROLLMENT_ENTITY,
  type EnrollmentRecord,
  type Executor,
  inmatesEnrolledIn,
  insertEnrollment,
} from "@sinergi/db";
import type { EligibilityContext } from "@sinergi/domain";
import type { Context } from "hono";
import { audit } from "../../access/audit.ts";
import type { AppEnv } from "../../context.ts";

/** What the eligibility rules read from other records: the cohort's count, and each inmate's enrolments. */
export interface EligibilityFacts {
  readonly enrolledCount: number;
  /** An inmate's context: already in this cohort, and the other cohorts it is live in. */
  readonly contextOf: (inmateId: string) => Omit<EligibilityContext, "enrolledCount">;
}

/** Loads the eligibility facts of one cohort for one inmate or many (one query each, not one per inmate). */
export async function eligibilityFacts(
  trx: Executor,
  cohortId: string,
  inmateIds: readonly string[],
): Promise<EligibilityFacts> {
  const enrolled = await inmatesEnrolledIn(trx, cohortId, inmateIds);
  const active = await activeCohortsOfInmates(trx, inmateIds);
  return {
    enrolledCount: await countCohortEnrollments(trx, cohortId),
    contextOf: (id) => ({ alreadyEnrolled: enrolled.has(id), otherActiveCohorts: active.get(id) ?? [] }),
  };
}

/** Writes one enrolment already found eligible: the record, its first history entry and its audit entry. */
export async function writeEnrollment(
  c: Context<AppEnv>,
  trx: Executor,
  enrol: { readonly cohortId: string; readonly inmateId: string; readonly at: string },
): Promise<EnrollmentRecord> {
  const created = await insertEnrollment(
    trx,
    {
      id: c.get("newId")(),
      cohortId: enrol.cohortId,
      inmateId: enrol.inmateId,
      state: "enrolled",
      attendance: [],
      assessment: null,
      endReason: null,
    },
    enrol.at,
  );
  await appendHistory(trx, ENROLLMENT_ENTITY, created.id, {
    at: enrol.at,
    actor: c.get("actor"),
    from: null,
    to: "enrolled",
  });
  // One audit entry per enrolment, a batch's as if each had been enrolled on its own.
  await audit(trx, c, {
    action: "create",
    resourceType: "enrollment",
    resourceId: created.id,
    before: null,
    after: created,
  });
  return created;
}
