import type { ServedShare } from "../inmate/sentence.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { CohortError } from "./errors.ts";

/** Lifecycle states of a cohort (angkatan). */
export const COHORT_STATES = ["planned", "open", "running", "completed", "cancelled"] as const;
/** A cohort's state. */
export type CohortState = (typeof COHORT_STATES)[number];

/** An instructor of a cohort. */
export interface Instructor {
  readonly name: string;
  readonly role?: string | undefined;
}

/**
 * Who may enrol: legal statuses, domicile regencies, minimum sentence left at the cohort's start, and
 * the share of the sentence served by then.
 */
export interface EligibilityRules {
  readonly legalStatuses?: readonly ("detainee" | "convict")[] | undefined;
  readonly domicileRegencyCodes?: readonly string[] | undefined;
  readonly minRemainingSentenceDays?: number | undefined;
  readonly minSentenceServed?: ServedShare | undefined;
}

/** One run of a program at a facility. */
export interface Cohort {
  readonly id: string;
  readonly programId: string;
  readonly facilityId: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly capacity: number;
  readonly place: string | null;
  readonly instructors: readonly Instructor[];
  readonly eligibility: EligibilityRules;
  /** Number of sessions planned, when known. */
  readonly plannedSessions: number | null;
  readonly state: CohortState;
}

/** Checks the invariants a schema cannot: the cohort ends on or after it starts. */
export function validateCohort(c: Cohort): Result<Cohort, CohortError> {
  if (c.endDate < c.startDate)
    return err(
      domainError("cohort/invalid-dates", "the end date lies before the start date", {
        field: "endDate",
        detail: { startDate: c.startDate, endDate: c.endDate },
      }),
    );
  return ok(c);
}

/** Fields a cohort is planned with. */
export interface NewCohort {
  readonly programId: string;
  readonly facilityId: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly capacity: number;
  readonly place?: string | undefined;
  readonly instructors?: readonly Instructor[] | undefined;
  readonly eligibility?: EligibilityRules | undefined;
  readonly plannedSessions?: number | undefined;
}

/** Plans a cohort (state planned). */
export function createCohort(id: string, cmd: NewCohort): Result<Cohort, CohortError> {
  return validateCohort({
    id,
    programId: cmd.programId,
    facilityId: cmd.facilityId,
    name: cmd.name,
    startDate: cmd.startDate,
    endDate: cmd.endDate,
    capacity: cmd.capacity,
    place: cmd.place ?? null,
    instructors: cmd.instructors ?? [],
    eligibility: cmd.eligibility ?? {},
    plannedSessions: cmd.plannedSessions ?? null,
    state: "planned",
  });
}

/** A partial change; null clears place or planned sessions. */
export interface CohortPatch {
  readonly programId?: string | undefined;
  readonly facilityId?: string | undefined;
  readonly name?: string | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly capacity?: number | undefined;
  readonly place?: string | null | undefined;
  readonly instructors?: readonly Instructor[] | undefined;
  readonly eligibility?: EligibilityRules | undefined;
  readonly plannedSessions?: number | null | undefined;
}

/** Fields that stop being editable once a cohort leaves planning (enrolment or teaching relies on them). */
const FROZEN_FROM: Readonly<Record<CohortState, readonly (keyof CohortPatch)[]>> = {
  planned: [],
  open: ["programId", "facilityId"],
  running: ["programId", "facilityId", "startDate", "eligibility"],
  completed: [],
  cancelled: [],
};

/** Applies a change: nothing changes after completion or cancellation, and less once enrolment opens. */
export function updateCohort(c: Cohort, patch: CohortPatch): Result<Cohort, CohortError> {
  const changed = (Object.keys(patch) as (keyof CohortPatch)[]).filter((k) => patch[k] !== undefined);
  if ((c.state === "completed" || c.state === "cancelled") && changed.length > 0)
    return err(
      domainError("cohort/not-editable", `a ${c.state} cohort cannot be changed`, {
        detail: { state: c.state },
      }),
    );
  const frozen = changed.find((k) => FROZEN_FROM[c.state].includes(k));
  if (frozen !== undefined)
    return err(
      domainError("cohort/not-editable", `${frozen} cannot change once the cohort is ${c.state}`, {
        detail: { state: c.state, field: frozen },
      }),
    );
  const pick = <K extends keyof CohortPatch & keyof Cohort>(k: K): Cohort[K] =>
    (patch[k] === undefined ? c[k] : patch[k]) as Cohort[K];
  return validateCohort({
    ...c,
    programId: pick("programId"),
    facilityId: pick("facilityId"),
    name: pick("name"),
    startDate: pick("startDate"),
    endDate: pick("endDate"),
    capacity: pick("capacity"),
    place: pick("place"),
    instructors: pick("instructors"),
    eligibility: pick("eligibility"),
    plannedSessions: pick("plannedSessions"),
  });
}
