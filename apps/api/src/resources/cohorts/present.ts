import type { CohortRecord, Executor } from "@sinergi/db";
import { allowedCohortMoves, type Cohort, IdSchema } from "@sinergi/domain";
import type { Context } from "hono";
import * as v from "valibot";
import { authRequired } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { facilityInScope } from "../inmates/facility-scope.ts";

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

/** True when the caller may see the cohort: its facility is in scope, or a partner teaches its program. */
export async function cohortVisible(
  c: Context<AppEnv>,
  cohort: Cohort,
  db: Executor = c.get("db"),
): Promise<boolean> {
  const p = c.get("principal");
  if (!p) throw authRequired();
  if (p.scope.kind === "partner") {
    const program = await db
      .selectFrom("programs")
      .select("providerPartnerId")
      .where("id", "=", cohort.programId)
      .executeTakeFirst();
    return program?.providerPartnerId === p.scope.partnerId;
  }
  return facilityInScope(c, cohort.facilityId, db);
}
