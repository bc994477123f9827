import * as v from "valibot";
import { isIsoDate } from "./dates.ts";

/** Largest value of a PostgreSQL `integer` (int4) column. */
export const INT4_MAX = 2_147_483_647;

/**
 * A whole number in [min, max]; `max` defaults to the int4 column's limit, so a value the database would
 * refuse (9223372036854775807, 1e308) is a validation error naming the field, never a server error.
 */
export const integerSchema = (min: number, max: number = INT4_MAX) =>
  v.pipe(
    v.number("must be a number"),
    v.integer("must be a whole number"),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

/** Descriptions of the fields every stored record has. */
export const RECORD_FIELDS = {
  id: "The record's id (a UUID).",
  revision: "The record's revision, bumped by every change; its ETag is this number in quotes.",
  createdAt: "When the record was created (ISO 8601 instant).",
  updatedAt: "When the record last changed (ISO 8601 instant).",
} as const;

/** A revision as the API returns it (int4 column, from 1). */
export const RevisionSchema = integerSchema(1);

/** Object entries, each wrapped with its description (`v.description`), as the OpenAPI document shows them. */
export type DescribedEntries<E extends v.ObjectEntries> = {
  readonly [K in keyof E]: v.SchemaWithPipe<
    readonly [E[K], v.DescriptionAction<v.InferOutput<E[K]>, string>]
  >;
};

/**
 * Gives every entry of an object schema its description. The compiler insists on one for each key, so a
 * field cannot be added without saying what it means; validation is unchanged.
 */
export function described<const E extends v.ObjectEntries>(
  entries: E,
  descriptions: { readonly [K in keyof E]: string },
): DescribedEntries<E> {
  return Object.fromEntries(
    Object.entries(entries).map(([key, schema]) => [
      key,
      v.pipe(schema, v.description(descriptions[key as keyof E])),
    ]),
  ) as unknown as DescribedEntries<E>;
}

/**
 * A picklist whose every value is described: the OpenAPI document lists the descriptions beside `enum`,
 * in the same order, as `x-enumDescriptions` (read by Scalar and openapi-typescript).
 */
export function describedPicklist<const O extends readonly [string | number, ...(string | number)[]]>(
  options: O,
  descriptions: { readonly [K in O[number]]: string },
  message?: string,
) {
  return v.pipe(
    v.picklist(options, message),
    v.metadata({
      ...(options.every((o) => Number.isInteger(o)) ? { type: "integer" } : {}),
      "x-enumDescriptions": options.map((o: O[number]) => descriptions[o]),
    }),
  );
}

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
export const ContactSchema = v.strictObject(
  described(
    {
      name: textSchema(200),
      role: v.optional(textSchema(200)),
      phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ()-]{6,20}$/, "must be a phone number"))),
      email: v.optional(v.pipe(v.string(), v.email("must be an email address"))),
    },
    {
      name: "The person's name, or the office's (e.g. Sekretariat Daerah).",
      role: "Their position, e.g. Kepala Dinas or Kasubsi Bimkemas.",
      phone: "A phone number, digits with an optional leading + (e.g. +62 298 123456).",
      email: "An email address.",
    },
  ),
);
/** A contact person or channel. */
export type Contact = v.InferOutput<typeof ContactSchema>;

/** Descriptions of a lifecycle move's fields. */
export const HISTORY_ENTRY_FIELDS = {
  at: "When the move was made (ISO 8601 instant).",
  actor: "Who made it: a user's or API key's id, or `system`.",
  from: "The state before the move; null for the record's creation.",
  to: "The state after the move.",
  reason: "The reason or note given with the move, if any.",
} as const;

/** One lifecycle move as the API returns it (see `HistoryEntry`). */
export const HistoryEntrySchema = v.object(
  described(
    {
      at: v.string(),
      actor: v.string(),
      from: v.nullable(v.string()),
      to: v.string(),
      reason: v.optional(v.string()),
    },
    HISTORY_ENTRY_FIELDS,
  ),
);

/** A lifecycle history, oldest first, with the milliseconds spent in each state. */
export const HistoryWithTimesSchema = v.object(
  described(
    {
      items: v.array(HistoryEntrySchema),
      timeInStates: v.record(v.string(), integerSchema(0, Number.MAX_SAFE_INTEGER)),
    },
    {
      items: "Every move, oldest first; the first is the record's creation.",
      timeInStates: "Milliseconds spent in each state so far, by state (the current one up to now).",
    },
  ),
);
