import type { ActionItem, ActionItemStatus, Evidence, RealisationAdjustment } from "@sinergi/domain";
import type { Selectable } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { ActionItemsTable } from "../../schema/agreement.ts";

/** A stored action item: the domain entity plus revision and timestamps. */
export interface ActionItemRecord extends ActionItem {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toActionItem = (row: Selectable<ActionItemsTable>): ActionItemRecord => ({
  id: row.id,
  agreementId: row.agreementId,
  activity: row.activity,
  field: row.field,
  target: { amount: row.targetAmount, unit: row.targetUnit },
  dueDate: row.dueDate,
  realisedAmount: row.realisedAmount,
  evidence: row.evidence as Evidence[],
  status: row.status as ActionItemStatus,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const columnsOf = (i: ActionItem) => ({
  activity: i.activity,
  field: i.field,
  targetAmount: i.target.amount,
  targetUnit: i.target.unit,
  dueDate: i.dueDate,
  realisedAmount: i.realisedAmount,
  evidence: json(i.evidence),
  status: i.status,
});

/** A page of an agreement's action plan, in the order the items were added. */
export async function listActionItems(
  db: Executor,
  agreementId: string,
  page: { limit: number; cursor?: string | undefined; status?: ActionItemStatus | undefined },
): Promise<Page<ActionItemRecord>> {
  let qb = db.selectFrom("actionItems").selectAll().where("agreementId", "=", agreementId);
  if (page.status !== undefined) qb = qb.where("status", "=", page.status);
  return paginate(
    qb,
    {
      column: "createdAt",
      columnType: "timestamptz",
      idColumn: "id",
      direction: "asc",
      limit: page.limit,
      cursor: page.cursor,
    },
    toActionItem,
  );
}

/** The whole action plan (renewal copies it). */
export async function allActionItems(db: Executor, agreementId: string): Promise<ActionItemRecord[]> {
  const rows = await db
    .selectFrom("actionItems")
    .selectAll()
    .where("agreementId", "=", agreementId)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  return rows.map(toActionItem);
}

/** One action item of an agreement, optionally locked for update. */
export async function findActionItem(
  db: Executor,
  agreementId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ActionItemRecord | undefined> {
  let qb = db
    .selectFrom("actionItems")
    .selectAll()
    .where("id", "=", id)
    .where("agreementId", "=", agreementId);
  if (options.forUpdate) qb = qb.forUpdate();
  const row = await qb.executeTakeFirst();
  return row && toActionItem(row);
}

/** Inserts action items (one statement). */
export async function insertActionItems(
  db: Executor,
  items: readonly ActionItem[],
  at: string,
): Promise<ActionItemRecord[]> {
  if (items.length === 0) return [];
  const rows = await db
    .insertInto("actionItems")
    .values(
      // A millisecond apart (the precision timestamps are read back at), so the plan keeps its order.
      items.map((i, n) => {
        const createdAt = new Date(Date.parse(at) + n).toISOString();
        return { id: i.id, agreementId: i.agreementId, ...columnsOf(i), createdAt, updatedAt: at };
      }),
    )
    .returningAll()
    .execute();
  return rows.map(toActionItem);
}

/** Writes an action item's new content and bumps its revision. */
export async function saveActionItem(db: Executor, item: ActionItem, at: string): Promise<ActionItemRecord> {
  const row = await db
    .updateTable("actionItems")
    .set((eb) => ({ ...columnsOf(item), updatedAt: at, revision: eb("revision", "+", 1) }))
    .where("id", "=", item.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toActionItem(row);
}

/** Keeps a correction of an action item's realised amount. */
export async function insertAdjustment(db: Executor, a: RealisationAdjustment): Promise<void> {
  await db
    .insertInto("actionItemAdjustments")
    .values({
      id: a.id,
      actionItemId: a.actionItemId,
      previousAmount: a.previousAmount,
      realisedAmount: a.realisedAmount,
      reason: a.reason,
      evidence: json(a.evidence),
      adjustedAt: a.at,
      adjustedBy: a.actor,
    })
    .execute();
}

/** An action item's corrections, oldest first. */
export async function listAdjustments(db: Executor, actionItemId: string): Promise<RealisationAdjustment[]> {
  const rows = await db
    .selectFrom("actionItemAdjustments")
    .selectAll()
    .where("actionItemId", "=", actionItemId)
    .orderBy("adjustedAt")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    actionItemId: r.actionItemId,
    previousAmount: r.previousAmount,
    realisedAmount: r.realisedAmount,
    reason: r.reason,
    evidence: r.evidence as Evidence[],
    at: r.adjustedAt,
    actor: r.adjustedBy,
  }));
}
