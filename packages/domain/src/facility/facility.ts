import * as v from "valibot";
import { provinceOf, provinceTimeZone, type TimeZone, TimeZoneSchema } from "../area/area.ts";
import {
  ContactSchema,
  IdSchema,
  IsoInstantSchema,
  RegencyCodeSchema,
  textSchema,
} from "../shared/schemas.ts";

/** UPT Pemasyarakatan kinds: detention centre, prison, juvenile facility. */
export const FACILITY_KINDS = ["rutan", "lapas", "lpka"] as const;
/** Facility kind. */
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** Facility classes (Kelas I, IIA, IIB, III). */
export const FACILITY_CLASSES = ["I", "IIA", "IIB", "III"] as const;
/** Facility class. */
export type FacilityClass = (typeof FACILITY_CLASSES)[number];

/** The facility head (Karutan / Kalapas). */
export const FacilityHeadSchema = v.strictObject({
  name: textSchema(200),
  title: v.optional(textSchema(200)),
});

/** A correctional facility. */
export interface Facility {
  readonly id: string;
  readonly regionalOfficeId: string;
  readonly kind: FacilityKind;
  readonly class: FacilityClass;
  readonly name: string;
  /** Kemendagri regency/city code, e.g. `33.73` Kota Salatiga. */
  readonly regencyCode: string;
  /** Set only when the facility's zone differs from its province's. */
  readonly timeZoneOverride: TimeZone | null;
  readonly capacity: number | null;
  readonly head: v.InferOutput<typeof FacilityHeadSchema> | null;
  readonly contacts: readonly v.InferOutput<typeof ContactSchema>[];
}

/** The facility's time zone: the override, else its province's. */
export function facilityTimeZone(f: Pick<Facility, "regencyCode" | "timeZoneOverride">): TimeZone {
  return f.timeZoneOverride ?? provinceTimeZone(provinceOf(f.regencyCode));
}

const fields = {
  regionalOfficeId: IdSchema,
  kind: v.picklist(FACILITY_KINDS, "must be rutan, lapas or lpka"),
  class: v.picklist(FACILITY_CLASSES, "must be I, IIA, IIB or III"),
  name: textSchema(200),
  regencyCode: RegencyCodeSchema,
  timeZoneOverride: v.nullable(TimeZoneSchema),
  capacity: v.nullable(
    v.pipe(
      v.number(),
      v.integer("must be a whole number"),
      v.minValue(1, "must be at least 1"),
      // The column is an integer: a larger number would be a database error, not a refusal.
      v.maxValue(2147483647, "must be at most 2147483647"),
    ),
  ),
  head: v.nullable(FacilityHeadSchema),
  contacts: v.pipe(v.array(ContactSchema), v.maxLength(20)),
};

/** Command: create a facility. */
export const CreateFacilitySchema = v.strictObject({
  ...fields,
  timeZoneOverride: v.optional(fields.timeZoneOverride, null),
  capacity: v.optional(fields.capacity, null),
  head: v.optional(fields.head, null),
  contacts: v.optional(fields.contacts, []),
});
/** Command: create a facility. */
export type CreateFacility = v.InferOutput<typeof CreateFacilitySchema>;

/** Command: change some of a facility's fields. */
export const UpdateFacilitySchema = v.partial(v.strictObject(fields));
/** Command: change some of a facility's fields. */
export type UpdateFacility = v.InferOutput<typeof UpdateFacilitySchema>;

/** A facility as the API returns it. */
export const FacilitySchema = v.object({
  id: IdSchema,
  ...fields,
  timeZone: TimeZoneSchema,
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
