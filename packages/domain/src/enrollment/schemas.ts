import * as v from "valibot";
import {
  described,
  describedPicklist,
  IdSchema,
  IsoDateSchema,
  IsoInstantSchema,
  RECORD_FIELDS,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import { ASSESSMENT_RESULTS, ENROLLMENT_STATES } from "./enrollment.ts";

const ResultSchema = describedPicklist(
  ASSESSMENT_RESULTS,
  {
    competent: "Kompeten: competent in every unit assessed.",
    not_yet_competent: "Belum kompeten: not yet competent; a re-assessment may follow.",
  },
  "must be competent or not_yet_competent",
);

const SESSION_FIELDS = {
  sessionDate: "The day of the session.",
  present: "Whether the inmate attended it.",
} as const;

const ASSESSMENT_FIELDS = {
  result: "The assessment's outcome.",
  assessor: "Who assessed, e.g. Asesor LSP.",
  assessedOn: "The day of the assessment.",
  notes: "Notes on the assessment.",
} as const;

const FIELDS = {
  ...RECORD_FIELDS,
  cohortId: "The cohort.",
  inmateId: "The inmate enrolled.",
  state: "Its lifecycle state.",
  attendance: "Attendance, one entry per session day.",
  attendanceShare: "Share of the cohort's sessions attended so far, 0 to 1.",
  assessment: "The latest assessment; null until assessed (earlier ones stay in the history).",
  endReason: "Why it ended early (withdrawn, transferred, released); null otherwise.",
  enrolledAt: "When the inmate was enrolled.",
  warnings: "Warnings about the enrolment that did not refuse it.",
  sessions: "The sessions to record, each day once.",
  reason: "Why it ends early.",
} as const;

/** Command: enrol an inmate in a cohort. */
export const EnrollSchema = v.strictObject(described({ inmateId: IdSchema }, FIELDS));

/** Command: record attendance for one or more session days. */
export const RecordAttendanceSchema = v.strictObject(
  described(
    {
      sessions: v.pipe(
        v.array(
          v.strictObject(
            described(
              { sessionDate: IsoDateSchema, present: v.boolean("must be true or false") },
              SESSION_FIELDS,
            ),
          ),
        ),
        v.minLength(1, "must list at least one session"),
        v.maxLength(400),
        v.check((s) => new Set(s.map((x) => x.sessionDate)).size === s.length, "must list each day once"),
      ),
    },
    FIELDS,
  ),
);

/** Command: record the assessment. */
export const AssessSchema = v.strictObject(
  described(
    {
      result: ResultSchema,
      assessor: textSchema(200),
      assessedOn: IsoDateSchema,
      notes: v.optional(textSchema(2000)),
    },
    ASSESSMENT_FIELDS,
  ),
);

/** Command: end an enrollment early (withdraw, transfer, release). */
export const EndEnrollmentSchema = v.strictObject(described({ reason: textSchema(1000) }, FIELDS));

/** An enrollment's state as the API accepts and returns it. */
export const EnrollmentStateSchema = describedPicklist(
  ENROLLMENT_STATES,
  {
    enrolled: "Enrolled; attendance and assessment are recorded while the cohort runs.",
    completed: "Completed with enough attendance (and, in a certified program, assessed).",
    withdrawn: "Withdrew before the end, with the reason.",
    transferred: "Transferred to another facility, with the reason.",
    released: "Released before the end, with the reason.",
  },
  `must be one of ${ENROLLMENT_STATES.join(", ")}`,
);

/** An enrollment as the API returns it. */
export const EnrollmentSchema = v.object(
  described(
    {
      id: IdSchema,
      cohortId: IdSchema,
      inmateId: IdSchema,
      state: EnrollmentStateSchema,
      attendance: v.array(
        v.object(described({ sessionDate: IsoDateSchema, present: v.boolean() }, SESSION_FIELDS)),
      ),
      attendanceShare: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      assessment: v.nullable(
        v.object(
          described(
            {
              result: ResultSchema,
              assessor: v.string(),
              assessedOn: IsoDateSchema,
              notes: v.optional(v.string()),
            },
            ASSESSMENT_FIELDS,
          ),
        ),
      ),
      endReason: v.nullable(v.string()),
      enrolledAt: IsoInstantSchema,
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);

/** The answer to an enrolment: the enrollment and any warnings (e.g. release before the cohort ends). */
export const EnrolledSchema = v.object(
  described(
    {
      ...EnrollmentSchema.entries,
      warnings: v.array(
        v.object(
          described(
            { code: v.string(), message: v.string() },
            {
              code: "The warning's code, e.g. enrollment/release-before-end.",
              message: "The warning in plain words.",
            },
          ),
        ),
      ),
    },
    FIELDS,
  ),
);
