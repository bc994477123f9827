import type { RecordAccess } from "@sinergi/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";

/** The inmate's effective domicile (today's codes), qualified so it reads the outer `inmates` row in subqueries. */
const domicile = sql`inmates.effective_domicile_code`;

/**
 * SQL: the PKSs of `partnerId` in force at `at` (signed, the day in the facility's zone within their
 * dates, not terminated) whose record-access clause covers the outer `inmates` row, as the domain's
 * `grantCovers` says: a resident of the partner's area, or a participant of its programs there.
 */
function coveringGrants(partnerId: string, at: string) {
  return sql`select a.record_access from agreements a
    join agreement_partners ap on ap.agreement_id = a.id and ap.partner_id = ${partnerId}
    join partners p on p.id = ap.partner_id
    join facilities f on f.id = a.facility_id
    where a.facility_id = inmates.facility_id
      and a.record_access is not null
      and a.state = 'signed'
      and (cast(${at} as timestamptz) at time zone coalesce(f.time_zone_override, f.time_zone))::date
        between a.start_date and a.end_date
      and (
        (a.record_access ->> 'covers' = 'area_residents' and p.area_code is not null
          and (${domicile} = p.area_code or ${domicile} like p.area_code || '.%'))
        or (a.record_access ->> 'covers' = 'participants' and exists (
          select 1 from enrollments e
          join cohorts c on c.id = e.cohort_id
          join programs pr on pr.id = c.program_id
          where e.inmate_id = inmates.id and c.facility_id = a.facility_id
            and (pr.provider_partner_id = ${partnerId}
              or pr.certification_scheme ->> 'issuerPartnerId' = ${partnerId}::text))))`;
}

/** SQL condition on `inmates`: some agreement in force grants `partnerId` this inmate's record. */
export function inmateGrantedTo(partnerId: string, at: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (${coveringGrants(partnerId, at)})`;
}

/**
 * The grant under which `partnerId` may read one inmate's record at `at`, or null when none does.
 * With several covering clauses the widest wins: personal data when any of them allows it.
 */
export async function inmateGrant(
  db: Executor,
  partnerId: string,
  inmateId: string,
  at: string,
): Promise<RecordAccess | null> {
  const { rows } = await sql<{ recordAccess: RecordAccess }>`select g.record_access as "recordAccess"
    from inmates, lateral (${coveringGrants(partnerId, at)}) g
    where inmates.id = ${inmateId}`.execute(db);
  if (rows.length === 0) return null;
  const personalData = rows.some((r) => r.recordAccess.personalData);
  const first = rows[0]?.recordAccess;
  return first ? { covers: first.covers, personalData } : null;
}
