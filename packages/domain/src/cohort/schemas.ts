import * as v from "valibot";
import { LegalStatusSchema } from "../inmate/schemas.ts";
import {
  IdSchema,
  IsoDateSchema,
  IsoInstantSchema,
  RegencyCodeSchema,
  textSchema,
} from "../shared/schemas.ts";
import { COHORT_STATES } from "./cohort.ts";

/** A cohort state. */
export const CohortStateSchema = v.picklist(COHORT_STATES, `must be one of ${COHORT_STATES.join(", ")}`);

/** An instructor: name and optional role. */
export const InstructorSchema = v.strictObject({
  name: textSchema(200),
  role: v.optional(textSchema(200)),
});

/** Eligibility rules of a cohort. */
export const EligibilityRulesSchema = v.strictObject({
  legalStatuses: v.optional(v.pipe(v.array(LegalStatusSchema), v.minLength(1, "must name at least one"))),
  domicileRegencyCodes: v.optional(
    v.pipe(
      v.array(RegencyCodeSchema),
      v.minLength(1, "must name at least one"),
      v.maxLength(100, "must name at most 100"),
    ),
  ),
  minRemainingSentenceDays: v.optional(
    v.pipe(v.number(), v.integer("must be whole days"), v.minValue(0, "must not be negative")),
  ),
});

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
export const CreateCohortSchema = v.strictObject({
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
});
/** Command: plan a cohort. */
export type CreateCohort = v.InferOutput<typeof CreateCohortSchema>;

/** Command: change a cohort (any subset; null clears place or planned sessions). */
export const UpdateCohortSchema = v.strictObject({
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
});
/** Command: change a cohort. */
export type UpdateCohort = v.InferOutput<typeof UpdateCohortSchema>;

/** Body of open, start and complete: an optional note kept in the history. */
export const CohortMoveNoteSchema = v.strictObject({ reason: v.optional(textSchema(1000)) });
/** Body of open, start and complete. */
export type CohortMoveNote = v.InferOutput<typeof CohortMoveNoteSchema>;

/** Body of cancel: the reason is required. */
export const CancelCohortSchema = v.strictObject({ reason: textSchema(1000) });
/** Body of cancel. */
export type CancelCohort = v.InferOutput<typeof CancelCohortSchema>;

/** A cohort as the API returns it. */
export const CohortSchema = v.object({
  id: IdSchema,
  programId: IdSchema,
  facilityId: IdSchema,
  name: v.string(),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  capacity: v.number(),
  place: v.nullable(v.string()),
  instructors: v.array(v.object({ name: v.string(), role: v.optional(v.string()) })),
  eligibility: v.object({
    legalStatuses: v.optional(v.array(v.string())),
    domicileRegencyCodes: v.optional(v.array(v.string())),
    minRemainingSentenceDays: v.optional(v.number()),
  }),
  plannedSessions: v.nullable(v.number()),
  state: CohortStateSchema,
  allowedMoves: v.array(v.string()),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});

/** One stored lifecycle move of a cohort. */
export const CohortHistoryEntrySchema = v.object({
  at: IsoInstantSchema,
  actor: v.string(),
  from: v.nullable(CohortStateSchema),
  to: CohortStateSchema,
  reason: v.optional(v.string()),
});
