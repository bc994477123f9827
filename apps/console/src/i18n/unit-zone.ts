import { provinceTimeZone } from "@sinergi/domain";

/** A unit (facility or regional office) with the zone its times read in. */
export interface ZonedUnit {
  /** Null for the directorate, which has no record of its own. */
  readonly id: string | null;
  readonly timeZone: string;
}

/** What a record is about: a facility, else a regional office (both null for the directorate). */
export interface UnitRef {
  readonly facilityId: string | null;
  readonly regionalOfficeId: string | null;
}

/**
 * The zone a record's times read in: its facility's own, else its office's (an office keeps its
 * province's), else WIB, where the directorate sits. Falls back along that line when a unit is not in
 * `units` (a national list of names holds one page only), since a facility shares its province's zone.
 */
export function unitZone(ref: UnitRef, units: readonly ZonedUnit[]): string {
  const find = (id: string | null) => (id ? units.find((u) => u.id === id)?.timeZone : undefined);
  return find(ref.facilityId) ?? find(ref.regionalOfficeId) ?? "Asia/Jakarta";
}

/** Regional offices as zoned units: an office reads in its province's zone. */
export const officeUnits = (offices: readonly { id: string; provinceCode: string }[]): ZonedUnit[] =>
  offices.map((o) => ({ id: o.id, timeZone: provinceTimeZone(o.provinceCode) }));
