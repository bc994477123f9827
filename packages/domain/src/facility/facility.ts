import * as v from "valibot";
import { provinceOf, provinceTimeZone, type TimeZone, TimeZoneSchema } from "../area/area.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import {
  ContactSchema,
  described,
  describedPicklist,
  IdSchema,
  IsoInstantSchema,
  integerSchema,
  RECORD_FIELDS,
  RegencyCodeSchema,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import type { FacilityError } from "./errors.ts";

/** UPT Pemasyarakatan kinds: detention centre, prison, juvenile facility. */
export const FACILITY_KINDS = ["rutan", "lapas", "lpka"] as const;
/** Facility kind. */
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** Facility classes (Kelas I, IIA, IIB, III). */
export const FACILITY_CLASSES = ["I", "II", "IIA", "IIB", "III"] as const;
/** Facility class. */
export type FacilityClass = (typeof FACILITY_CLASSES)[number];

/** The classes each kind has (Rutan I/IIA/IIB; Lapas I/IIA/IIB/III; LPKA I/II). */
export const CLASSES_OF_KIND: Readonly<Record<FacilityKind, readonly FacilityClass[]>> = {
  rutan: ["I", "IIA", "IIB"],
  lapas: ["I", "IIA", "IIB", "III"],
  lpka: ["I", "II"],
};

/** What a facility specialises in: none, women (Lapas/Rutan Perempuan), narcotics (Lapas Narkotika). */
export const FACILITY_SPECIALISATIONS = ["general", "women", "narcotics"] as const;
/** Facility specialisation. */
export type FacilitySpecialisation = (typeof FACILITY_SPECIALISATIONS)[number];

/** Checks that the class exists for the kind (there is no Rutan Kelas III, and LPKA are Kelas I or II). */
export function checkFacilityClass(
  kind: FacilityKind,
  facilityClass: FacilityClass,
): Result<FacilityClass, FacilityError> {
  if (CLASSES_OF_KIND[kind].includes(facilityClass)) return ok(facilityClass);
  return err(
    domainError("facility/class-not-of-kind", `a ${kind} is of class ${CLASSES_OF_KIND[kind].join(", ")}`, {
      field: "class",
      detail: { kind, allowed: CLASSES_OF_KIND[kind] },
    }),
  );
}

/** The facility head (Karutan / Kalapas). */
export const FacilityHeadSchema = v.strictObject(
  described(
    {
      name: textSchema(200),
      title: v.optional(textSchema(200)),
    },
    {
      name: "The head's name.",
      title: "The head's title, e.g. Kepala Rutan Kelas IIB Salatiga.",
    },
  ),
);

const FIELDS = {
  ...RECORD_FIELDS,
  regionalOfficeId: "The regional office (Kanwil) the facility reports to.",
  kind: "What the facility is: detention centre, prison or juvenile facility.",
  class:
    "The facility's class (Kelas), checked with the kind: Rutan I/IIA/IIB; Lapas I/IIA/IIB/III; LPKA I/II.",
  specialisation: "What the facility specialises in: general, women or narcotics.",
  name: "The facility's name, e.g. Rutan Kelas IIB Salatiga.",
  regencyCode: "Kemendagri code of the regency or city it stands in, e.g. 33.73 (Kota Salatiga).",
  timeZoneOverride: "Set only when the facility's time zone differs from its province's; null otherwise.",
  capacity: "How many inmates it is built for; null when not recorded.",
  head: "The facility head (Karutan, Kalapas); null when not recorded.",
  contacts: "People or offices to contact at the facility.",
  timeZone: "The facility's time zone: the override, else its province's. Its dates are read in it.",
} as const;

/** A correctional facility. */
export interface Facility {
  readonly id: string;
  readonly regionalOfficeId: string;
  readonly kind: FacilityKind;
  readonly class: FacilityClass;
  readonly specialisation: FacilitySpecialisation;
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

/** A facility kind as the API accepts and returns it. */
export const FacilityKindSchema = describedPicklist(
  FACILITY_KINDS,
  {
    rutan: "Rumah tahanan: a detention centre, chiefly for remand detainees.",
    lapas: "Lembaga pemasyarakatan: a prison for convicts.",
    lpka: "Lembaga pembinaan khusus anak: a juvenile facility.",
  },
  "must be rutan, lapas or lpka",
);

/** A facility class as the API accepts and returns it. */
export const FacilityClassSchema = describedPicklist(
  FACILITY_CLASSES,
  {
    I: "Kelas I: the largest facilities.",
    II: "Kelas II (LPKA only).",
    IIA: "Kelas IIA (Rutan, Lapas).",
    IIB: "Kelas IIB (Rutan, Lapas).",
    III: "Kelas III: the smallest (Lapas only).",
  },
  "must be I, II, IIA, IIB or III",
);

/** A facility specialisation as the API accepts and returns it. */
export const FacilitySpecialisationSchema = describedPicklist(
  FACILITY_SPECIALISATIONS,
  {
    general: "No specialisation.",
    women: "For women (Lapas Perempuan, Rutan Perempuan).",
    narcotics: "For narcotics offenders (Lapas Narkotika).",
  },
  "must be general, women or narcotics",
);

const fields = {
  regionalOfficeId: IdSchema,
  kind: FacilityKindSchema,
  class: FacilityClassSchema,
  specialisation: FacilitySpecialisationSchema,
  name: textSchema(200),
  regencyCode: RegencyCodeSchema,
  timeZoneOverride: v.nullable(TimeZoneSchema),
  capacity: v.nullable(integerSchema(1)),
  head: v.nullable(FacilityHeadSchema),
  contacts: v.pipe(v.array(ContactSchema), v.maxLength(20)),
};

/** Command: create a facility. */
export const CreateFacilitySchema = v.strictObject(
  described(
    {
      ...fields,
      specialisation: v.optional(fields.specialisation, "general"),
      timeZoneOverride: v.optional(fields.timeZoneOverride, null),
      capacity: v.optional(fields.capacity, null),
      head: v.optional(fields.head, null),
      contacts: v.optional(fields.contacts, []),
    },
    FIELDS,
  ),
);
/** Command: create a facility. */
export type CreateFacility = v.InferOutput<typeof CreateFacilitySchema>;

/** Command: change some of a facility's fields. */
export const UpdateFacilitySchema = v.partial(v.strictObject(described(fields, FIELDS)));
/** Command: change some of a facility's fields. */
export type UpdateFacility = v.InferOutput<typeof UpdateFacilitySchema>;

/** A facility as the API returns it. */
export const FacilitySchema = v.object(
  described(
    {
      id: IdSchema,
      ...fields,
      timeZone: TimeZoneSchema,
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
