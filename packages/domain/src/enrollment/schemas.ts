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
  result:
    "The overall outcome: for a certified program it follows from the units (competent when every unit is); " +
    "otherwise it is given.",
  assessor: "Who assessed, e.g. Asesor LSP.",
  assessedOn: "The day of the assessment.",
  notes: "Notes on the assessment.",
  units: "Each competency unit of the scheme with its latest result; empty for a program without units.",
} as const;

const UNIT_RESULT_FIELDS = {
  code: "The unit's SKKNI code, one of the scheme's.",
  result: "The unit's result: competent (kompeten) or not yet competent (belum kompeten).",
} as const;

const UNIT_STANDING_FIELDS = {
  code: "The unit's SKKNI code.",
  title: "The unit's title.",
  result: "The unit's latest result; null when it has not been assessed yet.",
  assessedOn: "The day of the unit's latest result; null when it has not been assessed yet.",
} as const;

/** One unit's result in an assessment. */
export const UnitResultSchema = v.strictObject(
  described({ code: textSchema(60), result: ResultSchema }, UNIT_RESULT_FIELDS),
);

/** The units judged in one assessment: at least one, each unit once. */
export const UnitResultsSchema = v.pipe(
  v.array(UnitResultSchema),
  v.minLength(1, "must list at least one unit"),
  v.maxLength(100, "must list at most 100 units"),
  v.check((u) => new Set(u.map((x) => x.code)).size === u.length, "must list each unit once"),
);

const FIELDS = {
  ...RECORD_FIELDS,
  cohortId: "The cohort.",
  inmateId: "The inmate enrolled.",
  state: "Its lifecycle state.",
  attendance: "Attendance, one entry per session day.",
  attendanceShare: "Share of the cohort's sessions attended so far, 0 to 1.",
  assessment:
    "Where the assessment stands: the latest assessor and day, each unit's latest result, and the overall " +
    "result; null until assessed (every assessment is kept, see its assessments).",
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

/** The fields of an assessment command (also one item of a bulk assessment). */
export const ASSESS_ENTRIES = described(
  {
    units: v.optional(UnitResultsSchema),
    result: v.optional(ResultSchema),
    assessor: textSchema(200),
    assessedOn: IsoDateSchema,
    notes: v.optional(textSchema(2000)),
  },
  {
    ...ASSESSMENT_FIELDS,
    units:
      "For a certified program, the units judged and their results: every unit at the first assessment, or " +
      "only those re-assessed later (the others keep their latest result).",
    result: "For a program without competency units only: the overall result.",
  },
);

/** Command: record an assessment (per unit for a certified program; earlier assessments are kept). */
export const AssessSchema = v.strictObject(ASSESS_ENTRIES);

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
              units: v.array(
                v.object(
                  described(
                    {
                      code: v.string(),
                      title: v.string(),
                      result: v.nullable(ResultSchema),
                      assessedOn: v.nullable(IsoDateSchema),
                    },
                    UNIT_STANDING_FIELDS,
                  ),
                ),
              ),
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

/** One assessment as it happened, as the API returns it (an enrollment's assessment history). */
export const AssessmentRecordSchema = v.object(
  described(
    {
      id: IdSchema,
      sequence: v.pipe(v.number(), v.integer(), v.minValue(1)),
      assessor: v.string(),
      assessedOn: IsoDateSchema,
      notes: v.nullable(v.string()),
      units: v.array(v.object(described({ code: v.string(), result: ResultSchema }, UNIT_RESULT_FIELDS))),
      result: ResultSchema,
      recordedAt: IsoInstantSchema,
      recordedBy: v.string(),
    },
    {
      id: "The assessment record's id.",
      sequence: "1 for the first assessment of the enrollment, 2 for the re-assessment after it, and so on.",
      assessor: ASSESSMENT_FIELDS.assessor,
      assessedOn: ASSESSMENT_FIELDS.assessedOn,
      notes: "Notes on the assessment; null for none.",
      units: "The units this assessment judged, with their results; empty for a program without units.",
      result: "The overall result once this assessment was counted.",
      recordedAt: "When it was recorded.",
      recordedBy: "Who recorded it.",
    },
  ),
);
