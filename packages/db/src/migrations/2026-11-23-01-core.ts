import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** Shared tables: lifecycle history, idempotency keys, Kemendagri areas. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table lifecycle_history (
      id bigint generated always as identity primary key,
      entity_type text not null,
      entity_id uuid not null,
      at timestamptz not null,
      actor text not null,
      from_state text,
      to_state text not null,
      reason text
    )`,
    "create index lifecycle_history_entity on lifecycle_history (entity_type, entity_id, at)",
    `create table idempotency_keys (
      key text not null,
      scope text not null,
      request_hash text not null,
      status_code integer,
      response_body jsonb,
      response_headers jsonb,
      created_at timestamptz not null default now(),
      primary key (scope, key),
      check (char_length(key) between 1 and 255)
    )`,
    "create index idempotency_keys_created on idempotency_keys (created_at)",
    `create table areas (
      code text primary key check (code ~ '^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2})?)?$'),
      level text not null check (level in ('province', 'regency', 'district')),
      name text not null,
      parent_code text references areas (code)
    )`,
    "create index areas_parent on areas (parent_code)",
    "create index areas_level_name on areas (level, name)",
  ]);
}
