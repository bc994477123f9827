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
import { ATTENDEE_SIDES, ENGAGEMENT_KINDS } from "./engagement.ts";
import { FOLLOW_UP_STATES } from "./follow-up.ts";

/** audience, courtesy_visit, coordination, signing or monitoring. */
export const EngagementKindSchema = describedPicklist(
  ENGAGEMENT_KINDS,
  {
    audience: "Audiensi: a formal audience with the partner's head.",
    courtesy_visit: "Silaturahmi: a courtesy visit.",
    coordination: "Koordinasi or kunjungan kerja: a working or coordination meeting.",
    signing: "The signing of an agreement.",
    monitoring: "Monitoring of work under an agreement.",
  },
  `must be one of ${ENGAGEMENT_KINDS.join(", ")}`,
);
/** open, done or dropped. */
export const FollowUpStateSchema = describedPicklist(
  FOLLOW_UP_STATES,
  {
    open: "Still to do; overdue once its due date has passed.",
    done: "Done, with an optional note.",
    dropped: "Dropped, with the reason.",
  },
  `must be one of ${FOLLOW_UP_STATES.join(", ")}`,
);

const FIELDS = {
  ...RECORD_FIELDS,
  facilityId: "The facility that held or attended the engagement.",
  partnerIds: "The partners met (at least one).",
  kind: "What kind of engagement it was.",
  date: "The day it took place (in the facility's time zone).",
  place: "Where it took place; null when not recorded.",
  attendees: "Who was present, for either side.",
  summary: "What was discussed (empty when not recorded).",
  outcomes: "What was agreed or decided, one item each.",
  followUps: "Its follow-ups (included when one engagement is read or created).",
} as const;

const FOLLOW_UP_FIELDS = {
  ...RECORD_FIELDS,
  engagementId: "The engagement the follow-up came out of.",
  facilityId: "The engagement's facility.",
  text: "What is to be done.",
  ownerName: "Who will do it (a name, free text).",
  dueDate: "When it is due (a day in the facility's time zone).",
  status: "Where it stands.",
  closedAt: "When it was marked done or dropped; null while open.",
  note: "The note given when it was marked done; null otherwise.",
  dropReason: "Why it was dropped; null unless dropped.",
  overdue: "True when still open after its due date, today in the facility's time zone.",
  reason: "Why it is dropped.",
} as const;

/** A person present: name, role, and the side they came for. */
export const AttendeeSchema = v.strictObject(
  described(
    {
      name: textSchema(200),
      role: textSchema(200),
      side: describedPicklist(
        ATTENDEE_SIDES,
        { facility: "Came for the facility.", partner: "Came for a partner." },
        "must be facility or partner",
      ),
    },
    {
      name: "The person's name.",
      role: "Their position, e.g. Wali Kota or Kepala Rutan.",
      side: "Which party they came for.",
    },
  ),
);
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
export const CreateFollowUpSchema = v.strictObject(
  described(
    {
      text: textSchema(1000),
      ownerName: textSchema(200),
      dueDate: IsoDateSchema,
    },
    FOLLOW_UP_FIELDS,
  ),
);
/** Command: open a follow-up. */
export type CreateFollowUp = v.InferOutput<typeof CreateFollowUpSchema>;

/** Command: edit an open follow-up. */
export const UpdateFollowUpSchema = v.partial(CreateFollowUpSchema);
/** Command: edit an open follow-up. */
export type UpdateFollowUp = v.InferOutput<typeof UpdateFollowUpSchema>;

/** Command body: mark a follow-up done, with an optional note. */
export const CompleteFollowUpSchema = v.strictObject(
  described({ note: v.optional(textSchema(1000)) }, { note: "A note on how it was done." }),
);
/** Command body: mark a follow-up done. */
export type CompleteFollowUpBody = v.InferOutput<typeof CompleteFollowUpSchema>;

/** Command body: drop a follow-up, with its reason. */
export const DropFollowUpSchema = v.strictObject(described({ reason: textSchema(1000) }, FOLLOW_UP_FIELDS));
/** Command body: drop a follow-up. */
export type DropFollowUpBody = v.InferOutput<typeof DropFollowUpSchema>;

/** Command: record an engagement, optionally with its initial follow-ups (stored together). */
export const CreateEngagementSchema = v.strictObject(
  described(
    {
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
    },
    { ...FIELDS, followUps: "Follow-ups to open with it, stored together with the engagement." },
  ),
);
/** Command: record an engagement. */
export type CreateEngagement = v.InferOutput<typeof CreateEngagementSchema>;

/** Command: edit an engagement (the facility is fixed; `place: null` clears the place). */
export const UpdateEngagementSchema = v.strictObject(
  described(
    {
      partnerIds: v.optional(PartnerIds),
      kind: v.optional(EngagementKindSchema),
      date: v.optional(IsoDateSchema),
      place: v.optional(v.nullable(textSchema(300))),
      attendees: v.optional(Attendees),
      summary: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(5000, "must be at most 5000 characters"))),
      outcomes: v.optional(Outcomes),
    },
    FIELDS,
  ),
);
/** Command: edit an engagement. */
export type UpdateEngagement = v.InferOutput<typeof UpdateEngagementSchema>;

/** A follow-up as the API returns it, with whether it is overdue today in its facility's time zone. */
export const FollowUpSchema = v.object(
  described(
    {
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
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FOLLOW_UP_FIELDS,
  ),
);

/** An engagement as the API returns it (reads of one engagement include its follow-ups). */
export const EngagementSchema = v.object(
  described(
    {
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
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
