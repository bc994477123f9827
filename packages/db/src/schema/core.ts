import type { ColumnType, Generated } from "kysely";

/** Timestamp column: written as ISO string or Date, read as ISO string. */
export type Timestamp = ColumnType<string, string | Date, string | Date>;

/** lifecycle_history: every lifecycle move of every entity. */
export interface LifecycleHistoryTable {
  id: Generated<number>;
  entityType: string;
  entityId: string;
  at: Timestamp;
  actor: string;
  fromState: string | null;
  toState: string;
  reason: string | null;
}

/** idempotency_keys: the first answer to a POST with an Idempotency-Key. */
export interface IdempotencyKeysTable {
  key: string;
  scope: string;
  requestHash: string;
  statusCode: number | null;
  /** The first answer's body as sent, byte for byte (null when it had none or is withheld). */
  responseBody: string | null;
  /** The first answer showed a secret or personal data once: a replay gets 409 and its Location. */
  responseWithheld: ColumnType<boolean, boolean | undefined, boolean>;
  responseHeaders: unknown;
  createdAt: ColumnType<string, string | Date | undefined, string | Date>;
}

/** areas: official Kemendagri codes (province, regency/city, district) from idn-area-data. */
export interface AreasTable {
  code: string;
  level: "province" | "regency" | "district";
  name: string;
  parentCode: string | null;
}

/** Core tables. */
export interface CoreTables {
  lifecycleHistory: LifecycleHistoryTable;
  idempotencyKeys: IdempotencyKeysTable;
  areas: AreasTable;
}
