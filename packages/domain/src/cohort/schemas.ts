import * as v from "valibot";
import { LegalStatusSchema } from "../inmate/schemas.ts";
import { ServedShareSchema } from "../inmate/sentence-schemas.ts";
import {
  described,
  describedPicklist,
  HISTORY_ENTRY_FIELDS,
  IdSchema,
  INT4_MAX,
  IsoDateSchema,
  IsoInstantSchema,
  integerSchema,
  RECORD_FIELDS,
  RegencyCodeSchema,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import { COHORT_STATES } from "./cohort.ts";
import { COHORT_MOVES } from "./lifecycle.ts";

/** A cohort state. */
export const CohortStateSchema = describedPicklist(
  COHORT_STATES,
  {
    planned: "Planned; its program, dates and capacity may still change.",
    open: "Open for enrolment.",
    running: "Training under way: attendance and assessments are recorded.",
    completed: "Finished.",
    cancelled: "Cancelled, with the reason.",
  },
  `must be one of ${COHORT_STATES.join(", ")}`,
);

const INSTRUCTOR_FIELDS = {
  name: "The instructor's name.",
  role: "Their role or organisation, e.g. Instruktur BLK Medan.",
} as const;

/** An instructor: name and optional role. */
export const InstructorSchema = v.strictObject(
  described(
    {
      name: textSchema(200),
      role: v.optional(textSchema(200)),
    },
    INSTRUCTOR_FIELDS,
  ),
);

const ELIGIBILITY_FIELDS = {
  legalStatuses: "Only inmates of these legal statuses may enrol; any when absent.",
  domicileRegencyCodes: "Only inmates domiciled in these regencies or cities may enrol; any when absent.",
  minRemainingSentenceDays:
    "Only inmates with at least this many days of their sentence left at the cohort's start may enrol " +
    "(by the expected release; 0: not released before the start, which is refused anyway).",
  minSentenceServed:
    "Only convicts who have served this share of their sentence by the cohort's start may enrol " +
    "(by the ½ or ⅔ date computed from their sentence facts; without them, refused).",
} as const;

/** Eligibility rules of a cohort. */
export const EligibilityRulesSchema = v.strictObject(
  described(
    {
      legalStatuses: v.optional(v.pipe(v.array(LegalStatusSchema), v.minLength(1, "must name at least one"))),
      domicileRegencyCodes: v.optional(
        v.pipe(
          v.array(RegencyCodeSchema),
          v.minLength(1, "must name at least one"),
          v.maxLength(100, "must name at most 100"),
        ),
      ),
      minRemainingSentenceDays: v.optional(
        v.pipe(
          v.number(),
          v.integer("must be whole days"),
          v.minValue(0, "must not be negative"),
          v.maxValue(INT4_MAX, `must be at most ${INT4_MAX}`),
        ),
      ),
      minSentenceServed: v.optional(ServedShareSchema),
    },
    ELIGIBILITY_FIELDS,
  ),
);

const FIELDS = {
  ...RECORD_FIELDS,
  programId: "The program taught; fixed once the cohort is open.",
  facilityId: "The facility where it runs.",
  name: "The cohort's name, e.g. Angkatan I Barista 2026.",
  startDate: "Its first day.",
  endDate: "Its last day (not before the first).",
  capacity: "How many inmates it takes.",
  place: "Where it is held, e.g. Bengkel Kerja Rutan; null when not recorded.",
  instructors: "Who teaches it.",
  eligibility: "Who may enrol.",
  plannedSessions: "How many sessions are planned; null when not set.",
  state: "Its lifecycle state.",
  allowedMoves: "The lifecycle moves possible from its state (open, start, complete, cancel).",
  reason: "A note kept in the cohort's history.",
} as const;

const Capacity = v.pipe(
  v.number("must be a number"),
  v.integer("must be a whole number"),
  v.minValue(1, "must be at least 1"),
  v.maxValue(10_000, "must be at most 10000"),
);
const Sessions = v.pipe(
  v.number("must be a number"),
  v.integer("must be a whole number"),
  v.minValue(1, "must be at least 1"),
  v.maxValue(1000, "must be at most 1000"),
);
const Instructors = v.pipe(v.array(InstructorSchema), v.maxLength(50, "must list at most 50"));

/** Command: plan a cohort. */
export const CreateCohortSchema = v.strictObject(
  described(
    {
      programId: IdSchema,
      facilityId: IdSchema,
      name: textSchema(200),
      startDate: IsoDateSchema,
      endDate: IsoDateSchema,
      capacity: Capacity,
      place: v.optional(textSchema(200)),
      instructors: v.optional(Instructors),
      eligibility: v.optional(EligibilityRulesSchema),
      plannedSessions: v.optional(Sessions),
    },
    FIELDS,
  ),
);
/** Command: plan a cohort. */
export type CreateCohort = v.InferOutput<typeof CreateCohortSchema>;

/** Command: change a cohort (any subset; null clears place or planned sessions). */
export const UpdateCohortSchema = v.strictObject(
  described(
    {
      programId: v.optional(IdSchema),
      facilityId: v.optional(IdSchema),
      name: v.optional(textSchema(200)),
      startDate: v.optional(IsoDateSchema),
      endDate: v.optional(IsoDateSchema),
      capacity: v.optional(Capacity),
      place: v.optional(v.nullable(textSchema(200))),
      instructors: v.optional(Instructors),
      eligibility: v.optional(EligibilityRulesSchema),
      plannedSessions: v.optional(v.nullable(Sessions)),
    },
    FIELDS,
  ),
);
/** Command: change a cohort. */
export type UpdateCohort = v.InferOutput<typeof UpdateCohortSchema>;

/** Body of open, start and complete: an optional note kept in the history. */
export const CohortMoveNoteSchema = v.strictObject(
  described({ reason: v.optional(textSchema(1000)) }, FIELDS),
);
/** Body of open, start and complete. */
export type CohortMoveNote = v.InferOutput<typeof CohortMoveNoteSchema>;

/** Body of cancel: the reason is required. */
export const CancelCohortSchema = v.strictObject(
  described({ reason: textSchema(1000) }, { reason: "Why the cohort is cancelled." }),
);
/** Body of cancel. */
export type CancelCohort = v.InferOutput<typeof CancelCohortSchema>;

/** A cohort as the API returns it. */
export const CohortSchema = v.object(
  described(
    {
      id: IdSchema,
      programId: IdSchema,
      facilityId: IdSchema,
      name: v.string(),
      startDate: IsoDateSchema,
      endDate: IsoDateSchema,
      capacity: Capacity,
      place: v.nullable(v.string()),
      instructors: v.array(
        v.object(described({ name: v.string(), role: v.optional(v.string()) }, INSTRUCTOR_FIELDS)),
      ),
      eligibility: v.object(
        described(
          {
            legalStatuses: v.optional(v.array(LegalStatusSchema)),
            domicileRegencyCodes: v.optional(v.array(v.string())),
            minRemainingSentenceDays: v.optional(integerSchema(0)),
            minSentenceServed: v.optional(ServedShareSchema),
          },
          ELIGIBILITY_FIELDS,
        ),
      ),
      plannedSessions: v.nullable(Sessions),
      state: CohortStateSchema,
      allowedMoves: v.array(
        describedPicklist(COHORT_MOVES, {
          open: "Open it for enrolment (planned -> open).",
          start: "Start the training (open -> running).",
          complete: "Finish it (running -> completed).",
          cancel: "Cancel it with a reason (from planned, open or running).",
        }),
      ),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);

/** One stored lifecycle move of a cohort. */
export const CohortHistoryEntrySchema = v.object(
  described(
    {
      at: IsoInstantSchema,
      actor: v.string(),
      from: v.nullable(CohortStateSchema),
      to: CohortStateSchema,
      reason: v.optional(v.string()),
    },
    HISTORY_ENTRY_FIELDS,
  ),
);
