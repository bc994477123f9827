import type { Scope } from "@sinergi/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";

/** Where an audit entry happened. */
export interface AuditPlace {
  readonly facilityId: string | null;
  readonly regionalOfficeId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SQL: the facility a resource belongs to, by its audit resource type (null for shared data). */
function facilitySql(type: string, id: string) {
  switch (type) {
    case "facility":
      return sql`(select f.id from facilities f where f.id = ${id})`;
    case "licence":
      return sql`(select l.facility_id from facility_licences l where l.id = ${id})`;
    case "population_snapshot":
      return sql`(select s.facility_id from population_snapshots s where s.id = ${id})`;
    case "inmate":
      return sql`(select i.facility_id from inmates i where i.id = ${id})`;
    case "cohort":
      return sql`(select c.facility_id from cohorts c where c.id = ${id})`;
    case "enrollment":
      return sql`(select c.facility_id from enrollments e join cohorts c on c.id = e.cohort_id where e.id = ${id})`;
    case "certificate":
      return sql`(select c.facility_id from certificates x join enrollments e on e.id = x.enrollment_id
        join cohorts c on c.id = e.cohort_id where x.id = ${id})`;
    case "engagement":
      return sql`(select e.facility_id from engagements e where e.id = ${id})`;
    case "follow_up":
      return sql`(select e.facility_id from follow_ups u join engagements e on e.id = u.engagement_id
        where u.id = ${id})`;
    case "agreement":
      return sql`(select a.facility_id from agreements a where a.id = ${id})`;
    case "action_item":
      return sql`(select a.facility_id from action_items i join agreements a on a.id = i.agreement_id
        where i.id = ${id})`;
    case "user":
      return sql`(select u.scope_id from users u where u.id = ${id} and u.scope_kind = 'facility')`;
    case "api_key":
      return sql`(select k.scope_id from api_keys k where k.id = ${id} and k.scope_kind = 'facility')`;
    default:
      return sql`null::uuid`;
  }
}

/** SQL: the regional office of a resource that sits on no facility (an office's MoU, a regional user). */
function officeSql(type: string, id: string) {
  switch (type) {
    case "regional_office":
      return sql`(select r.id from regional_offices r where r.id = ${id})`;
    case "agreement":
      return sql`(select a.regional_office_id from agreements a where a.id = ${id})`;
    case "action_item":
      return sql`(select a.regional_office_id from action_items i join agreements a on a.id = i.agreement_id
        where i.id = ${id})`;
    case "user":
      return sql`(select u.scope_id from users u where u.id = ${id} and u.scope_kind = 'regional')`;
    case "api_key":
      return sql`(select k.scope_id from api_keys k where k.id = ${id} and k.scope_kind = 'regional')`;
    default:
      return sql`null::uuid`;
  }
}

/**
 * Finds where an entry happened: the resource's facility and office, or, for shared data (partners,
 * programs) and resources already gone, the acting principal's own facility or office.
 */
export async function auditPlace(
  db: Executor,
  resourceType: string,
  resourceId: string | null,
  actorScope: Scope | undefined,
): Promise<AuditPlace> {
  const actorFacility = actorScope?.kind === "facility" ? actorScope.facilityId : null;
  const actorOffice = actorScope?.kind === "regional" ? actorScope.regionalOfficeId : null;
  const known = resourceId !== null && UUID.test(resourceId);
  const facility = known ? facilitySql(resourceType, resourceId) : sql`null::uuid`;
  const office = known ? officeSql(resourceType, resourceId) : sql`null::uuid`;
  const { rows } = await sql<AuditPlace>`
    with p as (
      select coalesce(${facility}, cast(${actorFacility} as uuid)) as facility_id,
        coalesce(${office}, cast(${actorOffice} as uuid)) as office_id
    )
    select p.facility_id::text as "facilityId",
      coalesce((select f.regional_office_id from facilities f where f.id = p.facility_id), p.office_id)::text
        as "regionalOfficeId"
    from p`.execute(db);
  return rows[0] ?? { facilityId: null, regionalOfficeId: null };
}

/** SQL condition keeping audit entries inside a scope (partners read no audit log). */
export function auditInScope(scope: Scope | undefined): RawBuilder<SqlBool> | undefined {
  switch (scope?.kind) {
    case undefined:
    case "national":
      return undefined;
    case "regional":
      return sql<SqlBool>`audit_log.regional_office_id = ${scope.regionalOfficeId}`;
    case "facility":
      return sql<SqlBool>`audit_log.facility_id = ${scope.facilityId}`;
    case "partner":
      return sql<SqlBool>`false`;
  }
}
