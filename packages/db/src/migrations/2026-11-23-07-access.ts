import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

const roles =
  "'national_admin', 'regional_admin', 'facility_admin', 'facility_staff', 'viewer', 'partner_system'";
const scopeKinds = "'national', 'regional', 'facility', 'partner'";

/** People, sessions, API keys and the append-only audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table users (
      id uuid primary key,
      email text not null check (email = lower(email) and email like '%_@_%'),
      name text not null,
      password_hash text not null,
      role text not null check (role in (${roles})),
      scope_kind text not null check (scope_kind in (${scopeKinds})),
      scope_id uuid,
      failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0),
      locked_until timestamptz,
      disabled_at timestamptz,
      password_changed_at timestamptz not null,
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (email),
      check ((scope_kind = 'national') = (scope_id is null))
    )`,
    `create table sessions (
      id uuid primary key,
      token_hash text not null unique,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      last_seen_at timestamptz not null,
      check (expires_at > created_at)
    )`,
    "create index sessions_user on sessions (user_id)",
    "create index sessions_expiry on sessions (expires_at)",
    `create table api_keys (
      id uuid primary key,
      name text not null,
      prefix text not null unique,
      key_hash text not null unique,
      role text not null check (role in (${roles})),
      scope_kind text not null check (scope_kind in (${scopeKinds})),
      scope_id uuid,
      permissions text[] not null,
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz,
      created_by text not null,
      revision integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check ((scope_kind = 'national') = (scope_id is null))
    )`,
    `create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null,
      actor_id text not null,
      actor_kind text not null check (actor_kind in ('user', 'api_key', 'system', 'anonymous')),
      action text not null,
      resource_type text not null,
      resource_id text,
      before jsonb,
      after jsonb,
      request_id text
    )`,
    "create index audit_log_actor on audit_log (actor_id, at)",
    "create index audit_log_resource on audit_log (resource_type, resource_id, at)",
    "create index audit_log_at on audit_log (at)",
    // The database itself keeps the log append-only, whatever the application does.
    `create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
      end
    $$`,
    `create trigger audit_log_no_update_delete before update or delete on audit_log
      for each row execute function audit_log_append_only()`,
    `create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`,
  ]);
}
