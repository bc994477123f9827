import { LICENCE_EXPIRY_WINDOW_DAYS } from "@sinergi/domain";
import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../../../connection.ts";
import type { Bounds, UnitKeyed } from "./units.ts";

/** Engagement counts of one facility. */
export interface EngagementRow extends UnitKeyed {
  readonly visits: number;
  readonly followUpsOverdueAtEnd: number;
  readonly followUpsDone: number;
}

/** Visits and follow-ups per facility (the domain's engagementFiguresOf). */
export async function engagementCounts(db: Executor, bounds: Bounds): Promise<EngagementRow[]> {
  return (await engagementCountsQuery(bounds).execute(db)).rows;
}

/** The SQL of `engagementCounts` (one statement for every unit: EXPLAIN it at scale). */
export function engagementCountsQuery(bounds: Bounds): RawBuilder<EngagementRow> {
  return sql<EngagementRow>`with ${bounds}
    select b.unit_kind, b.unit_id, b.period,
      (select count(*) from engagements e
        where e.facility_id = b.unit_id and e.date between b.first and b.last) as visits,
      (select count(*) from engagements e join follow_ups fu on fu.engagement_id = e.id
        where e.facility_id = b.unit_id and e.date <= b.last and fu.due_date <= b.last
          and (fu.status = 'open' or fu.closed_at >= b.end_at)) as follow_ups_overdue_at_end,
      (select count(*) from engagements e join follow_ups fu on fu.engagement_id = e.id
        where e.facility_id = b.unit_id and fu.status = 'done'
          and fu.closed_at >= b.start_at and fu.closed_at < b.end_at) as follow_ups_done
    from b where b.unit_kind = 'facility'`;
}

/** A licence on a facility's report. */
export interface LicenceRow extends UnitKeyed {
  readonly licenceId: string;
  readonly facilityId: string;
  readonly type: string;
  readonly number: string | null;
  readonly expiresOn: string;
}

/** Licences expiring within the window after month end, unless renewed (the domain's licencesExpiringOf). */
export async function licenceRows(db: Executor, bounds: Bounds): Promise<LicenceRow[]> {
  return (await licenceRowsQuery(bounds).execute(db)).rows;
}

/** The SQL of `licenceRows` (one statement for every unit: EXPLAIN it at scale). */
export function licenceRowsQuery(bounds: Bounds): RawBuilder<LicenceRow> {
  const horizon = sql`(b.last + ${sql.lit(LICENCE_EXPIRY_WINDOW_DAYS)})`;
  return sql<LicenceRow>`with ${bounds}
    select b.unit_kind, b.unit_id, b.period, l.id as licence_id, l.facility_id, l.type, l.number, l.expires_on
    from b join facility_licences l on l.facility_id = b.unit_id
    where b.unit_kind = 'facility' and l.status in ('granted', 'expired') and l.expires_on <= ${horizon}
      and not exists (select 1 from facility_licences n where n.facility_id = l.facility_id
        and n.type = l.type and n.status = 'granted' and (n.expires_on is null or n.expires_on > ${horizon}))`;
}
