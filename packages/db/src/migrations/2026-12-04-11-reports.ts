import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Monthly report snapshots, the worker's run log and alerts. A report is immutable: a regenerate
 * inserts the next revision. The unique key on (scope, period, revision) is what makes a report
 * exactly once across worker processes; an alert's once-key does the same for alerts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table reports (
      id uuid primary key,
      scope_kind text not null check (scope_kind in ('facility', 'regional_office', 'national')),
      facility_id uuid references facilities (id),
      regional_office_id uuid references regional_offices (id),
      period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      revision integer not null check (revision >= 1),
      made_at timestamptz not null,
      data_cut_off timestamptz not null,
      made_by text not null check (char_length(made_by) between 1 and 200),
      content jsonb not null,
      check ((scope_kind = 'facility') = (facility_id is not null)),
      check ((scope_kind = 'regional_office') = (regional_office_id is not null))
    )`,
    // One row per scope, period and revision; coalesce makes the national scope a single key.
    `create unique index reports_scope_period_revision on reports (
      scope_kind,
      coalesce(facility_id, regional_office_id, '00000000-0000-0000-0000-000000000000'::uuid),
      period,
      revision
    )`,
    "create index reports_period on reports (period, scope_kind)",
    "create index reports_facility on reports (facility_id, period) where facility_id is not null",
    `create index reports_regional_office on reports (regional_office_id, period)
      where regional_office_id is not null`,
    `create table report_runs (
      id uuid primary key,
      kind text not null check (kind in ('pass', 'backfill', 'regenerate')),
      worker text not null check (char_length(worker) between 1 and 200),
      started_at timestamptz not null,
      finished_at timestamptz,
      reports_made integer not null default 0 check (reports_made >= 0),
      failures jsonb not null default '[]'::jsonb,
      check (finished_at is null or finished_at >= started_at)
    )`,
    "create index report_runs_started on report_runs (started_at desc, id desc)",
    `create table alerts (
      id uuid primary key,
      once_key text not null unique check (char_length(once_key) between 1 and 300),
      kind text not null check (kind in ('agreement_ending', 'follow_up_overdue', 'licence_expiring', 'report_failed')),
      facility_id uuid references facilities (id),
      regional_office_id uuid references regional_offices (id),
      subject_id uuid,
      detail jsonb not null default '{}'::jsonb,
      raised_at timestamptz not null
    )`,
    "create index alerts_raised on alerts (raised_at desc, id desc)",
    "create index alerts_facility on alerts (facility_id, raised_at desc) where facility_id is not null",
    `create table alert_reads (
      alert_id uuid not null references alerts (id),
      user_id uuid not null references users (id),
      read_at timestamptz not null,
      primary key (alert_id, user_id)
    )`,
    `create table alert_emails (
      user_id uuid not null references users (id),
      day date not null,
      sent_at timestamptz not null,
      alert_count integer not null check (alert_count >= 0),
      primary key (user_id, day)
    )`,
  ]);
}
