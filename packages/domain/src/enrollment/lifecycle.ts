import { historyEntry, type MoveContext } from "../shared/history.ts";
import { assertNever, domainError, err, ok, type Result } from "../shared/result.ts";
import {
  type Assessment,
  type AttendanceRecord,
  attendanceShare,
  type Enrollment,
  type EnrollmentMoved,
  type EnrollmentState,
} from "./enrollment.ts";
import type { EnrollmentError } from "./errors.ts";

/** What the moves need to know about the cohort and its program. */
export interface CohortFacts {
  readonly state: "planned" | "open" | "running" | "completed" | "cancelled";
  readonly startDate: string;
  readonly endDate: string;
  readonly plannedSessions: number | null;
  readonly minAttendanceShare: number;
  readonly certified: boolean;
}

/** Moves that end an enrollment early, each needing a reason. */
export const ENDING_MOVES = ["withdraw", "transfer", "release"] as const;
/** A move that ends an enrollment early. */
export type EndingMove = (typeof ENDING_MOVES)[number];

const endState = (m: EndingMove): EnrollmentState => {
  switch (m) {
    case "withdraw":
      return "withdrawn";
    case "transfer":
      return "transferred";
    case "release":
      return "released";
    default:
      return assertNever(m);
  }
};

function illegal(e: Enrollment, move: string): EnrollmentError {
  return domainError("enrollment/illegal-transition", `cannot ${move} a ${e.state} enrollment`, {
    detail: { from: e.state, move },
  });
}

/** Records presence for session days (replacing earlier marks of the same day); only while the cohort runs. */
export function recordAttendance(
  e: Enrollment,
  cohort: CohortFacts,
  sessions: readonly AttendanceRecord[],
): Result<Enrollment, EnrollmentError> {
  if (e.state !== "enrolled") return err(illegal(e, "record attendance for"));
  if (cohort.state !== "running")
    return err(
      domainError("enrollment/cohort-not-running", "attendance is recorded only while the cohort runs"),
    );
  const outside = sessions.findIndex(
    (s) => s.sessionDate < cohort.startDate || s.sessionDate > cohort.endDate,
  );
  if (outside >= 0)
    return err(
      domainError("enrollment/session-outside-cohort", "the session day is outside the cohort's dates", {
        field: `sessions.${outside}.sessionDate`,
      }),
    );
  const byDay = new Map(e.attendance.map((a) => [a.sessionDate, a] as const));
  for (const s of sessions) byDay.set(s.sessionDate, s);
  const attendance = [...byDay.values()].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate));
  return ok({ ...e, attendance });
}

/** Records the assessment; only while the cohort runs or at its completion. */
export function assessEnrollment(
  e: Enrollment,
  cohort: CohortFacts,
  assessment: Assessment,
): Result<Enrollment, EnrollmentError> {
  if (e.state !== "enrolled") return err(illegal(e, "assess"));
  if (cohort.state !== "running" && cohort.state !== "completed")
    return err(
      domainError("enrollment/cohort-not-running", "assessment happens while the cohort runs or at its end"),
    );
  return ok({ ...e, assessment });
}

/** enrolled -> completed: needs the minimum attendance share and, for a certified program, an assessment. */
export function completeEnrollment(
  e: Enrollment,
  cohort: CohortFacts,
  ctx: MoveContext,
): Result<EnrollmentMoved, EnrollmentError> {
  if (e.state !== "enrolled") return err(illegal(e, "complete"));
  if (cohort.state !== "running" && cohort.state !== "completed")
    return err(
      domainError("enrollment/cohort-not-running", "an enrollment completes with its running cohort"),
    );
  const share = attendanceShare(e, cohort.plannedSessions);
  if (share < cohort.minAttendanceShare)
    return err(
      domainError("enrollment/attendance-below-minimum", "attendance is below the program's minimum", {
        detail: { share: Math.round(share * 1000) / 1000, minimum: cohort.minAttendanceShare },
      }),
    );
  if (cohort.certified && e.assessment === null)
    return err(
      domainError("enrollment/assessment-required", "a certified program needs an assessment first"),
    );
  return ok({ entity: { ...e, state: "completed" }, history: historyEntry(ctx, e.state, "completed") });
}

/** enrolled -> withdrawn | transferred | released, with a reason. */
export function endEnrollment(
  e: Enrollment,
  move: EndingMove,
  reason: string,
  ctx: MoveContext,
): Result<EnrollmentMoved, EnrollmentError> {
  if (e.state !== "enrolled") return err(illegal(e, move));
  if (reason.trim() === "")
    return err(
      domainError("enrollment/reason-required", `a reason is needed to ${move}`, { field: "reason" }),
    );
  const to = endState(move);
  return ok({
    entity: { ...e, state: to, endReason: reason },
    history: historyEntry({ ...ctx, reason }, e.state, to),
  });
}
