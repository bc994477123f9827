import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "./core.ts";

/** users: people who sign in to the console. */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  /** The hash of the password the person chose before the current one (never a one-time one). */
  previousPasswordHash: string | null;
  role: string;
  scopeKind: string;
  scopeId: string | null;
  failedSignIns: Generated<number>;
  lockedUntil: Timestamp | null;
  disabledAt: Timestamp | null;
  passwordChangedAt: Timestamp;
  /** A password someone else chose or generated: it opens only the password change. */
  mustChangePassword: Generated<boolean>;
  lastSignInAt: Timestamp | null;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** sessions: a signed-in browser; only the token's hash is stored. */
export interface SessionsTable {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  lastSeenAt: Timestamp;
}

/** api_keys: external systems' bearer keys; only the hash is stored. */
export interface ApiKeysTable {
  id: string;
  name: string;
  prefix: string;
  keyHash: string;
  role: string;
  scopeKind: string;
  scopeId: string | null;
  permissions: string[];
  expiresAt: Timestamp | null;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
  createdBy: string;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** audit_log: append-only record of every write and every read of personal data. */
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actorId: string;
  actorKind: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  before: ColumnType<unknown, unknown, never>;
  after: ColumnType<unknown, unknown, never>;
  requestId: string | null;
  /** Where it happened: the resource's facility (else the actor's), for scoped reading. */
  facilityId: string | null;
  regionalOfficeId: string | null;
}

/** Access tables. */
export interface AccessTables {
  users: UsersTable;
  sessions: SessionsTable;
  apiKeys: ApiKeysTable;
  auditLog: AuditLogTable;
}
