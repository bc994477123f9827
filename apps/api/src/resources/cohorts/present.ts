import type { CohortRecord } from "@sinergi/db";
import { allowedCohortMoves, type Cohort, IdSchema } from "@sinergi/domain";
import * as v from "valibot";

/** OpenAPI tag of every cohort route. */
export const tags = ["Cohorts"];
/** Path parameters of one cohort. */
export const IdParams = v.object({ id: IdSchema });

/** A cohort as the API returns it, with the moves its state allows. */
export const presentCohort = (record: CohortRecord) => ({
  ...record,
  allowedMoves: allowedCohortMoves(record.state),
});

/** The domain cohort inside a record (what the audit log keeps). */
export const domainCohort = ({ revision: _r, createdAt: _c, updatedAt: _u, ...c }: CohortRecord): Cohort => c;
