import {
  type CohortRecord,
  type EnrollmentRecord,
  type Executor,
  findCohort,
  findEnrollment,
  findProgram,
} from "@sinergi/db";
import { attendanceShare, type CohortFacts, DEFAULT_MIN_ATTENDANCE_SHARE } from "@sinergi/domain";
import type { Context } from "hono";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { notFound } from "../../http/problem.ts";

/** An enrollment with its attendance share, as the API returns it. */
export function presentEnrollment(
  e: EnrollmentRecord,
  plannedSessions: number | null,
): EnrollmentRecord & { readonly attendanceShare: number } {
  // Named field by field (the type asks for each): `e` may be a read carrying its planned sessions, which
  // the answer leaves out, and a list presents fifty of these, so no rest-and-spread copies.
  return {
    id: e.id,
    cohortId: e.cohortId,
    inmateId: e.inmateId,
    state: e.state,
    attendance: e.attendance,
    assessment: e.assessment,
    endReason: e.endReason,
    enrolledAt: e.enrolledAt,
    revision: e.revision,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    attendanceShare: Math.round(attendanceShare(e, plannedSessions) * 1000) / 1000,
  };
}

/** What the enrollment moves need from the cohort and its program. */
export async function cohortFacts(
  db: Executor,
  cohort: CohortRecord,
): Promise<CohortFacts & { programName: string }> {
  const program = await findProgram(db, cohort.programId);
  return {
    state: cohort.state,
    startDate: cohort.startDate,
    endDate: cohort.endDate,
    plannedSessions: cohort.plannedSessions,
    minAttendanceShare: program?.minAttendanceShare ?? DEFAULT_MIN_ATTENDANCE_SHARE,
    certified: program?.certificationScheme != null,
    competencyUnits: program?.certificationScheme?.competencyUnits ?? [],
    programName: program?.name ?? "",
  };
}

/** The cohort if visible to the caller, else 404 (the same for missing and out of scope). */
export async function visibleCohort(c: Context<AppEnv>, id: string, db: Executor, forUpdate = false) {
  const cohort = await findCohort(db, id, { forUpdate, viewer: viewerOf(c) });
  if (!cohort) throw notFound("Cohort");
  return cohort;
}

/** The enrollment and its cohort if visible to the caller, else 404. */
export async function visibleEnrollment(c: Context<AppEnv>, id: string, db: Executor, forUpdate = false) {
  const enrollment = await findEnrollment(db, id, { forUpdate, viewer: viewerOf(c) });
  if (!enrollment) throw notFound("Enrollment");
  const cohort = await findCohort(db, enrollment.cohortId);
  if (!cohort) throw notFound("Enrollment");
  return { enrollment, cohort };
}
