import { assertNever, type Scope } from "@sinergi/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Executor } from "../connection.ts";
import { VISIBLE_KINDS, type VisibleKind } from "./kinds.ts";

/** Where an audit entry happened. */
export interface AuditPlace {
  readonly facilityId: string | null;
  readonly regionalOfficeId: string | null;
}

const isKind = (type: string): type is VisibleKind => (VISIBLE_KINDS as readonly string[]).includes(type);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SQL: one row (facility_id, office_id) placing a record of a kind: the resource -> facility mapping. */
function placeSql(type: VisibleKind, id: string) {
  const onFacility = (facility: ReturnType<typeof sql>) =>
    sql`select (${facility}) as facility_id, null::uuid as office_id`;
  // Users and API keys sit where their own scope is.
  const scoped = (table: "users" | "api_keys") =>
    sql`select case when t.scope_kind = 'facility' then t.scope_id end as facility_id,
      case when t.scope_kind = 'regional' then t.scope_id end as office_id
      from ${sql.table(table)} t where t.id = ${id}`;
  switch (type) {
    case "facility":
      return onFacility(sql`select f.id from facilities f where f.id = ${id}`);
    case "licence":
      return onFacility(sql`select l.facility_id from facility_licences l where l.id = ${id}`);
    case "population_snapshot":
      return onFacility(sql`select s.facility_id from population_snapshots s where s.id = ${id}`);
    case "inmate":
      return onFacility(sql`select i.facility_id from inmates i where i.id = ${id}`);
    case "cohort":
      return onFacility(sql`select c.facility_id from cohorts c where c.id = ${id}`);
    case "enrollment":
      return onFacility(sql`select c.facility_id from enrollments e join cohorts c on c.id = e.cohort_id
        where e.id = ${id}`);
    case "certificate":
      return onFacility(sql`select c.facility_id from certificates x join enrollments e on e.id = x.enrollment_id
        join cohorts c on c.id = e.cohort_id where x.id = ${id}`);
    case "engagement":
      return onFacility(sql`select e.facility_id from engagements e where e.id = ${id}`);
    case "follow_up":
      return onFacility(sql`select e.facility_id from follow_ups u join engagements e on e.id = u.engagement_id
        where u.id = ${id}`);
    case "agreement":
      return sql`select a.facility_id, a.regional_office_id as office_id from agreements a where a.id = ${id}`;
    case "action_item":
      return sql`select a.facility_id, a.regional_office_id as office_id from action_items i
        join agreements a on a.id = i.agreement_id where i.id = ${id}`;
    case "document":
      return sql`select d.facility_id, d.regional_office_id as office_id from documents d where d.id = ${id}`;
    case "report":
      return sql`select r.facility_id, r.regional_office_id as office_id from reports r where r.id = ${id}`;
    case "alert":
      return sql`select x.facility_id, x.regional_office_id as office_id from alerts x where x.id = ${id}`;
    case "regional_office":
      return sql`select null::uuid as facility_id, r.id as office_id from regional_offices r where r.id = ${id}`;
    case "user":
      return scoped("users");
    case "api_key":
      return scoped("api_keys");
    case "partner":
    case "program":
      // A register's record sits with its owning office; a national one is placed by the actor alone.
      return sql`select null::uuid as facility_id, t.owner_regional_office_id as office_id
        from ${sql.table(type === "partner" ? "partners" : "programs")} t where t.id = ${id}`;
    default:
      return assertNever(type);
  }
}

/**
 * SQL: one row (facility_id, regional_office_id, both uuid) placing an audit entry: the resource's
 * facility and office, or, for shared data (partners, programs) and resources already gone, the acting
 * principal's own facility or office. A statement of its own, or part of the audit insert.
 */
export function auditPlaceSql(
  resourceType: string,
  resourceId: string | null,
  actorScope: Scope | undefined,
): RawBuilder<{ facility_id: string | null; regional_office_id: string | null }> {
  const actorFacility = actorScope?.kind === "facility" ? actorScope.facilityId : null;
  const actorOffice = actorScope?.kind === "regional" ? actorScope.regionalOfficeId : null;
  const resource =
    resourceId !== null && UUID.test(resourceId) && isKind(resourceType)
      ? placeSql(resourceType, resourceId)
      : sql`select null::uuid as facility_id, null::uuid as office_id`;
  return sql`
    with r as (${resource}),
    p as (
      select coalesce((select r.facility_id from r), cast(${actorFacility} as uuid)) as facility_id,
        coalesce((select r.office_id from r), cast(${actorOffice} as uuid)) as office_id
    )
    select p.facility_id,
      coalesce((select f.regional_office_id from facilities f where f.id = p.facility_id), p.office_id)
        as regional_office_id
    from p`;
}

/** Finds where an entry happened (see auditPlaceSql). */
export async function auditPlace(
  db: Executor,
  resourceType: string,
  resourceId: string | null,
  actorScope: Scope | undefined,
): Promise<AuditPlace> {
  const { rows } = await sql<AuditPlace>`select place.facility_id::text as "facilityId",
    place.regional_office_id::text as "regionalOfficeId"
    from (${auditPlaceSql(resourceType, resourceId, actorScope)}) place`.execute(db);
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
    default:
      return assertNever(scope);
  }
}
