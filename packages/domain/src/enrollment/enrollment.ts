import type { CompetencyUnit } from "../program/program.ts";
import type { HistoryEntry } from "../shared/history.ts";

/** Enrollment states: enrolled, then one final state. */
export const ENROLLMENT_STATES = ["enrolled", "completed", "withdrawn", "transferred", "released"] as const;
/** Enrollment state. */
export type EnrollmentState = (typeof ENROLLMENT_STATES)[number];
/** States an enrollment never leaves. */
export const ENROLLMENT_FINAL_STATES: readonly EnrollmentState[] = [
  "completed",
  "withdrawn",
  "transferred",
  "released",
];

/** Assessment results: competent (kompeten) or not yet competent (belum kompeten). */
export const ASSESSMENT_RESULTS = ["competent", "not_yet_competent"] as const;
/** Assessment result. */
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];

/** One competency unit's result in one assessment. */
export interface UnitResult {
  readonly code: string;
  readonly result: AssessmentResult;
}

/** Where one unit of the scheme stands: its latest result and the day of it (null: not assessed yet). */
export interface UnitStanding {
  readonly code: string;
  readonly title: string;
  readonly result: AssessmentResult | null;
  readonly assessedOn: string | null;
}

/**
 * Where an enrollment's assessment stands after the latest one: overall result (competent when every
 * unit of the scheme is), the latest assessor and day, and each unit's latest result. Earlier
 * assessments are kept as records, never overwritten.
 */
export interface Assessment {
  readonly result: AssessmentResult;
  readonly assessor: string;
  readonly assessedOn: string;
  readonly notes?: string | undefined;
  /** Each unit of the scheme; empty for a program without a certification scheme. */
  readonly units: readonly UnitStanding[];
}

/** One assessment as it happened (a history row): who, when, and the results it gave. */
export interface AssessmentRecord {
  readonly assessor: string;
  readonly assessedOn: string;
  readonly notes?: string | undefined;
  /** The units this assessment judged (all of them, or only those re-assessed); empty when uncertified. */
  readonly units: readonly UnitResult[];
  /** The overall result once this assessment is counted. */
  readonly result: AssessmentResult;
}

/** Command: assess an enrollment, per unit for a certified program, as a whole otherwise. */
export interface AssessCommand {
  readonly assessor: string;
  readonly assessedOn: string;
  readonly notes?: string | undefined;
  readonly result?: AssessmentResult | undefined;
  readonly units?: readonly UnitResult[] | undefined;
}

/**
 * The overall result against the scheme's units as they are now: competent only when every unit's latest
 * result is competent (a unit never assessed is not). A standing without unit results (a program without
 * units, or one assessed before units were kept) keeps its own overall result.
 */
export function overallResult(
  a: Assessment | null,
  units: readonly CompetencyUnit[],
): AssessmentResult | null {
  if (a === null) return null;
  if (a.units.length === 0 || units.length === 0) return a.result;
  const byCode = new Map(a.units.map((u) => [u.code, u.result] as const));
  return units.every((u) => byCode.get(u.code) === "competent") ? "competent" : "not_yet_competent";
}

/** Presence at one session day. */
export interface AttendanceRecord {
  readonly sessionDate: string;
  readonly present: boolean;
}

/** An inmate in a cohort. */
export interface Enrollment {
  readonly id: string;
  readonly cohortId: string;
  readonly inmateId: string;
  readonly state: EnrollmentState;
  readonly attendance: readonly AttendanceRecord[];
  readonly assessment: Assessment | null;
  /** Why it ended early (withdrawn, transferred, released). */
  readonly endReason: string | null;
}

/** A successful enrollment move. */
export interface EnrollmentMoved {
  readonly entity: Enrollment;
  readonly history: HistoryEntry<EnrollmentState>;
}

/**
 * Share of sessions attended: present days over the larger of the recorded days and the cohort's
 * planned sessions (so missing records count as absences). 0 when nothing is known yet.
 */
export function attendanceShare(e: Pick<Enrollment, "attendance">, plannedSessions: number | null): number {
  const present = e.attendance.filter((a) => a.present).length;
  const denominator = Math.max(e.attendance.length, plannedSessions ?? 0);
  return denominator === 0 ? 0 : present / denominator;
}
