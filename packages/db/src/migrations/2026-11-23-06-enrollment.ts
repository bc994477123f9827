import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** Enrollments, attendance and certificates. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table enrollments (
      id uuid primary key,
      cohort_id uuid not null references cohorts (id),
      inmate_id uuid not null references inmates (id),
      state text not null check (state in ('enrolled', 'completed', 'withdrawn', 'transferred', 'released')),
      assessment jsonb,
      end_reason text,
      enrolled_at timestamptz not null,
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (cohort_id, inmate_id),
      check (revision >= 1),
      -- An early end always says why; an enrolled or completed enrollment has no end reason.
      check ((state in ('withdrawn', 'transferred', 'released')) = (end_reason is not null)),
      check (
        assessment is null or jsonb_typeof(assessment) = 'null'
        or (assessment ->> 'result' in ('competent', 'not_yet_competent')
          and assessment ->> 'assessor' is not null and assessment ->> 'assessedOn' is not null)
      )
    )`,
    "create index enrollments_inmate on enrollments (inmate_id, state, enrolled_at, id)",
    "create index enrollments_cohort_state on enrollments (cohort_id, state, enrolled_at, id)",
    "create index enrollments_state on enrollments (state, enrolled_at, id)",
    "create index enrollments_enrolled_at on enrollments (enrolled_at, id)",
    `create table attendance (
      enrollment_id uuid not null references enrollments (id) on delete cascade,
      session_date date not null,
      present boolean not null,
      primary key (enrollment_id, session_date)
    )`,
    `create table certificates (
      id uuid primary key,
      number text not null unique,
      enrollment_id uuid not null unique references enrollments (id),
      scheme_name text not null,
      competency text not null,
      level text,
      issuer_partner_id uuid references partners (id),
      holder_name text not null,
      issued_on date not null,
      valid_until date,
      status text not null check (status in ('issued', 'revoked')),
      revoked_reason text,
      revoked_on date,
      verification_code text not null unique,
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (revision >= 1),
      check (valid_until is null or valid_until > issued_on),
      -- A revoked certificate keeps its row and says why and when; an issued one has neither.
      check ((status = 'revoked') = (revoked_reason is not null)),
      check ((status = 'revoked') = (revoked_on is not null)),
      check (revoked_on is null or revoked_on >= issued_on),
      -- 16 Crockford base32 characters (80 bits), stored upper case so lookups are exact.
      check (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{16}$')
    )`,
    "create index certificates_issuer on certificates (issuer_partner_id, status, created_at, id)",
    "create index certificates_status on certificates (status, created_at, id)",
    "create index certificates_created_at on certificates (created_at, id)",
    "create index certificates_issued_on on certificates (issued_on)",
  ]);
}
