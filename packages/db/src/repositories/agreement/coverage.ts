import { type FacilityCoverage, STANDARD_COOPERATION_FIELDS } from "@sinergi/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";
import { agreementStatusSql } from "./agreements.ts";

/** Which facilities to cover: those the viewer sees, optionally of one regional office. */
export interface CoverageQuery {
  readonly viewer: Viewer;
  /** The instant "today" is read from, in each agreement's own time zone (as the list's `status`). */
  readonly at: string;
  readonly regionalOfficeId?: string | undefined;
}

/**
 * Every facility the viewer sees with the standard fields covered by its own agreements in force today
 * (status active or expiring, as the agreements list derives it), in one statement: a regional or
 * national admin's coverage matrix at any scale, where counting from a page of agreements undercounts.
 * Only agreements the viewer may read count. Ordered by regional office, then facility name.
 */
export async function facilityCoverage(db: Executor, q: CoverageQuery): Promise<FacilityCoverage[]> {
  const standard = sql.raw(`array[${STANDARD_COOPERATION_FIELDS.map((f) => `'${f}'`).join(", ")}]::text[]`);
  const agreementSeen = seenBy("agreement", q.viewer, "agreements.id");
  const facilitySeen = seenBy("facility", q.viewer, "facilities.id");
  const where: RawBuilder<SqlBool>[] = [sql<SqlBool>`true`];
  if (facilitySeen) where.push(facilitySeen);
  if (q.regionalOfficeId !== undefined)
    where.push(sql<SqlBool>`facilities.regional_office_id = ${q.regionalOfficeId}`);
  // The facility's own day, once per facility: an agreement of a facility reads in that facility's zone.
  const today = sql<string>`(cast(${q.at} as timestamptz) at time zone
    coalesce(facilities.time_zone_override, facilities.time_zone))::date`;
  const { rows } = await sql<FacilityCoverage>`
    select facilities.id as facility_id, facilities.name as facility_name,
      ro.id as regional_office_id, ro.name as regional_office_name,
      array(
        select distinct field
        from (
          select agreements.fields from agreements
          where agreements.facility_id = facilities.id and agreements.state in ('signed', 'terminated')
            and ${agreementStatusSql(q.at, today)} in ('active', 'expiring')
            ${agreementSeen ? sql`and ${agreementSeen}` : sql``}
        ) in_force cross join lateral unnest(in_force.fields) as field
        where field = any(${standard})
        order by field
      ) as covered
    from facilities join regional_offices ro on ro.id = facilities.regional_office_id
    where ${sql.join(where, sql` and `)}
    order by ro.name, ro.id, facilities.name, facilities.id`.execute(db);
  return rows;
}
