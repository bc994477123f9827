import type { Scope } from "@sinergi/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { type Page, paginate } from "../../pagination.ts";
import { auditInScope, auditPlaceSql } from "../../visibility/place.ts";

/** One audit entry as written. */
export interface AuditEntryInput {
  readonly at: string;
  readonly actorId: string;
  readonly actorKind: "user" | "api_key" | "system" | "anonymous";
  /** `create`, `update`, `move:<name>`, `read-personal-data`, `export`, … */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
  /** The acting principal's scope: where the entry sits when its resource has no place of its own. */
  readonly actorScope?: Scope | undefined;
}

/** An audit entry as read back. */
export interface AuditEntry extends Omit<AuditEntryInput, "actorScope"> {
  readonly id: number;
  readonly facilityId: string | null;
  readonly regionalOfficeId: string | null;
}

/**
 * SQL: the insert of one audit entry, its place worked out in the same statement. With `when`, the row
 * is written only when that condition holds (an entry riding in a read's own statement).
 */
export function auditInsertSql(entry: AuditEntryInput, when?: RawBuilder<SqlBool>): RawBuilder<unknown> {
  const jsonOrNull = (v: unknown) => (v === undefined || v === null ? sql`null::jsonb` : json(v));
  return sql`insert into audit_log (at, actor_id, actor_kind, action, resource_type, resource_id, before, after,
      request_id, facility_id, regional_office_id)
    select ${entry.at}::timestamptz, ${entry.actorId}, ${entry.actorKind}, ${entry.action}, ${entry.resourceType},
      ${entry.resourceId}, ${jsonOrNull(entry.before)}, ${jsonOrNull(entry.after)}, ${entry.requestId},
      place.facility_id, place.regional_office_id
    from (${auditPlaceSql(entry.resourceType, entry.resourceId, entry.actorScope)}) place
    ${when === undefined ? sql`` : sql`where ${when}`}`;
}

/** Appends an audit entry (call inside the change's own transaction): one statement. */
export async function appendAudit(db: Executor, entry: AuditEntryInput): Promise<void> {
  await auditInsertSql(entry).execute(db);
}

/** Filters for reading the audit log. */
export interface AuditQuery {
  readonly actorId?: string | undefined;
  readonly resourceType?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** The reader's scope: only entries that happened inside it. */
  readonly scope?: Scope | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Reads the audit log, newest first. */
export async function listAudit(db: Executor, query: AuditQuery): Promise<Page<AuditEntry>> {
  let q = db
    .selectFrom("auditLog")
    .select([
      "id",
      "at",
      "actorId",
      "actorKind",
      "action",
      "resourceType",
      "resourceId",
      "before",
      "after",
      "requestId",
      "facilityId",
      "regionalOfficeId",
    ]);
  const inScope = auditInScope(query.scope);
  if (inScope) q = q.where(inScope);
  if (query.actorId) q = q.where("actorId", "=", query.actorId);
  if (query.resourceType) q = q.where("resourceType", "=", query.resourceType);
  if (query.resourceId) q = q.where("resourceId", "=", query.resourceId);
  if (query.from) q = q.where("at", ">=", query.from);
  if (query.to) q = q.where("at", "<", query.to);
  const rows = await paginate(q, {
    column: "at",
    columnType: "timestamptz",
    idColumn: "id",
    idType: "bigint",
    direction: "desc",
    limit: query.limit,
    cursor: query.cursor,
  });
  return {
    items: rows.items.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actorId: r.actorId,
      actorKind: r.actorKind as AuditEntry["actorKind"],
      action: r.action,
      resourceType: r.resourceType,
      resourceId: r.resourceId,
      before: r.before,
      after: r.after,
      requestId: r.requestId,
      facilityId: r.facilityId,
      regionalOfficeId: r.regionalOfficeId,
    })),
    nextCursor: rows.nextCursor,
  };
}
