import type { EndingSoonCounts } from "@sinergi/domain";
import { sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";
import { agreementEndSql, agreementStatusSql, agreementTodaySql } from "./agreements.ts";

/**
 * How many agreements the viewer may read are expiring (in force, ending within 90 days), by days left:
 * 0–7, 8–30 and 31–90, each counted from today in the agreement's own time zone, in one statement over all
 * of them (a national admin has over a thousand; a page of 200 undercounts).
 */
export async function endingSoonCounts(
  db: Executor,
  q: { readonly viewer: Viewer; readonly at: string },
): Promise<EndingSoonCounts> {
  const seen = seenBy("agreement", q.viewer, "agreements.id");
  const today = sql<string>`d.today`;
  const { rows } = await sql<EndingSoonCounts>`
    select count(*) filter (where x.left_days <= 7)::int as days_0_to_7,
      count(*) filter (where x.left_days between 8 and 30)::int as days_8_to_30,
      count(*) filter (where x.left_days between 31 and 90)::int as days_31_to_90
    from (
      select ${agreementEndSql} - d.today as left_days
      from agreements cross join lateral (select ${agreementTodaySql(q.at)} as today) d
      where agreements.state in ('signed', 'terminated')
        -- No zone's today is more than a day from UTC's date: the end-date index narrows the rows (a
        -- terminated agreement may end sooner than its end date, never later).
        and agreements.end_date >= (cast(${q.at} as timestamptz) at time zone 'UTC')::date - 1
        and (agreements.end_date <= (cast(${q.at} as timestamptz) at time zone 'UTC')::date + 92
          or agreements.state = 'terminated')
        and ${agreementStatusSql(q.at, today)} = 'expiring'
        ${seen ? sql`and ${seen}` : sql``}
    ) x`.execute(db);
  return rows[0] ?? { days0To7: 0, days8To30: 0, days31To90: 0 };
}
