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

/** An assessment of an enrollment by an assessor on a day. */
export interface Assessment {
  readonly result: AssessmentResult;
  readonly assessor: string;
  readonly assessedOn: string;
  readonly notes?: string | undefined;
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
