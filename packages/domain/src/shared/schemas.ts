import * as v from "valibot";
import { isIsoDate } from "./dates.ts";

/** A real calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.check(isIsoDate, "must be a real calendar date in YYYY-MM-DD form"),
  v.metadata({ format: "date" }),
);

/** An ISO-8601 instant with offset. */
export const IsoInstantSchema = v.pipe(v.string(), v.isoTimestamp("must be an ISO-8601 timestamp"));

/** A UUID id. */
export const IdSchema = v.pipe(v.string(), v.uuid("must be a UUID"));

/** Non-empty trimmed text up to `max` characters. */
export const textSchema = (max = 500) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, "must not be empty"),
    v.maxLength(max, `must be at most ${max} characters`),
  );

/** Official Kemendagri area code: province `33`, regency/city `33.73`, district `33.73.01`. */
export const AreaCodeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{2}(\.\d{2}(\.\d{2})?)?$/, "must be a Kemendagri area code like 33.73"),
);

/** A regency/city code `33.73`. */
export const RegencyCodeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{2}\.\d{2}$/, "must be a regency/city code like 33.73"),
);

/** A contact person or channel. */
export const ContactSchema = v.strictObject({
  name: textSchema(200),
  role: v.optional(textSchema(200)),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ()-]{6,20}$/, "must be a phone number"))),
  email: v.optional(v.pipe(v.string(), v.email("must be an email address"))),
});
/** A contact person or channel. */
export type Contact = v.InferOutput<typeof ContactSchema>;

/** One lifecycle move as the API returns it (see `HistoryEntry`). */
export const HistoryEntrySchema = v.object({
  at: v.string(),
  actor: v.string(),
  from: v.nullable(v.string()),
  to: v.string(),
  reason: v.optional(v.string()),
});

/** A lifecycle history, oldest first, with the milliseconds spent in each state. */
export const HistoryWithTimesSchema = v.object({
  items: v.array(HistoryEntrySchema),
  timeInStates: v.record(v.string(), v.number()),
});
