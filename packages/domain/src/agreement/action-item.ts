import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { assertNever, domainError, err, ok, type Result } from "../shared/result.ts";
import { type AgreementState, EDITABLE_STATES } from "./agreement.ts";
import type { AgreementError } from "./errors.ts";

/**
 * Status of one activity of the action plan (rencana aksi). planned -> in_progress (first
 * realisation) -> done (target reached, or closed by hand); planned/in_progress -> cancelled.
 */
export const ACTION_ITEM_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;
/** Status of an action item. */
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** A quantified target: 24 `kunjungan`, 30 `orang`. */
export interface ActionItemTarget {
  readonly amount: number;
  readonly unit: string;
}

/** Proof of realisation: a note, optionally a link, a stored document and the day it happened. */
export interface Evidence {
  readonly label: string;
  readonly url?: string | undefined;
  readonly documentId?: string | undefined;
  readonly date?: string | undefined;
}

/** One activity of an agreement's action plan. */
export interface ActionItem {
  readonly id: string;
  readonly agreementId: string;
  readonly activity: string;
  readonly field: string;
  readonly target: ActionItemTarget;
  readonly dueDate: string | null;
  readonly realisedAmount: number;
  readonly evidence: readonly Evidence[];
  readonly status: ActionItemStatus;
}

/** Input for a new action item. */
export interface ActionItemInput {
  readonly activity: string;
  readonly field: string;
  readonly target: ActionItemTarget;
  readonly dueDate?: string | undefined;
  readonly evidence?: readonly Evidence[] | undefined;
}

/** Changes to an action item's plan (null clears the due date). */
export interface ActionItemPatch {
  readonly activity?: string | undefined;
  readonly field?: string | undefined;
  readonly target?: ActionItemTarget | undefined;
  readonly dueDate?: string | null | undefined;
  readonly evidence?: readonly Evidence[] | undefined;
}

/** A realisation report: how much was done, with what proof. */
export interface RecordRealisation {
  readonly amount: number;
  readonly evidence?: readonly Evidence[] | undefined;
}

/** Result of an action-item move. */
export type ActionItemMoveResult = Result<
  { readonly entity: ActionItem; readonly history: HistoryEntry<ActionItemStatus> | null },
  AgreementError
>;

function planEditable(agreementState: AgreementState): AgreementError | undefined {
  if (EDITABLE_STATES.includes(agreementState)) return undefined;
  return domainError(
    "action-item/not-editable",
    `the action plan of a ${agreementState} agreement cannot be changed`,
    { detail: { agreementState } },
  );
}

/** Adds an activity to the plan of an agreement that is not yet signed. */
export function createActionItem(
  id: string,
  agreementId: string,
  agreementState: AgreementState,
  input: ActionItemInput,
): Result<ActionItem, AgreementError> {
  const locked = planEditable(agreementState);
  if (locked) return err(locked);
  return ok({
    id,
    agreementId,
    activity: input.activity,
    field: input.field,
    target: input.target,
    dueDate: input.dueDate ?? null,
    realisedAmount: 0,
    evidence: [...(input.evidence ?? [])],
    status: "planned",
  });
}

/** Edits an activity while the agreement is not yet signed (after that the plan is part of the signed text). */
export function updateActionItem(
  item: ActionItem,
  agreementState: AgreementState,
  patch: ActionItemPatch,
): Result<ActionItem, AgreementError> {
  const locked = planEditable(agreementState);
  if (locked) return err(locked);
  return ok({
    ...item,
    ...(patch.activity === undefined ? {} : { activity: patch.activity }),
    ...(patch.field === undefined ? {} : { field: patch.field }),
    ...(patch.target === undefined ? {} : { target: patch.target }),
    ...(patch.dueDate === undefined ? {} : { dueDate: patch.dueDate }),
    ...(patch.evidence === undefined ? {} : { evidence: [...patch.evidence] }),
  });
}

/** Status implied by the realised amount (cancelled and done by hand stay as they are). */
function statusFor(item: ActionItem, realised: number): ActionItemStatus {
  if (item.status === "done" || item.status === "cancelled") return item.status;
  if (realised >= item.target.amount) return "done";
  return realised > 0 ? "in_progress" : "planned";
}

function illegal(item: ActionItem, move: string): AgreementError {
  return domainError("action-item/illegal-transition", `cannot ${move} a ${item.status} action item`, {
    detail: { from: item.status, move },
  });
}

/**
 * Records work done under a signed agreement: adds to the realised amount, appends evidence and
 * moves the status on (in_progress, done once the target is reached).
 */
