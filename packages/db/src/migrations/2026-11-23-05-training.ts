import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** The regency a NIK was issued in (`33.73`), the stand-in domicile when none is recorded. */
const DOMICILE = "coalesce(domicile_regency_code, substr(nik, 1, 2) || '.' || substr(nik, 3, 2))";

/** Inmates, programs and cohorts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table inmates (
      id uuid primary key,
      facility_id uuid not null references facilities (id),
      registration_number text not null check (length(trim(registration_number)) > 0),
      name text not null check (length(trim(name)) > 0),
      nik text check (nik ~ '^[0-9]{16}$' and substr(nik, 13, 4) <> '0000'),
      sex text not null check (sex in ('male', 'female')),
      birth_date date not null,
      legal_status text not null check (legal_status in ('detainee', 'convict')),
      domicile_regency_code text references areas (code) check (domicile_regency_code ~ '^[0-9]{2}\\.[0-9]{2}$'),
      admission_date date not null,
      expected_release_date date,
      nik_validation text not null default 'unverified' check (nik_validation in ('unverified', 'valid', 'invalid')),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (facility_id, registration_number),
      unique (facility_id, nik),
      check (birth_date < admission_date),
      check (expected_release_date is null or expected_release_date >= admission_date)
    )`,
    "create index inmates_facility on inmates (facility_id, legal_status)",
    "create index inmates_legal_status on inmates (legal_status)",
    `create index inmates_domicile on inmates ((${DOMICILE}))`,
    "create index inmates_name on inmates (lower(name))",
    "create index inmates_created on inmates (created_at, id)",
    `create table programs (
      id uuid primary key,
      name text not null check (length(trim(name)) > 0),
      track text not null check (track in ('vocational', 'personal_development')),
      field text not null check (field ~ '^[a-z][a-z0-9_]{1,39}$'),
      provider_partner_id uuid references partners (id),
      funding_agreement_id uuid references agreements (id),
      min_attendance_share numeric not null default 0.8 check (min_attendance_share > 0 and min_attendance_share <= 1),
      certification_scheme jsonb check (certification_scheme is null or jsonb_typeof(certification_scheme) in ('object', 'null')),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`,
    "create index programs_provider on programs (provider_partner_id)",
    "create index programs_agreement on programs (funding_agreement_id)",
    "create index programs_track_field on programs (track, field)",
    "create index programs_field on programs (field)",
    "create index programs_name on programs (name, id)",
    `create table cohorts (
      id uuid primary key,
      program_id uuid not null references programs (id),
      facility_id uuid not null references facilities (id),
      name text not null check (length(trim(name)) > 0),
      start_date date not null,
      end_date date not null,
      capacity integer not null check (capacity > 0),
      place text,
      instructors jsonb not null default '[]' check (jsonb_typeof(instructors) = 'array'),
      eligibility jsonb not null default '{}' check (jsonb_typeof(eligibility) = 'object'),
      planned_sessions integer check (planned_sessions > 0),
      state text not null check (state in ('planned', 'open', 'running', 'completed', 'cancelled')),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (end_date >= start_date)
    )`,
    "create index cohorts_program on cohorts (program_id)",
    "create index cohorts_facility_state on cohorts (facility_id, state)",
    "create index cohorts_state on cohorts (state)",
    "create index cohorts_dates on cohorts (start_date, end_date)",
  ]);
}
