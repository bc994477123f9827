import * as v from "valibot";
import { IdSchema, IsoDateSchema, IsoInstantSchema, textSchema } from "../shared/schemas.ts";
import { ATTENDEE_SIDES, ENGAGEMENT_KINDS } from "./engagement.ts";
import { FOLLOW_UP_STATES } from "./follow-up.ts";

/** audience, courtesy_visit, coordination, signing or monitoring. */
export const EngagementKindSchema = v.picklist(
  ENGAGEMENT_KINDS,
  `must be one of ${ENGAGEMENT_KINDS.join(", ")}`,
);
/** open, done or dropped. */
export const FollowUpStateSchema = v.picklist(
  FOLLOW_UP_STATES,
  `must be one of ${FOLLOW_UP_STATES.join(", ")}`,
);

/** A person present: name, role, and the side they came for. */
export const AttendeeSchema = v.strictObject({
  name: textSchema(200),
  role: textSchema(200),
  side: v.picklist(ATTENDEE_SIDES, "must be facility or partner"),
});
/** A person present at an engagement. */
export type AttendeeInput = v.InferOutput<typeof AttendeeSchema>;

const PartnerIds = v.pipe(
  v.array(IdSchema),
  v.minLength(1, "must name at least one partner"),
  v.maxLength(50, "must have at most 50 partners"),
);
const Attendees = v.pipe(v.array(AttendeeSchema), v.maxLength(100, "must have at most 100 attendees"));
const Outcomes = v.pipe(v.array(textSchema(1000)), v.maxLength(50, "must have at most 50 outcomes"));

/** Command: open a follow-up (alone under an engagement, or among an engagement's initial ones). */
export const CreateFollowUpSchema = v.strictObject({
  text: textSchema(1000),
  ownerName: textSchema(200),
  dueDate: IsoDateSchema,
});
/** Command: open a follow-up. */
export type CreateFollowUp = v.InferOutput<typeof CreateFollowUpSchema>;

/** Command: edit an open follow-up. */
export const UpdateFollowUpSchema = v.partial(CreateFollowUpSchema);
/** Command: edit an open follow-up. */
export type UpdateFollowUp = v.InferOutput<typeof UpdateFollowUpSchema>;

/** Command body: mark a follow-up done, with an optional note. */
export const CompleteFollowUpSchema = v.strictObject({ note: v.optional(textSchema(1000)) });
/** Command body: mark a follow-up done. */
export type CompleteFollowUpBody = v.InferOutput<typeof CompleteFollowUpSchema>;

/** Command body: drop a follow-up, with its reason. */
export const DropFollowUpSchema = v.strictObject({ reason: textSchema(1000) });
/** Command body: drop a follow-up. */
export type DropFollowUpBody = v.InferOutput<typeof DropFollowUpSchema>;

/** Command: record an engagement, optionally with its initial follow-ups (stored together). */
export const CreateEngagementSchema = v.strictObject({
  facilityId: IdSchema,
  partnerIds: PartnerIds,
  kind: EngagementKindSchema,
  date: IsoDateSchema,
  place: v.optional(textSchema(300)),
  attendees: v.optional(Attendees),
  summary: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(5000, "must be at most 5000 characters"))),
  outcomes: v.optional(Outcomes),
  followUps: v.optional(
    v.pipe(v.array(CreateFollowUpSchema), v.maxLength(50, "must have at most 50 follow-ups")),
  ),
});
/** Command: record an engagement. */
export type CreateEngagement = v.InferOutput<typeof CreateEngagementSchema>;

/** Command: edit an engagement (the facility is fixed; `place: null` clears the place). */
export const UpdateEngagementSchema = v.strictObject({
  partnerIds: v.optional(PartnerIds),
  kind: v.optional(EngagementKindSchema),
  date: v.optional(IsoDateSchema),
  place: v.optional(v.nullable(textSchema(300))),
  attendees: v.optional(Attendees),
  summary: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(5000, "must be at most 5000 characters"))),
  outcomes: v.optional(Outcomes),
});
/** Command: edit an engagement. */
export type UpdateEngagement = v.InferOutput<typeof UpdateEngagementSchema>;

/** A follow-up as the API returns it, with whether it is overdue today in its facility's time zone. */
export const FollowUpSchema = v.object({
  id: IdSchema,
  engagementId: IdSchema,
  facilityId: IdSchema,
  text: v.string(),
  ownerName: v.string(),
  dueDate: IsoDateSchema,
  status: FollowUpStateSchema,
  closedAt: v.nullable(IsoInstantSchema),
  note: v.nullable(v.string()),
  dropReason: v.nullable(v.string()),
  overdue: v.boolean(),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});

/** An engagement as the API returns it (reads of one engagement include its follow-ups). */
export const EngagementSchema = v.object({
  id: IdSchema,
  facilityId: IdSchema,
  partnerIds: v.array(IdSchema),
  kind: EngagementKindSchema,
  date: IsoDateSchema,
  place: v.nullable(v.string()),
  attendees: v.array(AttendeeSchema),
  summary: v.string(),
  outcomes: v.array(v.string()),
  followUps: v.optional(v.array(FollowUpSchema)),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
