import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** Agreements (MoU/PKS), their partners, amendment versions and action plans. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table agreements (
      id uuid primary key,
      kind text not null check (kind in ('mou', 'pks')),
      title text not null,
      facility_id uuid references facilities (id),
      regional_office_id uuid references regional_offices (id),
      parent_mou_id uuid references agreements (id),
      fields text[] not null default '{}',
      facility_document_number text,
      partner_document_number text,
      signatories jsonb not null default '[]',
      signed_document jsonb,
      start_date date,
      end_date date,
      renews_id uuid unique references agreements (id),
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
      check (start_date is null or end_date is null or end_date > start_date),
      check (state <> 'terminated' or (terminated_on is not null and termination_reason is not null))
    )`,
    "create index agreements_facility on agreements (facility_id)",
    "create index agreements_regional_office on agreements (regional_office_id)",
    "create index agreements_state_end on agreements (state, end_date)",
    "create index agreements_kind on agreements (kind)",
    "create index agreements_parent_mou on agreements (parent_mou_id)",
    `create table agreement_partners (
      agreement_id uuid not null references agreements (id) on delete cascade,
      partner_id uuid not null references partners (id),
      primary key (agreement_id, partner_id)
    )`,
    "create index agreement_partners_partner on agreement_partners (partner_id)",
    `create table agreement_versions (
      agreement_id uuid not null references agreements (id) on delete cascade,
      version integer not null,
      snapshot jsonb not null,
      superseded_at timestamptz not null,
      superseded_by text not null,
      reason text,
      primary key (agreement_id, version)
    )`,
    `create table action_items (
      id uuid primary key,
      agreement_id uuid not null references agreements (id) on delete cascade,
      activity text not null,
      field text not null,
      target_amount numeric not null check (target_amount > 0),
      target_unit text not null,
      due_date date,
      realised_amount numeric not null default 0 check (realised_amount >= 0),
      evidence jsonb not null default '[]',
      status text not null check (status in ('planned', 'in_progress', 'done', 'cancelled')),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`,
    "create index action_items_agreement on action_items (agreement_id)",
  ]);
}
