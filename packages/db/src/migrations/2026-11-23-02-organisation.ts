import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** Regional offices, facilities, licences, population snapshots, partners. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table regional_offices (
      id uuid primary key,
      name text not null unique,
      province_code text not null check (province_code ~ '^[0-9]{2}$'),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`,
    `create table facilities (
      id uuid primary key,
      regional_office_id uuid not null references regional_offices (id),
      kind text not null check (kind in ('rutan', 'lapas', 'lpka')),
      class text not null check (class in ('I', 'IIA', 'IIB', 'III')),
      name text not null unique,
      regency_code text not null references areas (code),
      time_zone text not null check (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
      time_zone_override text check (time_zone_override in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
      capacity integer check (capacity > 0),
      head jsonb,
      contacts jsonb not null default '[]',
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`,
    "create index facilities_regional_office on facilities (regional_office_id)",
    "create index facilities_regency on facilities (regency_code)",
    "create index facilities_kind on facilities (kind)",
    `create table facility_licences (
      id uuid primary key,
      facility_id uuid not null references facilities (id),
      type text not null check (type in ('hygiene_sanitation', 'primary_clinic', 'clinic', 'pharmacy',
        'fire_safety', 'building', 'other')),
      number text,
      issuer text not null,
      status text not null check (status in ('applied', 'granted', 'expired', 'revoked')),
      applied_on date,
      granted_on date,
      expires_on date,
      revoked_reason text,
      notes text,
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (expires_on is null or granted_on is null or expires_on > granted_on),
      check (status not in ('granted', 'expired') or (number is not null and granted_on is not null))
    )`,
    "create index facility_licences_facility on facility_licences (facility_id, status)",
    "create index facility_licences_expiry on facility_licences (expires_on)",
    `create table population_snapshots (
      id uuid primary key,
      facility_id uuid not null references facilities (id),
      taken_on date not null,
      total integer not null check (total >= 0),
      detainees integer not null check (detainees >= 0),
      convicts integer not null check (convicts >= 0),
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (facility_id, taken_on),
      check (detainees + convicts = total)
    )`,
    `create table population_domicile_counts (
      snapshot_id uuid not null references population_snapshots (id) on delete cascade,
      regency_code text not null references areas (code),
      count integer not null check (count >= 0),
      primary key (snapshot_id, regency_code)
    )`,
    "create index population_domicile_regency on population_domicile_counts (regency_code)",
    `create table partners (
      id uuid primary key,
      kind text not null check (kind in ('local_government', 'government_agency', 'training_provider',
        'certification_body', 'ngo', 'business', 'other')),
      name text not null,
      parent_id uuid references partners (id),
      area_code text references areas (code),
      contacts jsonb not null default '[]',
      fields text[] not null default '{}',
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (parent_id is null or parent_id <> id)
    )`,
    "create index partners_kind on partners (kind)",
    "create index partners_parent on partners (parent_id)",
    "create index partners_area on partners (area_code)",
    "create index partners_name on partners (lower(name))",
  ]);
}
