import type { CompetencyUnit } from "../program/program.ts";
import { historyEntry, type MoveContext } from "../shared/history.ts";
import { assertNever, domainError, err, ok, type Result } from "../shared/result.ts";
import {
  type AssessCommand,
  type Assessment,
  type AssessmentRecord,
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
  /** The scheme's competency units (empty when the program is not certified). */
  readonly competencyUnits: readonly CompetencyUnit[];
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

/** Checks what an assessment must say: per unit of the scheme when certified, one overall result otherwise. */
function checkAssessCommand(cohort: CohortFacts, cmd: AssessCommand): EnrollmentError | null {
  const perUnit = cohort.certified && cohort.competencyUnits.length > 0;
  if (!perUnit) {
    if (cmd.units !== undefined && cmd.units.length > 0)
      return domainError("enrollment/unknown-unit", "the program has no competency units to assess", {
        field: "units",
      });
    if (cmd.result === undefined)
      return domainError(
        "enrollment/result-required",
        "the program is assessed as a whole: give the result",
        {
          field: "result",
        },
      );
    return null;
  }
  if (cmd.result !== undefined)
    return domainError(
      "enrollment/result-from-units",
      "the result follows from the units: competent when every unit is",
      { field: "result" },
    );
  if (cmd.units === undefined || cmd.units.length === 0)
    return domainError("enrollment/units-required", "a certified program is assessed unit by unit", {
      field: "units",
    });
  const known = new Set(cohort.competencyUnits.map((u) => u.code));
  const unknown = cmd.units.findIndex((u) => !known.has(u.code));
  if (unknown >= 0)
    return domainError("enrollment/unknown-unit", "the unit is not one of the scheme's", {
      field: `units.${unknown}.code`,
    });
  return null;
}

/**
 * Records an assessment; only while the enrollment is live and the cohort runs or has just completed.
 * A certified program is assessed per unit: a re-assessment may judge only some units, the others keep
 * their latest result, and the earlier assessment stays as its own record.
 */
export function assessEnrollment(
  e: Enrollment,
  cohort: CohortFacts,
  cmd: AssessCommand,
): Result<{ readonly entity: Enrollment; readonly record: AssessmentRecord }, EnrollmentError> {
  if (e.state !== "enrolled") return err(illegal(e, "assess"));
  if (cohort.state !== "running" && cohort.state !== "completed")
    return err(
      domainError("enrollment/cohort-not-running", "assessment happens while the cohort runs or at its end"),
    );
  const refused = checkAssessCommand(cohort, cmd);
  if (refused) return err(refused);
  const notes = cmd.notes === undefined ? {} : { notes: cmd.notes };
  const given = new Map((cmd.units ?? []).map((u) => [u.code, u.result] as const));
  const earlier = new Map((e.assessment?.units ?? []).map((u) => [u.code, u] as const));
  const units = cohort.certified
    ? cohort.competencyUnits.map((u) => {
        const now = given.get(u.code);
        if (now !== undefined)
          return { code: u.code, title: u.title, result: now, assessedOn: cmd.assessedOn };
        const before = earlier.get(u.code);
        return {
          code: u.code,
          title: u.title,
          result: before?.result ?? null,
          assessedOn: before?.assessedOn ?? null,
        };
      })
    : [];
  const result =
    units.length > 0
      ? units.every((u) => u.result === "competent")
        ? "competent"
        : "not_yet_competent"
      : (cmd.result ?? "not_yet_competent");
  const assessment: Assessment = {
    result,
    assessor: cmd.assessor,
    assessedOn: cmd.assessedOn,
    ...notes,
    units,
  };
  return ok({
    entity: { ...e, assessment },
    record: { assessor: cmd.assessor, assessedOn: cmd.assessedOn, ...notes, units: cmd.units ?? [], result },
  });
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
