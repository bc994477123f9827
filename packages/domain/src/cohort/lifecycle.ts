import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { Cohort, CohortState } from "./cohort.ts";
import type { CohortError } from "./errors.ts";

/** The lifecycle moves, each its own endpoint. */
export const COHORT_MOVES = ["open", "start", "complete", "cancel"] as const;
/** A lifecycle move. */
export type CohortMove = (typeof COHORT_MOVES)[number];

/** Which states each move leaves from, and where it goes. */
export const COHORT_TRANSITIONS: Readonly<
  Record<CohortMove, { readonly from: readonly CohortState[]; readonly to: CohortState }>
> = {
  open: { from: ["planned"], to: "open" },
  start: { from: ["open"], to: "running" },
  complete: { from: ["running"], to: "completed" },
  cancel: { from: ["planned", "open", "running"], to: "cancelled" },
};

/** States no move leaves. */
export const COHORT_FINAL_STATES: readonly CohortState[] = ["completed", "cancelled"];

/** The moves allowed from a state. */
export function allowedCohortMoves(state: CohortState): CohortMove[] {
  return COHORT_MOVES.filter((m) => COHORT_TRANSITIONS[m].from.includes(state));
}

/** A successful move: the new cohort and the history entry to store. */
export type CohortMoveResult = Result<
  { readonly entity: Cohort; readonly history: HistoryEntry<CohortState> },
  CohortError
>;

/** Runs one move: an illegal one is `cohort/illegal-transition`; cancelling needs a reason. */
export function moveCohort(c: Cohort, move: CohortMove, ctx: MoveContext): CohortMoveResult {
  const { from, to } = COHORT_TRANSITIONS[move];
  if (!from.includes(c.state))
    return err(
      domainError("cohort/illegal-transition", `cannot ${move} a ${c.state} cohort`, {
        detail: { from: c.state, move, allowed: allowedCohortMoves(c.state) },
      }),
    );
  if (move === "cancel" && !ctx.reason?.trim())
    return err(
      domainError("cohort/reason-required", "cancelling a cohort needs a reason", { field: "reason" }),
    );
  return ok({ entity: { ...c, state: to }, history: historyEntry<CohortState>(ctx, c.state, to) });
}

/** planned -> open: enrolment opens. */
export const openCohort = (c: Cohort, ctx: MoveContext): CohortMoveResult => moveCohort(c, "open", ctx);
/** open -> running: teaching starts. */
export const startCohort = (c: Cohort, ctx: MoveContext): CohortMoveResult => moveCohort(c, "start", ctx);
/** running -> completed. */
export const completeCohort = (c: Cohort, ctx: MoveContext): CohortMoveResult =>
  moveCohort(c, "complete", ctx);
/** planned/open/running -> cancelled, with a reason. */
export const cancelCohort = (c: Cohort, ctx: MoveContext): CohortMoveResult => moveCohort(c, "cancel", ctx);
