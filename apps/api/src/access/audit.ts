import { type AuditEntryInput, appendAudit, type Executor } from "@sinergi/db";
import type { Context } from "hono";
import type { AppEnv } from "../context.ts";

/** Writes one audit entry for this request's change, inside the caller's transaction. */
export async function audit(
  db: Executor,
  c: Context<AppEnv>,
  entry: Pick<AuditEntryInput, "action" | "resourceType" | "resourceId" | "before" | "after">,
): Promise<void> {
  const principal = c.get("principal");
  await appendAudit(db, {
    at: c.get("now")(),
    actorId: principal?.id ?? "anonymous",
    actorKind: principal?.kind ?? "anonymous",
    requestId: c.get("requestId") ?? null,
    actorScope: principal?.scope,
    ...entry,
  });
}
