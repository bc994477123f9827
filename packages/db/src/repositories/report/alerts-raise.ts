import { PROVINCE_CODES, provinceTimeZone, RENEWAL_ALERT_DAYS, type ReportScope } from "@sinergi/domain";
import { sql } from "kysely";
import type { Executor } from "../../connection.ts";

/** Days before its expiry at which a licence raises an alert. */
export const LICENCE_ALERT_DAYS = 60;

/** How many alerts of each kind one raise added (0 when all were raised before). */
export interface RaisedAlerts {
  readonly agreementEnding: number;
  readonly followUpOverdue: number;
  readonly licenceExpiring: number;
}

/** SQL: a province's zone (the same table as the domain's provinceTimeZone), null for none. */
const provinceZone = sql.raw(
  `case ro.province_code ${PROVINCE_CODES.map((p) => `when '${p}' then '${provinceTimeZone(p)}'`).join(" ")} end`,
);

const count = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0n);

/**
 * Raises the alerts the data calls for at `at`, each once (alerts.once_key is unique, so repeated
 * passes and concurrent workers add nothing twice): one set-based insert per kind. Each alert is
 * placed on its facility and that facility's regional office (or the office alone) for scope.
 */
export async function raiseAlerts(db: Executor, at: string): Promise<RaisedAlerts> {
  const now = sql`cast(${at} as timestamptz)`;
  // The tightest threshold reached: an agreement signed with 20 days left raises its 30-day alert
  // only; a wider one it never reached is not raised late.
  const agreementEnding = await sql`insert into alerts
      (id, once_key, kind, facility_id, regional_office_id, subject_id, detail, raised_at)
    select gen_random_uuid(), 'agreement-ending:' || a.id::text || ':' || t.threshold::text, 'agreement_ending',
      a.facility_id, coalesce(a.regional_office_id, f.regional_office_id), a.id,
      jsonb_build_object('title', a.title, 'endDate', a.end_date, 'daysLeft', a.end_date - z.today,
        'threshold', t.threshold),
      ${now}
    from agreements a
    left join facilities f on f.id = a.facility_id
    left join regional_offices ro on ro.id = a.regional_office_id
    cross join lateral (select (${now} at time zone coalesce(f.time_zone_override, f.time_zone,
      ${provinceZone}, 'Asia/Jakarta'))::date as today) z
    cross join lateral (select min(x) as threshold from unnest(array[${sql.raw(RENEWAL_ALERT_DAYS.join(","))}]) x
      where a.end_date - z.today <= x) t
    where a.state = 'signed' and a.end_date is not null and a.end_date >= z.today and t.threshold is not null
      and not exists (select 1 from agreements s where s.renews_id = a.id and s.state in ('signed', 'terminated'))
    on conflict (once_key) do nothing`.execute(db);

  const followUpOverdue = await sql`insert into alerts
      (id, once_key, kind, facility_id, regional_office_id, subject_id, detail, raised_at)
    select gen_random_uuid(), 'follow-up-overdue:' || u.id::text, 'follow_up_overdue',
      e.facility_id, f.regional_office_id, u.id,
      jsonb_build_object('dueDate', u.due_date, 'engagementId', e.id), ${now}
    from follow_ups u
    join engagements e on e.id = u.engagement_id
    join facilities f on f.id = e.facility_id
    where u.status = 'open'
      and u.due_date < (${now} at time zone coalesce(f.time_zone_override, f.time_zone))::date
    on conflict (once_key) do nothing`.execute(db);

  // Keyed by the expiry too: a licence renewed with a new expiry date is alerted again when that nears.
  const licenceExpiring = await sql`insert into alerts
      (id, once_key, kind, facility_id, regional_office_id, subject_id, detail, raised_at)
    select gen_random_uuid(), 'licence-expiring:' || l.id::text || ':' || l.expires_on::text, 'licence_expiring',
      l.facility_id, f.regional_office_id, l.id,
      jsonb_build_object('type', l.type, 'number', l.number, 'expiresOn', l.expires_on), ${now}
    from facility_licences l
    join facilities f on f.id = l.facility_id
    where l.status = 'granted' and l.expires_on is not null
      and l.expires_on <= (${now} at time zone coalesce(f.time_zone_override, f.time_zone))::date
        + ${sql.lit(LICENCE_ALERT_DAYS)}
    on conflict (once_key) do nothing`.execute(db);

  return {
    agreementEnding: count(agreementEnding),
    followUpOverdue: count(followUpOverdue),
    licenceExpiring: count(licenceExpiring),
  };
}

/** Raises the alert of a report that could not be made, once per scope and period; true when new. */
export async function raiseReportFailed(
  db: Executor,
  failure: {
    readonly scope: ReportScope;
    readonly scopeKey: string;
    readonly period: string;
    readonly reason: string;
  },
  at: string,
): Promise<boolean> {
  const facilityId = failure.scope.kind === "facility" ? failure.scope.facilityId : null;
  const officeId = failure.scope.kind === "regional_office" ? failure.scope.regionalOfficeId : null;
  const res = await sql`insert into alerts
      (id, once_key, kind, facility_id, regional_office_id, subject_id, detail, raised_at)
    select gen_random_uuid(), ${`report-failed:${failure.scopeKey}:${failure.period}`}, 'report_failed',
      cast(${facilityId} as uuid),
      coalesce(cast(${officeId} as uuid), (select f.regional_office_id from facilities f
        where f.id = cast(${facilityId} as uuid))),
      null,
      jsonb_build_object('scope', cast(${failure.scopeKey} as text), 'period', cast(${failure.period} as text),
        'reason', cast(${failure.reason} as text)),
      cast(${at} as timestamptz)
    on conflict (once_key) do nothing`.execute(db);
  return count(res) === 1;
}
