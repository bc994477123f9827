import type { Permission, Role, Scope } from "@sinergi/domain";
import { type Selectable, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { FindOptions } from "../../record-store.ts";
import type { ApiKeysTable } from "../../schema/access.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";
import { scopeColumns, toScope } from "./users.ts";

/** An API key as the API shows it: never the key or its hash, only the prefix that identifies it. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly permissions: readonly Permission[];
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  readonly createdBy: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toApiKey = (row: Selectable<ApiKeysTable>): ApiKeyRecord => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  role: row.role as Role,
  scope: toScope(row.scopeKind, row.scopeId),
  permissions: row.permissions as Permission[],
  expiresAt: row.expiresAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
  createdBy: row.createdBy,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Stores a key by its hash. */
export async function insertApiKey(
  db: Executor,
  input: {
    id: string;
    name: string;
    prefix: string;
    keyHash: string;
    role: Role;
    scope: Scope;
    permissions: readonly Permission[];
    expiresAt: string | null;
    createdBy: string;
  },
  at: string,
): Promise<ApiKeyRecord> {
  const row = await db
    .insertInto("apiKeys")
    .values({
      id: input.id,
      name: input.name,
      prefix: input.prefix,
      keyHash: input.keyHash,
      role: input.role,
      ...scopeColumns(input.scope),
      permissions: [...input.permissions],
      expiresAt: input.expiresAt,
      createdBy: input.createdBy,
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toApiKey(row);
}

/** Last-used time is written at most this often: a busy partner system's calls must not queue on one row. */
const RECORD_USE_EVERY_MS = 60 * 1000;

/**
 * A usable key by hash (not revoked, not expired), read afresh on every call; records its use (to the
 * minute) in the same statement, so checking a key is one round trip whether or not it writes.
 */
export async function useApiKey(
  db: Executor,
  keyHash: string,
  at: string,
): Promise<ApiKeyRecord | undefined> {
  const stale = (ms: number) => new Date(Date.parse(at) + ms).toISOString();
  const { rows } = await sql<Selectable<ApiKeysTable> & { used: boolean }>`
    with k as (
      select * from api_keys
      where key_hash = ${keyHash} and revoked_at is null and (expires_at is null or expires_at > ${at}::timestamptz)
    ), used as (
      -- The key's current last use, skipping a row another request is writing: one write when it falls
      -- due, not a queue of every concurrent request on the row lock.
      update api_keys set last_used_at = ${at}::timestamptz
      where api_keys.id in (
        select t.id from api_keys t join k on t.id = k.id
        where t.last_used_at is null or t.last_used_at <= ${stale(-RECORD_USE_EVERY_MS)}::timestamptz
          or t.last_used_at >= ${stale(RECORD_USE_EVERY_MS)}::timestamptz
        for update of t skip locked)
      returning api_keys.id
    )
    select k.*, exists (select 1 from used) as used from k`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const { used, ...key } = row;
  return toApiKey(used ? { ...key, lastUsedAt: at } : key);
}

/** One key by id. */
export async function findApiKey(db: Executor, id: string, options: FindOptions = {}) {
  let q = db.selectFrom("apiKeys").selectAll().where("id", "=", id);
  const seen = seenBy("api_key", options.viewer, "api_keys.id");
  if (seen) q = q.where(seen);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toApiKey(row);
}

/** Revokes a key (kept for the record). */
export async function revokeApiKey(db: Executor, id: string, at: string): Promise<ApiKeyRecord> {
  const row = await db
    .updateTable("apiKeys")
    .set((eb) => ({ revokedAt: at, updatedAt: at, revision: eb("revision", "+", 1) }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toApiKey(row);
}

/** Lists keys, newest first. */
export async function listApiKeys(
  db: Executor,
  query: { limit: number; cursor?: string | undefined; viewer?: Viewer },
): Promise<Page<ApiKeyRecord>> {
  let q = db.selectFrom("apiKeys").selectAll();
  const seen = seenBy("api_key", query.viewer, "api_keys.id");
  if (seen) q = q.where(seen);
  return paginate(
    q,
    {
      column: "createdAt",
      columnType: "timestamptz",
      idColumn: "id",
      direction: "desc",
      limit: query.limit,
      cursor: query.cursor,
    },
    toApiKey,
  );
}