export function recordRealisation(
  item: ActionItem,
  agreementState: AgreementState,
  cmd: RecordRealisation,
  ctx: MoveContext,
): ActionItemMoveResult {
  if (agreementState !== "signed")
    return err(
      domainError(
        "action-item/not-realisable",
        `work cannot be realised under a ${agreementState} agreement`,
        {
          detail: { agreementState },
        },
      ),
    );
  if (item.status === "cancelled") return err(illegal(item, "realise"));
  const realisedAmount = item.realisedAmount + cmd.amount;
  const status = statusFor(item, realisedAmount);
  const entity: ActionItem = {
    ...item,
    realisedAmount,
    evidence: [...item.evidence, ...(cmd.evidence ?? [])],
    status,
  };
  return ok({ entity, history: status === item.status ? null : historyEntry(ctx, item.status, status) });
}

/** The by-hand moves of an action item. */
export type ActionItemMove = "complete" | "cancel";

/** planned/in_progress -> done (closed below target) or cancelled; reason in ctx. */
export function moveActionItem(
  item: ActionItem,
  move: ActionItemMove,
  ctx: MoveContext,
): ActionItemMoveResult {
  if (item.status !== "planned" && item.status !== "in_progress") return err(illegal(item, move));
  let to: ActionItemStatus;
  switch (move) {
    case "complete":
      to = "done";
      break;
    case "cancel":
      to = "cancelled";
      break;
    default:
      return assertNever(move);
  }
  return ok({ entity: { ...item, status: to }, history: historyEntry(ctx, item.status, to) });
}

/** Share of the target realised, 0..1 (overshoot counts as 1). */
export function realisationShare(item: Pick<ActionItem, "realisedAmount" | "target">): number {
  return Math.min(1, item.realisedAmount / item.target.amount);
}

/** Mean realisation share of a plan, ignoring cancelled items; null for an empty plan. */
export function planRealisation(items: readonly Pick<ActionItem, "realisedAmount" | "target" | "status">[]) {
  const live = items.filter((i) => i.status !== "cancelled");
  if (live.length === 0) return null;
  return live.reduce((sum, i) => sum + realisationShare(i), 0) / live.length;
}

/** A correction of the realised amount: the new amount, why, and what proves it. */
export interface AdjustRealisation {
  readonly realisedAmount: number;
  readonly reason: string;
  readonly evidence?: readonly Evidence[] | undefined;
}

/** A kept correction: the amount before and after, who, when, why, with what proof. */
export interface RealisationAdjustment {
  readonly id: string;
  readonly actionItemId: string;
  readonly previousAmount: number;
  readonly realisedAmount: number;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly at: string;
  readonly actor: string;
}

/**
 * Corrects the realised amount of an activity under a signed agreement: the earlier amount is kept in
 * the adjustment (never silently overwritten), the evidence is appended, and the status re-read from
 * the new amount. A cancelled item cannot be corrected; a done one stays done unless corrected to zero
 * (it may have been closed by hand below target).
 */
export function adjustRealisation(
  item: ActionItem,
  agreementState: AgreementState,
  cmd: AdjustRealisation,
  adjustmentId: string,
  ctx: MoveContext,
): Result<
  {
    readonly entity: ActionItem;
    readonly adjustment: RealisationAdjustment;
    readonly history: HistoryEntry<ActionItemStatus> | null;
  },
  AgreementError
> {
  if (agreementState !== "signed" && agreementState !== "terminated")
    return err(
      domainError(
        "action-item/not-adjustable",
        `work under a ${agreementState} agreement cannot be corrected`,
        {
          detail: { agreementState },
        },
      ),
    );
  if (item.status === "cancelled")
    return err(
      domainError("action-item/not-adjustable", "a cancelled action item cannot be corrected", {
        detail: { status: item.status },
      }),
    );
  if (cmd.realisedAmount === item.realisedAmount)
    return err(
      domainError("action-item/not-adjustable", "the correction does not change the realised amount", {
        field: "realisedAmount",
      }),
    );
  const evidence = [...(cmd.evidence ?? [])];
  const reached = cmd.realisedAmount >= item.target.amount;
  const status: ActionItemStatus =
    item.status === "done" && (reached || cmd.realisedAmount > 0)
      ? "done"
      : reached
        ? "done"
        : cmd.realisedAmount > 0
          ? "in_progress"
          : "planned";
  const entity: ActionItem = {
    ...item,
    realisedAmount: cmd.realisedAmount,
    evidence: [...item.evidence, ...evidence],
    status,
  };
  const adjustment: RealisationAdjustment = {
    id: adjustmentId,
    actionItemId: item.id,
    previousAmount: item.realisedAmount,
    realisedAmount: cmd.realisedAmount,
    reason: cmd.reason,
    evidence,
    at: ctx.at,
    actor: ctx.actor,
  };
  const history =
    status === item.status
      ? null
      : historyEntry({ ...ctx, reason: `adjusted: ${cmd.reason}` }, item.status, status);
  return ok({ entity, adjustment, history });
}
