import type { Cohort, CohortState, EligibilityRules, Instructor } from "@sinergi/domain";
import type { Selectable } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { type Page, paginate } from "../../pagination.ts";
import { recordStore } from "../../record-store.ts";
import type { CohortsTable } from "../../schema/training.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** Entity type under which cohort moves are stored in lifecycle_history. */
export const COHORT_ENTITY = "cohort";

/** A stored cohort: the domain entity plus revision and timestamps. */
export interface CohortRecord extends Cohort {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toCohort = (row: Selectable<CohortsTable>): CohortRecord => ({
  id: row.id,
  programId: row.programId,
  facilityId: row.facilityId,
  name: row.name,
  startDate: row.startDate,
  endDate: row.endDate,
  capacity: row.capacity,
  place: row.place,
  instructors: (row.instructors ?? []) as Instructor[],
  eligibility: (row.eligibility ?? {}) as EligibilityRules,
  plannedSessions: row.plannedSessions,
  state: row.state as CohortState,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const columns = (c: Cohort) => ({
  programId: c.programId,
  facilityId: c.facilityId,
  name: c.name,
  startDate: c.startDate,
  endDate: c.endDate,
  capacity: c.capacity,
  place: c.place,
  instructors: json(c.instructors),
  eligibility: json(c.eligibility),
  plannedSessions: c.plannedSessions,
  state: c.state,
});

/** Filters and order for listing cohorts. */
export interface CohortListQuery {
  readonly programId?: string | undefined;
  readonly facilityId?: string | undefined;
  /** Who is looking: only what it may see is listed (undefined: the system, which sees all). */
  readonly viewer?: Viewer;
  readonly state?: CohortState | undefined;
  /** Cohorts still running on or after this date (end date >= from). */
  readonly from?: string | undefined;
  /** Cohorts started on or before this date (start date <= to). */
  readonly to?: string | undefined;
  readonly sort: { readonly field: "startDate" | "name" | "createdAt"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists cohorts with keyset pagination; from/to select cohorts whose dates overlap the range. */
export async function listCohorts(db: Executor, query: CohortListQuery): Promise<Page<CohortRecord>> {
  let qb = db.selectFrom("cohorts").selectAll();
  if (query.programId !== undefined) qb = qb.where("programId", "=", query.programId);
  if (query.facilityId !== undefined) qb = qb.where("facilityId", "=", query.facilityId);
  const seen = seenBy("cohort", query.viewer, "cohorts.id");
  if (seen) qb = qb.where(seen);
  if (query.state !== undefined) qb = qb.where("state", "=", query.state);
  if (query.from !== undefined) qb = qb.where("endDate", ">=", query.from);
  if (query.to !== undefined) qb = qb.where("startDate", "<=", query.to);
  return paginate(
    qb,
    {
      column: query.sort.field,
      columnType: ({ startDate: "date", name: "text", createdAt: "timestamptz" } as const)[query.sort.field],
      idColumn: "id",
      direction: query.sort.direction,
      limit: query.limit,
      cursor: query.cursor,
    },
    toCohort,
  );
}

const store = recordStore<"cohorts", Cohort, CohortRecord>("cohorts", toCohort, columns, "cohort");
/** One cohort, optionally locked for update inside a transaction. */
export const findCohort = store.find;
/** Inserts a cohort. */
export const insertCohort = store.insert;
/** Writes the whole cohort and bumps the revision. */
export const saveCohort = store.save;

/** The planned sessions of each of these cohorts (null where none are planned or the cohort is gone). */
export async function plannedSessionsOf(
  db: Executor,
  cohortIds: readonly string[],
): Promise<Map<string, number | null>> {
  const ids = [...new Set(cohortIds)];
  const rows =
    ids.length === 0
      ? []
      : await db.selectFrom("cohorts").select(["id", "plannedSessions"]).where("id", "in", ids).execute();
  return new Map(rows.map((r) => [r.id, r.plannedSessions]));
}
