import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** Agreements (MoU/PKS), their partners, amendment versions and action plans. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table agreements (
      id uuid primary key,
      kind text not null check (kind in ('mou', 'pks')),
      title text not null check (char_length(title) between 1 and 300),
      facility_id uuid references facilities (id),
      regional_office_id uuid references regional_offices (id),
      parent_mou_id uuid references agreements (id),
      fields text[] not null default '{}',
      facility_document_number text,
      partner_document_number text,
      signatories jsonb not null default '[]' check (jsonb_typeof(signatories) = 'array'),
      signed_document jsonb check (
        signed_document is null or jsonb_typeof(signed_document) = 'null'
        or (signed_document ->> 'sha256') ~ '^[0-9a-f]{64}$'),
      start_date date,
      end_date date,
      sort_end_date date generated always as (coalesce(end_date, date '9999-12-31')) stored,
      renews_id uuid references agreements (id),
      state text not null check (state in ('draft', 'proposed', 'negotiating', 'signed', 'terminated', 'withdrawn')),
      signed_at timestamptz,
      terminated_on date,
      termination_reason text,
      version integer not null default 1 check (version >= 1),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (num_nonnulls(facility_id, regional_office_id) = 1),
      check (kind = 'mou' or facility_id is not null),
      check (kind = 'pks' or parent_mou_id is null),
      check (parent_mou_id is null or parent_mou_id <> id),
      check (renews_id is null or renews_id <> id),
      check (start_date is null or end_date is null or end_date > start_date),
      check (kind = 'mou' or start_date is null or end_date is null or end_date <= start_date + interval '3 years'),
      check ((state in ('signed', 'terminated')) = (signed_at is not null)),
      check (state not in ('signed', 'terminated') or (
        start_date is not null and end_date is not null
        and facility_document_number is not null and partner_document_number is not null
        and jsonb_typeof(signed_document) = 'object')),
      check ((state = 'terminated') = (terminated_on is not null and termination_reason is not null))
    )`,
    "create index agreements_facility on agreements (facility_id)",
    "create index agreements_regional_office on agreements (regional_office_id)",
    "create index agreements_state_end on agreements (state, end_date)",
    "create index agreements_end on agreements (end_date)",
    "create index agreements_kind on agreements (kind)",
    "create index agreements_parent_mou on agreements (parent_mou_id)",
    "create index agreements_fields on agreements using gin (fields)",
    "create index agreements_sort_end on agreements (sort_end_date, id)",
    "create index agreements_sort_created on agreements (created_at, id)",
    "create index agreements_sort_title on agreements (title, id)",
    // One live successor per agreement; a withdrawn renewal draft frees the slot for another.
    "create unique index agreements_live_successor on agreements (renews_id) where state <> 'withdrawn'",
    `create table agreement_partners (
      agreement_id uuid not null references agreements (id) on delete cascade,
      partner_id uuid not null references partners (id),
      primary key (agreement_id, partner_id)
    )`,
    "create index agreement_partners_partner on agreement_partners (partner_id)",
    `create table agreement_versions (
      agreement_id uuid not null references agreements (id) on delete cascade,
      version integer not null check (version >= 1),
      snapshot jsonb not null check (jsonb_typeof(snapshot) = 'object'),
      superseded_at timestamptz not null,
      superseded_by text not null,
      reason text,
      primary key (agreement_id, version)
    )`,
    `create table action_items (
      id uuid primary key,
      agreement_id uuid not null references agreements (id) on delete cascade,
      activity text not null check (char_length(activity) between 1 and 500),
      field text not null check (field ~ '^[a-z][a-z0-9_]{1,39}$'),
      target_amount numeric not null check (target_amount > 0),
      target_unit text not null check (char_length(target_unit) between 1 and 50),
      due_date date,
      realised_amount numeric not null default 0 check (realised_amount >= 0),
      evidence jsonb not null default '[]' check (jsonb_typeof(evidence) = 'array'),
      status text not null check (status in ('planned', 'in_progress', 'done', 'cancelled')),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`,
    "create index action_items_agreement on action_items (agreement_id, created_at, id)",
  ]);
}
