import { historyEntry, type MoveContext } from "../shared/history.ts";
import { assertNever, domainError, err, ok } from "../shared/result.ts";
import type { EngagementError } from "./errors.ts";
import type { FollowUp, FollowUpMoveResult, FollowUpState } from "./follow-up.ts";

/** The follow-up moves, each its own endpoint. */
export const FOLLOW_UP_MOVES = ["done", "dropped"] as const;
/** A follow-up move, named after the state it reaches. */
export type FollowUpMove = (typeof FOLLOW_UP_MOVES)[number];

/** Which states each move leaves from, and where it goes. */
export const FOLLOW_UP_TRANSITIONS: Readonly<
  Record<FollowUpMove, { readonly from: readonly FollowUpState[]; readonly to: FollowUpState }>
> = {
  done: { from: ["open"], to: "done" },
  dropped: { from: ["open"], to: "dropped" },
};

/** The moves allowed from a state (none from done or dropped). */
export function allowedFollowUpMoves(state: FollowUpState): FollowUpMove[] {
  return FOLLOW_UP_MOVES.filter((m) => FOLLOW_UP_TRANSITIONS[m].from.includes(state));
}

function illegal(f: FollowUp, move: FollowUpMove): EngagementError {
  return domainError("follow-up/illegal-transition", `cannot mark a ${f.status} follow-up ${move}`, {
    detail: { from: f.status, move, allowed: allowedFollowUpMoves(f.status) },
  });
}

/** Marking done: an optional note on what was achieved. */
export interface CompleteFollowUp {
  readonly note?: string | undefined;
}

/** open -> done, optionally with a note. */
export function completeFollowUp(f: FollowUp, cmd: CompleteFollowUp, ctx: MoveContext): FollowUpMoveResult {
  if (f.status !== "open") return err(illegal(f, "done"));
  const note = cmd.note?.trim();
  const withNote = note ? { ...ctx, reason: note } : ctx;
  return ok({
    entity: { ...f, status: "done", closedAt: ctx.at, note: note ? note : null },
    history: historyEntry<FollowUpState>(withNote, "open", "done"),
  });
}

/** Dropping: the reason is required. */
export interface DropFollowUp {
  readonly reason: string;
}

/** open -> dropped, with a non-empty reason. */
export function dropFollowUp(f: FollowUp, cmd: DropFollowUp, ctx: MoveContext): FollowUpMoveResult {
  if (f.status !== "open") return err(illegal(f, "dropped"));
  const reason = cmd.reason.trim();
  if (reason === "")
    return err(
      domainError("follow-up/reason-required", "dropping a follow-up needs a reason", { field: "reason" }),
    );
  return ok({
    entity: { ...f, status: "dropped", closedAt: ctx.at, dropReason: reason },
    history: historyEntry<FollowUpState>({ ...ctx, reason }, "open", "dropped"),
  });
}

/** Any move with its command, for callers and property tests that pick the move at run time. */
export type FollowUpCommand =
  | { readonly move: "done"; readonly body: CompleteFollowUp }
  | { readonly move: "dropped"; readonly body: DropFollowUp };

/** Runs one move. */
export function moveFollowUp(f: FollowUp, cmd: FollowUpCommand, ctx: MoveContext): FollowUpMoveResult {
  switch (cmd.move) {
    case "done":
      return completeFollowUp(f, cmd.body, ctx);
    case "dropped":
      return dropFollowUp(f, cmd.body, ctx);
    default:
      return assertNever(cmd);
  }
}
