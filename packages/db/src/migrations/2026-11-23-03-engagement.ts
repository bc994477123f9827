import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** Engagements (visits) with their partners and follow-ups. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table engagements (
      id uuid primary key,
      facility_id uuid not null references facilities (id),
      kind text not null check (kind in ('audience', 'courtesy_visit', 'coordination', 'signing', 'monitoring')),
      date date not null,
      place text check (place is null or length(btrim(place)) > 0),
      attendees jsonb not null default '[]' check (jsonb_typeof(attendees) = 'array'),
      summary text not null default '',
      outcomes jsonb not null default '[]' check (jsonb_typeof(outcomes) = 'array'),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`,
    "create index engagements_facility_date on engagements (facility_id, date)",
    "create index engagements_kind_date on engagements (kind, date)",
    "create index engagements_date on engagements (date)",
    `create table engagement_partners (
      engagement_id uuid not null references engagements (id) on delete cascade,
      partner_id uuid not null references partners (id),
      -- Order in which the partners were named (the first is the host of the visit).
      position integer not null default 0 check (position >= 0),
      primary key (engagement_id, partner_id)
    )`,
    "create index engagement_partners_partner on engagement_partners (partner_id)",
    `create table follow_ups (
      id uuid primary key,
      engagement_id uuid not null references engagements (id) on delete cascade,
      text text not null check (length(btrim(text)) > 0),
      owner_name text not null check (length(btrim(owner_name)) > 0),
      due_date date not null,
      status text not null check (status in ('open', 'done', 'dropped')),
      closed_at timestamptz,
      note text,
      drop_reason text,
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check ((status = 'open') = (closed_at is null)),
      check ((status = 'dropped') = (drop_reason is not null and length(btrim(drop_reason)) > 0)),
      check (note is null or status = 'done')
    )`,
    "create index follow_ups_engagement on follow_ups (engagement_id)",
    "create index follow_ups_status_due on follow_ups (status, due_date)",
    "create index follow_ups_due on follow_ups (due_date)",
    "create index follow_ups_owner on follow_ups (lower(owner_name))",
  ]);
}
