import type { HistoryEntry } from "@sinergi/domain";
import type { Executor } from "./connection.ts";

/** Stores one lifecycle move of an entity (call inside the move's transaction). */
export async function appendHistory(
  db: Executor,
  entityType: string,
  entityId: string,
  entry: HistoryEntry,
): Promise<void> {
  await db
    .insertInto("lifecycleHistory")
    .values({
      entityType,
      entityId,
      at: entry.at,
      actor: entry.actor,
      fromState: entry.from,
      toState: entry.to,
      reason: entry.reason ?? null,
    })
    .execute();
}

/** An entity's lifecycle history, oldest first. */
export async function listHistory(
  db: Executor,
  entityType: string,
  entityId: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom("lifecycleHistory")
    .selectAll()
    .where("entityType", "=", entityType)
    .where("entityId", "=", entityId)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    from: r.fromState,
    to: r.toState,
    ...(r.reason === null ? {} : { reason: r.reason }),
  }));
}
