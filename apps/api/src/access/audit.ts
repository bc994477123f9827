import { type AuditEntryInput, appendAudit, type Executor } from "@sinergi/db";
import type { Context } from "hono";
import type { AppEnv } from "../context.ts";

/** The audit entry for this request's action, as written by `audit` (for a statement that writes it itself). */
export function auditEntry(
  c: Context<AppEnv>,
  entry: Pick<AuditEntryInput, "action" | "resourceType" | "resourceId" | "before" | "after">,
): AuditEntryInput {
  const principal = c.get("principal");
  return {
    at: c.get("now")(),
    actorId: principal?.id ?? "anonymous",
    actorKind: principal?.kind ?? "anonymous",
    requestId: c.get("requestId") ?? null,
    actorScope: principal?.scope,
    ...entry,
  };
}

/** Writes one audit entry for this request's change, inside the caller's transaction. */
export async function audit(
  db: Executor,
  c: Context<AppEnv>,
  entry: Pick<AuditEntryInput, "action" | "resourceType" | "resourceId" | "before" | "after">,
): Promise<void> {
  await appendAudit(db, auditEntry(c, entry));
}
