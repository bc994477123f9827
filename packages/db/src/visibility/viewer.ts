import { assertNever, type Scope } from "@sinergi/domain";
import { type RawBuilder, sql } from "kysely";

/**
 * Who is looking: a principal's scope. Repositories take one and show only what it may see; `undefined`
 * is the system itself (seeding, the worker, internal checks), which sees everything.
 */
export type Viewer = Scope | undefined;

/** SQL: the ids of a partner and every agency below it (a city government and its Dinas). */
export function partnerFamily(partnerId: string): RawBuilder<{ id: string }> {
  // `union` (not `union all`) stops at a cycle, should one ever be stored.
  return sql`with recursive family(id) as (
      select cast(${partnerId} as uuid)
      union
      select p.id from partners p join family on p.parent_id = family.id
    ) select id from family`;
}

/**
 * SQL: the facilities whose own records (inmates, cohorts, engagements, licences) a staff scope covers;
 * undefined for national (all). A partner's facilities are those it holds an agreement with.
 */
export function facilitiesOf(viewer: Scope): RawBuilder<{ id: string }> | undefined {
  switch (viewer.kind) {
    case "national":
      return undefined;
    case "regional":
      return sql`select f.id from facilities f where f.regional_office_id = ${viewer.regionalOfficeId}`;
    case "facility":
      return sql`select cast(${viewer.facilityId} as uuid) as id`;
    case "partner":
      return sql`select a.facility_id as id from agreements a
        join agreement_partners ap on ap.agreement_id = a.id
        where ap.partner_id in (${partnerFamily(viewer.partnerId)}) and a.facility_id is not null`;
    default:
      return assertNever(viewer);
  }
}

/** SQL: the regional office a staff scope belongs to (a facility's Kanwil), or undefined for national. */
export function officeOf(viewer: Scope): RawBuilder<{ id: string }> | undefined {
  switch (viewer.kind) {
    case "national":
    case "partner":
      return undefined;
    case "regional":
      return sql`select cast(${viewer.regionalOfficeId} as uuid) as id`;
    case "facility":
      return sql`select f.regional_office_id as id from facilities f where f.id = ${viewer.facilityId}`;
    default:
      return assertNever(viewer);
  }
}
