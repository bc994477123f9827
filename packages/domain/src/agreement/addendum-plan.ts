import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { ActionItem, ActionItemInput, ActionItemPatch, ActionItemStatus } from "./action-item.ts";
import type { AgreementError } from "./errors.ts";

/** What an addendum does to the action plan (yearly rencana aksi revisions): add, change, end items. */
export interface PlanChanges {
  readonly add?: readonly ActionItemInput[] | undefined;
  readonly change?: readonly (ActionItemPatch & { readonly id: string })[] | undefined;
  /** Items that stop with this addendum; their realised work stays on record. */
  readonly end?: readonly string[] | undefined;
}

/** The plan after an addendum: items to insert, items rewritten, items ended (with their history). */
export interface PlanAmendment {
  readonly added: readonly ActionItem[];
  readonly changed: readonly ActionItem[];
  readonly ended: readonly {
    readonly entity: ActionItem;
    readonly history: HistoryEntry<ActionItemStatus>;
  }[];
}

const OPEN: readonly ActionItemStatus[] = ["planned", "in_progress"];

function bad(message: string, field: string): AgreementError {
  return domainError("agreement/invalid-plan-change", message, { field });
}

/** Status a changed target implies for an open item (done once reached; done and cancelled stay). */
function statusAfter(item: ActionItem): ActionItemStatus {
  if (!OPEN.includes(item.status)) return item.status;
  if (item.realisedAmount >= item.target.amount) return "done";
  return item.realisedAmount > 0 ? "in_progress" : "planned";
}

/**
 * Applies an addendum's plan changes to the current plan: an item changed or ended must belong to it,
 * appear once, and be open (planned or in progress); ended items become cancelled with the addendum
 * named in their history. Realised amounts are never touched.
 */
export function amendPlan(
  plan: readonly ActionItem[],
  changes: PlanChanges,
  ids: { readonly agreementId: string; readonly newItemId: () => string; readonly version: number },
  ctx: MoveContext,
): Result<PlanAmendment, AgreementError> {
  const byId = new Map(plan.map((i) => [i.id.toLowerCase(), i]));
  const seen = new Set<string>();
  const changed: ActionItem[] = [];
  const ended: { entity: ActionItem; history: HistoryEntry<ActionItemStatus> }[] = [];
  const target = (id: string, field: string): ActionItem | AgreementError => {
    const key = id.toLowerCase();
    const item = byId.get(key);
    if (!item) return bad("no such action item in this agreement's plan", field);
    if (seen.has(key)) return bad("an action item is changed or ended once per addendum", field);
    seen.add(key);
    if (!OPEN.includes(item.status)) return bad(`a ${item.status} action item cannot be changed`, field);
    return item;
  };
  for (const [n, patch] of (changes.change ?? []).entries()) {
    const item = target(patch.id, `actionItems.change.${n}.id`);
    if ("code" in item) return err(item);
    const { id: _id, ...rest } = patch;
    const next: ActionItem = {
      ...item,
      ...(rest.activity === undefined ? {} : { activity: rest.activity }),
      ...(rest.field === undefined ? {} : { field: rest.field }),
      ...(rest.target === undefined ? {} : { target: rest.target }),
      ...(rest.dueDate === undefined ? {} : { dueDate: rest.dueDate }),
      ...(rest.evidence === undefined ? {} : { evidence: [...item.evidence, ...rest.evidence] }),
    };
    changed.push({ ...next, status: statusAfter(next) });
  }
  for (const [n, id] of (changes.end ?? []).entries()) {
    const item = target(id, `actionItems.end.${n}`);
    if ("code" in item) return err(item);
    const reason = `ended by addendum ${ids.version}`;
    ended.push({
      entity: { ...item, status: "cancelled" },
      history: historyEntry<ActionItemStatus>({ ...ctx, reason }, item.status, "cancelled"),
    });
  }
  const added = (changes.add ?? []).map(
    (input): ActionItem => ({
      id: ids.newItemId(),
      agreementId: ids.agreementId,
      activity: input.activity,
      field: input.field,
      target: input.target,
      dueDate: input.dueDate ?? null,
      realisedAmount: 0,
      evidence: [...(input.evidence ?? [])],
      status: "planned",
    }),
  );
  return ok({ added, changed, ended });
}
