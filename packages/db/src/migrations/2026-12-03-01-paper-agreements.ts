import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Agreements as they happen on paper: stored documents (bytes in the database, so backups and
 * transactions cover them); the signing day and time from the paper; a regional office signs a PKS
 * and the directorate a national MoU; a PKS ends at most the day before its third anniversary; a
 * termination not before the start; signatories carry a position and a role; realisation corrections
 * are kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table documents (
      id uuid primary key,
      purpose text not null check (purpose in ('signed_agreement', 'addendum', 'evidence', 'licence')),
      file_name text not null check (char_length(file_name) between 1 and 255),
      media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer not null check (size_bytes between 1 and 20971520),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea not null check (octet_length(content) = size_bytes),
      facility_id uuid references facilities (id),
      regional_office_id uuid references regional_offices (id),
      uploaded_by text not null,
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (num_nonnulls(facility_id, regional_office_id) <= 1)
    )`,
    "create index documents_sort_created on documents (created_at, id)",
    "create index documents_facility on documents (facility_id)",
    "create index documents_regional_office on documents (regional_office_id)",
    "create index documents_sha256 on documents (sha256)",
    "alter table agreements add column signed_document_id uuid references documents (id)",
    "create index agreements_signed_document on agreements (signed_document_id)",
    "alter table agreements add column signed_on date",
    `alter table agreements add column signed_time text
      check (signed_time is null or signed_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    // Agreements signed before today kept only the server's clock: their local day is the best there is.
    `update agreements set signed_on = (signed_at at time zone coalesce(
        (select coalesce(f.time_zone_override, f.time_zone) from facilities f where f.id = agreements.facility_id),
        'Asia/Jakarta'))::date
      where signed_at is not null`,
    "alter table agreements add constraint agreements_signed_on check ((state in ('signed', 'terminated')) = (signed_on is not null))",
    "alter table agreements add column sort_signed_on date generated always as (coalesce(signed_on, date '9999-12-31')) stored",
    "create index agreements_sort_signed on agreements (sort_signed_on, id)",
    // A regional office signs PKS too; neither party: a national MoU of the directorate.
    "alter table agreements drop constraint agreements_check",
    "alter table agreements drop constraint agreements_check1",
    "alter table agreements add constraint agreements_signing_unit check (num_nonnulls(facility_id, regional_office_id) <= 1)",
    "alter table agreements add constraint agreements_pks_unit check (kind = 'mou' or num_nonnulls(facility_id, regional_office_id) = 1)",
    // A PKS ends at most the day before its third anniversary (29 February's is 1 March).
    "alter table agreements drop constraint agreements_check6",
    `alter table agreements add constraint agreements_pks_term check (
      kind = 'mou' or start_date is null or end_date is null
      or end_date < (start_date + interval '3 years')::date
        + (case when extract(month from start_date) = 2 and extract(day from start_date) = 29 then 1 else 0 end)
    ) not valid`,
    // A signed agreement refers to a stored document; one signed before documents were stored keeps its hash.
    "alter table agreements drop constraint agreements_check8",
    `alter table agreements add constraint agreements_signed_complete check (
      state not in ('signed', 'terminated') or (
        start_date is not null and end_date is not null
        and facility_document_number is not null and partner_document_number is not null
        and (signed_document_id is not null or jsonb_typeof(signed_document) = 'object')))`,
    "alter table agreements add constraint agreements_termination_after_start check (terminated_on is null or start_date is null or terminated_on >= start_date) not valid",
    // Signatories: the title is the position; everyone filed so far signed.
    `update agreements set signatories = coalesce((
        select jsonb_agg(case when s ? 'title'
          then (s - 'title') || jsonb_build_object('position', s -> 'title', 'role', 'signs') else s end order by n)
        from jsonb_array_elements(agreements.signatories) with ordinality as e(s, n)), signatories)
      where exists (select 1 from jsonb_array_elements(agreements.signatories) s where s ? 'title')`,
    `create table action_item_adjustments (
      id uuid primary key,
      action_item_id uuid not null references action_items (id) on delete cascade,
      previous_amount numeric not null check (previous_amount >= 0),
      realised_amount numeric not null check (realised_amount >= 0),
      reason text not null check (char_length(reason) between 1 and 1000),
      evidence jsonb not null default '[]' check (jsonb_typeof(evidence) = 'array'),
      adjusted_at timestamptz not null,
      adjusted_by text not null
    )`,
    "create index action_item_adjustments_item on action_item_adjustments (action_item_id, adjusted_at, id)",
  ]);
}
