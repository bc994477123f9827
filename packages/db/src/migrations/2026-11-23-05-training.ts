import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** Inmates, programs and cohorts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table inmates (
      id uuid primary key,
      facility_id uuid not null references facilities (id),
      registration_number text not null,
      name text not null,
      nik text check (nik ~ '^[0-9]{16}$'),
      sex text not null check (sex in ('male', 'female')),
      birth_date date not null,
      legal_status text not null check (legal_status in ('detainee', 'convict')),
      domicile_regency_code text references areas (code),
      admission_date date not null,
      expected_release_date date,
      nik_validation text not null default 'unverified' check (nik_validation in ('unverified', 'valid', 'invalid')),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (facility_id, registration_number),
      unique (facility_id, nik),
      check (expected_release_date is null or expected_release_date >= admission_date)
    )`,
    "create index inmates_facility on inmates (facility_id, legal_status)",
    "create index inmates_domicile on inmates (domicile_regency_code)",
    "create index inmates_name on inmates (lower(name))",
    `create table programs (
      id uuid primary key,
      name text not null,
      track text not null check (track in ('vocational', 'personal_development')),
      field text not null,
      provider_partner_id uuid references partners (id),
      funding_agreement_id uuid references agreements (id),
      min_attendance_share numeric not null default 0.8 check (min_attendance_share > 0 and min_attendance_share <= 1),
      certification_scheme jsonb,
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`,
    "create index programs_provider on programs (provider_partner_id)",
    "create index programs_agreement on programs (funding_agreement_id)",
    "create index programs_track_field on programs (track, field)",
    `create table cohorts (
      id uuid primary key,
      program_id uuid not null references programs (id),
      facility_id uuid not null references facilities (id),
      name text not null,
      start_date date not null,
      end_date date not null,
      capacity integer not null check (capacity > 0),
      place text,
      instructors jsonb not null default '[]',
      eligibility jsonb not null default '{}',
      planned_sessions integer check (planned_sessions > 0),
      state text not null check (state in ('planned', 'open', 'running', 'completed', 'cancelled')),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (end_date >= start_date)
    )`,
    "create index cohorts_program on cohorts (program_id)",
    "create index cohorts_facility_state on cohorts (facility_id, state)",
    "create index cohorts_dates on cohorts (start_date, end_date)",
  ]);
}
