import { addDays, addMonths, daysBetween } from "../shared/dates.ts";
import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { ActionItem } from "./action-item.ts";
import { type Agreement, type AgreementState, checkDates, latestPksEnd } from "./agreement.ts";
import type { AgreementError } from "./errors.ts";
import { lastDayOfTerm } from "./term.ts";

/** Options of a renewal: the successor's dates (default: starts the day after the end, same term) and title. */
export interface RenewAgreement {
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly title?: string | undefined;
}

/** A drafted successor and its copied action plan. */
export interface Renewal {
  readonly entity: Agreement;
  readonly history: HistoryEntry<AgreementState>;
  readonly actionItems: readonly ActionItem[];
}

/**
 * The term in whole months when the dates span exactly that: end = the last day of an m-month term
 * (inclusive; 29 Feb 2024 .. 28 Feb 2027 is 36 months), or end = start + m months (clamped).
 */
function termMonths(start: string, end: string): { months: number; inclusive: boolean } | undefined {
  for (let m = 1; m <= 120; m += 1) {
    if (lastDayOfTerm(start, m) === end) return { months: m, inclusive: true };
    const to = addMonths(start, m);
    if (to === end) return { months: m, inclusive: false };
    if (to > end) return undefined;
  }
  return undefined;
}

/** Moves dates by the gap between two starts: whole calendar months when it is one, else days. */
function dateShift(from: string, to: string): (d: string) => string {
  for (let m = 1; m <= 120; m += 1) {
    const moved = addMonths(from, m);
    if (moved === to) return (d) => addMonths(d, m);
    if (moved > to) break;
  }
  const days = daysBetween(from, to);
  return (d) => addDays(d, days);
}

/** The successor's end for a start: same term in months when the old one was whole months, else same days. */
export function successorEndDate(
  predecessor: { startDate: string; endDate: string },
  startDate: string,
): string {
  const term = termMonths(predecessor.startDate, predecessor.endDate);
  if (term) return term.inclusive ? lastDayOfTerm(startDate, term.months) : addMonths(startDate, term.months);
  return addDays(startDate, daysBetween(predecessor.startDate, predecessor.endDate));
}

/**
 * Drafts the successor of a signed agreement (perpanjangan): copies what carries over (parties,
 * signatories, fields, record-access clause; not the document numbers, signed document or signing
 * day, which belong to the new signing) and the action plan
 * (cancelled activities dropped, due dates shifted by the same offset, nothing realised yet).
 * `liveSuccessorStates` are the states of existing successors that were not withdrawn.
 */
export function renewAgreement(
  predecessor: Agreement,
  plan: readonly ActionItem[],
  cmd: RenewAgreement,
  ids: { readonly id: string; readonly newItemId: () => string },
  liveSuccessorStates: readonly AgreementState[],
  ctx: MoveContext,
): Result<Renewal, AgreementError> {
  if (predecessor.state !== "signed" || predecessor.startDate === null || predecessor.endDate === null)
    return err(
      domainError("agreement/not-renewable", `a ${predecessor.state} agreement cannot be renewed`, {
        detail: { state: predecessor.state },
      }),
    );
  const live = liveSuccessorStates.filter((s) => s !== "withdrawn");
  if (live.length > 0)
    return err(
      domainError("agreement/already-renewed", "this agreement already has a successor", {
        detail: { successorState: live[0] },
      }),
    );
  const old = { startDate: predecessor.startDate, endDate: predecessor.endDate };
  const startDate = cmd.startDate ?? addDays(old.endDate, 1);
  let endDate = cmd.endDate ?? successorEndDate(old, startDate);
  if (cmd.endDate === undefined && predecessor.kind === "pks") {
    const latest = latestPksEnd(startDate);
    if (endDate > latest) endDate = latest;
  }
  if (startDate <= old.startDate)
    return err(
      domainError("agreement/invalid-dates", "a successor must start after its predecessor starts", {
        field: "startDate",
        detail: { predecessorStartDate: old.startDate, startDate },
      }),
    );
  const problem = checkDates({ kind: predecessor.kind, startDate, endDate });
  if (problem) return err(problem);
  const entity: Agreement = {
    ...predecessor,
    id: ids.id,
    title: cmd.title ?? predecessor.title,
    partnerIds: [...predecessor.partnerIds],
    fields: [...predecessor.fields],
    facilityDocumentNumber: null,
    partnerDocumentNumber: null,
    signatories: predecessor.signatories.map((s) => ({ ...s })),
    signedDocumentId: null,
    startDate,
    endDate,
    renewsId: predecessor.id,
    state: "draft",
    signedAt: null,
    signedOn: null,
    signedTime: null,
    terminatedOn: null,
    terminationReason: null,
    version: 1,
  };
  const shiftDate = dateShift(old.startDate, startDate);
  const actionItems = plan
    .filter((i) => i.status !== "cancelled")
    .map(
      (i): ActionItem => ({
        id: ids.newItemId(),
        agreementId: ids.id,
        activity: i.activity,
        field: i.field,
        target: i.target,
        dueDate: i.dueDate === null ? null : shiftDate(i.dueDate),
        realisedAmount: 0,
        evidence: [],
        status: "planned",
      }),
    );
  const history = historyEntry<AgreementState>(
    { ...ctx, reason: ctx.reason ?? `renews ${predecessor.id}` },
    null,
    "draft",
  );
  return ok({ entity, history, actionItems });
}
