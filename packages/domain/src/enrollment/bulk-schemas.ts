import * as v from "valibot";
import { described, IdSchema, IsoDateSchema, RevisionSchema } from "../shared/schemas.ts";
import { BATCH_MAX } from "./batch.ts";
import { ASSESS_ENTRIES, EnrolledSchema, EnrollmentSchema } from "./schemas.ts";

/** A list of 1 to BATCH_MAX items, none naming the same record twice. */
const batchOf = <T extends v.GenericSchema>(item: T, key: (x: v.InferOutput<T>) => string, what: string) =>
  v.pipe(
    v.array(item),
    v.minLength(1, "must list at least one item"),
    v.maxLength(BATCH_MAX, `must list at most ${BATCH_MAX} items; send a larger cohort in several requests`),
    v.check((xs) => new Set(xs.map(key)).size === xs.length, `must name each ${what} once`),
  );

const REVISION =
  "Optional: the enrollment's revision as read (its ETag without quotes); if it has changed since, the whole " +
  "batch is refused and nothing is written.";

/** Command: enrol many inmates in one cohort, all or none; with dryRun, only check each one. */
export const BulkEnrollSchema = v.strictObject(
  described(
    {
      inmateIds: batchOf(IdSchema, (x) => x, "inmate"),
      dryRun: v.optional(v.boolean("must be true or false")),
    },
    {
      inmateIds: `The inmates to enrol, 1 to ${BATCH_MAX}, each once; checked in this order (capacity fills in order).`,
      dryRun:
        "When true nothing is written: the answer gives each inmate's eligibility, refusal and warnings.",
    },
  ),
);
/** Command: enrol many inmates. */
export type BulkEnroll = v.InferOutput<typeof BulkEnrollSchema>;

/** Command: record one session day's attendance for many enrollments of the cohort, all or none. */
export const BulkAttendanceSchema = v.strictObject(
  described(
    {
      sessionDate: IsoDateSchema,
      marks: batchOf(
        v.strictObject(
          described(
            {
              enrollmentId: IdSchema,
              present: v.boolean("must be true or false"),
              revision: v.optional(RevisionSchema),
            },
            {
              enrollmentId: "The enrollment (of this cohort).",
              present: "Whether the inmate attended the session.",
              revision: REVISION,
            },
          ),
        ),
        (x) => x.enrollmentId,
        "enrollment",
      ),
    },
    {
      sessionDate: "The day of the session, within the cohort's dates.",
      marks: `Presence per enrollment, 1 to ${BATCH_MAX}, each enrollment once (a mark replaces that day's earlier one).`,
    },
  ),
);
/** Command: record a session's attendance. */
export type BulkAttendance = v.InferOutput<typeof BulkAttendanceSchema>;

/** Command: assess many enrollments of the cohort, all or none. */
export const BulkAssessSchema = v.strictObject(
  described(
    {
      assessments: batchOf(
        v.strictObject({
          ...described(
            { enrollmentId: IdSchema, revision: v.optional(RevisionSchema) },
            { enrollmentId: "The enrollment (of this cohort).", revision: REVISION },
          ),
          ...ASSESS_ENTRIES,
        }),
        (x) => x.enrollmentId,
        "enrollment",
      ),
    },
    {
      assessments: `The assessments, 1 to ${BATCH_MAX}, each enrollment once.`,
    },
  ),
);
/** Command: assess many enrollments. */
export type BulkAssess = v.InferOutput<typeof BulkAssessSchema>;

const REFUSAL_FIELDS = {
  code: "The refusal's code, e.g. enrollment/domicile-not-eligible or validation/reference.",
  message: "The refusal in plain words.",
  field: "The request field it concerns, e.g. inmateIds.3.",
} as const;

/** The answer to a dry run: each inmate's eligibility, refusal and warnings; nothing written. */
export const BulkEnrollPreviewSchema = v.object(
  described(
    {
      dryRun: v.literal(true),
      admissible: v.boolean(),
      items: v.array(
        v.object(
          described(
            {
              index: v.pipe(v.number(), v.integer(), v.minValue(0)),
              inmateId: IdSchema,
              eligible: v.boolean(),
              refusal: v.nullable(
                v.object(
                  described({ code: v.string(), message: v.string(), field: v.string() }, REFUSAL_FIELDS),
                ),
              ),
              warnings: EnrolledSchema.entries.warnings,
            },
            {
              index: "The inmate's position in inmateIds, from 0.",
              inmateId: "The inmate.",
              eligible: "Whether the inmate would be enrolled.",
              refusal: "Why not; null when eligible.",
              warnings: "Warnings that would not refuse the enrolment.",
            },
          ),
        ),
      ),
    },
    {
      dryRun: "Always true: nothing was written.",
      admissible: "Whether the same request without dryRun would enrol every inmate (all or none).",
      items: "One entry per inmate, in the request's order.",
    },
  ),
);

/** The answer to a bulk enrolment: every enrollment made, with its warnings. */
export const BulkEnrolledSchema = v.object(
  described(
    { items: v.array(EnrolledSchema) },
    { items: "The enrollments made, in the request's order, each with its warnings." },
  ),
);

/** The answer to a bulk attendance or assessment: every enrollment as it now reads. */
export const BulkEnrollmentsSchema = v.object(
  described(
    { items: v.array(EnrollmentSchema) },
    { items: "The enrollments written, in the request's order." },
  ),
);
