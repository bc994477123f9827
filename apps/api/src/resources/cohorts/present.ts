import type { CohortRecord } from "@sinergi/db";
import { allowedCohortMoves, type Cohort, IdSchema } from "@sinergi/domain";
import * as v from "valibot";

/** OpenAPI tag of every cohort route. */
export const tags = ["Cohorts"];
/** Path parameters of one cohort. */
export const IdParams = v.object({ id: IdSchema });

/** A cohort as the API returns it. */
export interface PresentedCohort extends CohortRecord {
  readonly allowedMoves: ReturnType<typeof allowedCohortMoves>;
}

/**
 * A cohort as the API returns it, with the moves its state allows. Field by field (the type asks for
 * each): spreading a stored row and adding a key costs V8 several times as much, 50 times a page.
 */
export const presentCohort = (r: CohortRecord): PresentedCohort => ({
  id: r.id,
  programId: r.programId,
  facilityId: r.facilityId,
  name: r.name,
  startDate: r.startDate,
  endDate: r.endDate,
  capacity: r.capacity,
  place: r.place,
  instructors: r.instructors,
  eligibility: r.eligibility,
  plannedSessions: r.plannedSessions,
  state: r.state,
  revision: r.revision,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  allowedMoves: allowedCohortMoves(r.state),
});

/** The domain cohort inside a record (what the audit log keeps). */
export const domainCohort = ({ revision: _r, createdAt: _c, updatedAt: _u, ...c }: CohortRecord): Cohort => c;
