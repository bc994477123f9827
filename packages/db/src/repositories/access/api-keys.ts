import type { Permission, Role, Scope } from "@sinergi/domain";
import type { Selectable } from "kysely";
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

/** A usable key by hash (not revoked, not expired); records its use (to the minute). */
export async function useApiKey(
  db: Executor,
  keyHash: string,
  at: string,
): Promise<ApiKeyRecord | undefined> {
  const row = await db
    .selectFrom("apiKeys")
    .selectAll()
    .where("keyHash", "=", keyHash)
    .where("revokedAt", "is", null)
    .where((eb) => eb.or([eb("expiresAt", "is", null), eb("expiresAt", ">", at)]))
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.lastUsedAt !== null && Math.abs(Date.parse(at) - Date.parse(row.lastUsedAt)) < RECORD_USE_EVERY_MS)
    return toApiKey(row);
  await db.updateTable("apiKeys").set({ lastUsedAt: at }).where("id", "=", row.id).execute();
  return toApiKey({ ...row, lastUsedAt: at });
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
  const page = await paginate(q, {
    column: "createdAt",
    columnType: "timestamptz",
    idColumn: "id",
    direction: "desc",
    limit: query.limit,
    cursor: query.cursor,
  });
  return { items: page.items.map(toApiKey), nextCursor: page.nextCursor };
}
