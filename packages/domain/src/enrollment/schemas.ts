import * as v from "valibot";
import { IdSchema, IsoDateSchema, IsoInstantSchema, textSchema } from "../shared/schemas.ts";
import { ASSESSMENT_RESULTS, ENROLLMENT_STATES } from "./enrollment.ts";

/** Command: enrol an inmate in a cohort. */
export const EnrollSchema = v.strictObject({ inmateId: IdSchema });

/** Command: record attendance for one or more session days. */
export const RecordAttendanceSchema = v.strictObject({
  sessions: v.pipe(
    v.array(v.strictObject({ sessionDate: IsoDateSchema, present: v.boolean("must be true or false") })),
    v.minLength(1, "must list at least one session"),
    v.maxLength(400),
    v.check((s) => new Set(s.map((x) => x.sessionDate)).size === s.length, "must list each day once"),
  ),
});

/** Command: record the assessment. */
export const AssessSchema = v.strictObject({
  result: v.picklist(ASSESSMENT_RESULTS, "must be competent or not_yet_competent"),
  assessor: textSchema(200),
  assessedOn: IsoDateSchema,
  notes: v.optional(textSchema(2000)),
});

/** Command: end an enrollment early (withdraw, transfer, release). */
export const EndEnrollmentSchema = v.strictObject({ reason: textSchema(1000) });

/** An enrollment as the API returns it. */
export const EnrollmentSchema = v.object({
  id: IdSchema,
  cohortId: IdSchema,
  inmateId: IdSchema,
  state: v.picklist(ENROLLMENT_STATES),
  attendance: v.array(v.object({ sessionDate: IsoDateSchema, present: v.boolean() })),
  attendanceShare: v.number(),
  assessment: v.nullable(
    v.object({
      result: v.picklist(ASSESSMENT_RESULTS),
      assessor: v.string(),
      assessedOn: IsoDateSchema,
      notes: v.optional(v.string()),
    }),
  ),
  endReason: v.nullable(v.string()),
  enrolledAt: IsoInstantSchema,
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});

/** The answer to an enrolment: the enrollment and any warnings (e.g. release before the cohort ends). */
export const EnrolledSchema = v.object({
  ...EnrollmentSchema.entries,
  warnings: v.array(v.object({ code: v.string(), message: v.string() })),
});
