import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { assertNever, domainError, err, ok, type Result } from "../shared/result.ts";
import {
  type Agreement,
  type AgreementState,
  applyTermsPatch,
  checkTerms,
  type Signatory,
} from "./agreement.ts";
import type { AgreementError } from "./errors.ts";

/** The lifecycle moves, each its own endpoint. */
export const AGREEMENT_MOVES = ["propose", "negotiate", "sign", "terminate", "withdraw"] as const;
/** A lifecycle move. */
export type AgreementMove = (typeof AGREEMENT_MOVES)[number];

/** Which states each move leaves from, and where it goes. */
export const AGREEMENT_TRANSITIONS: Readonly<
  Record<AgreementMove, { readonly from: readonly AgreementState[]; readonly to: AgreementState }>
> = {
  propose: { from: ["draft"], to: "proposed" },
  negotiate: { from: ["proposed"], to: "negotiating" },
  sign: { from: ["negotiating"], to: "signed" },
  terminate: { from: ["signed"], to: "terminated" },
  withdraw: { from: ["draft", "proposed", "negotiating"], to: "withdrawn" },
};

/** The moves allowed from a state. */
export function allowedMoves(state: AgreementState): AgreementMove[] {
  return AGREEMENT_MOVES.filter((m) => AGREEMENT_TRANSITIONS[m].from.includes(state));
}

/** A successful move: the new agreement and the history entry to store. */
export type AgreementMoveResult = Result<
  { readonly entity: Agreement; readonly history: HistoryEntry<AgreementState> },
  AgreementError
>;

function illegal(a: Agreement, move: AgreementMove): AgreementError {
  return domainError("agreement/illegal-transition", `cannot ${move} a ${a.state} agreement`, {
    detail: { from: a.state, move, allowed: allowedMoves(a.state) },
  });
}

function transition(a: Agreement, move: AgreementMove, ctx: MoveContext, changes: Partial<Agreement> = {}) {
  const { to } = AGREEMENT_TRANSITIONS[move];
  return ok({
    entity: { ...a, ...changes, state: to },
    history: historyEntry<AgreementState>(ctx, a.state, to),
  });
}

/** What signing still lacks, as field names (empty when the agreement can be signed). */
export function missingForSigning(a: Agreement): string[] {
  const missing: string[] = [];
  if (!a.facilityDocumentNumber) missing.push("facilityDocumentNumber");
  if (!a.partnerDocumentNumber) missing.push("partnerDocumentNumber");
  const signs = a.signatories.filter((s) => s.role === "signs");
  if (!signs.some((s) => s.side === "facility")) missing.push("signatories.facility");
  if (!signs.some((s) => s.side === "partner")) missing.push("signatories.partner");
  if (!a.signedDocumentId) missing.push("signedDocumentId");
  if (!a.startDate) missing.push("startDate");
  if (!a.endDate) missing.push("endDate");
  return missing;
}

/** draft -> proposed: sent to the partner. */
export function proposeAgreement(a: Agreement, ctx: MoveContext): AgreementMoveResult {
  if (a.state !== "draft") return err(illegal(a, "propose"));
  return transition(a, "propose", ctx);
}

/** proposed -> negotiating: the partner answered and the text is being settled. */
export function negotiateAgreement(a: Agreement, ctx: MoveContext): AgreementMoveResult {
  if (a.state !== "proposed") return err(illegal(a, "negotiate"));
  return transition(a, "negotiate", ctx);
}

/** The final facts a signing records: the day (and time) on the paper, and what is not yet on the agreement. */
export interface SignAgreement {
  /** The local day it was signed, in the agreement's time zone. */
  readonly signedOn: string;
  /** The local time (HH:MM) when known. */
  readonly signedTime?: string | undefined;
  readonly facilityDocumentNumber?: string | undefined;
  readonly partnerDocumentNumber?: string | undefined;
  readonly signatories?: readonly Signatory[] | undefined;
  readonly signedDocumentId?: string | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
}

/** Refuses a signing day still to come: `today` is the local date in the agreement's time zone. */
export function checkSigningDay(signedOn: string, today: string): AgreementError | undefined {
  if (signedOn <= today) return undefined;
  return domainError("agreement/invalid-signing-date", "the signing date lies in the future", {
    field: "signedOn",
    detail: { today },
  });
}

/** Applies the signing facts and checks the result is complete; shared by sign and record. */
function signed(next: Agreement, cmd: SignAgreement, today: string): Result<Agreement, AgreementError> {
  const day = checkSigningDay(cmd.signedOn, today);
  if (day) return err(day);
  const { signedOn: _d, signedTime: _t, ...facts } = cmd;
  const full = applyTermsPatch(next, facts);
  const missing = missingForSigning(full);
  if (missing.length > 0)
    return err(
      domainError("agreement/not-signable", `cannot sign yet: missing ${missing.join(", ")}`, {
        detail: { missing },
      }),
    );
  const problem = checkTerms(full);
  if (problem) return err(problem);
  return ok({ ...full, signedOn: cmd.signedOn, signedTime: cmd.signedTime ?? null });
}

/**
 * negotiating -> signed: needs both document numbers, a signing signatory on each side, the signed
 * document, valid dates and the signing day, which may not lie after `today` (local date).
 */
export function signAgreement(
  a: Agreement,
  cmd: SignAgreement,
  ctx: MoveContext,
  today: string,
): AgreementMoveResult {
  if (a.state !== "negotiating") return err(illegal(a, "sign"));
  const next = signed(a, cmd, today);
  if (!next.ok) return next;
  const note = ctx.reason ?? `signed on ${cmd.signedOn}${cmd.signedTime ? ` ${cmd.signedTime}` : ""}`;
  return transition(next.value, "sign", { ...ctx, reason: note }, { signedAt: ctx.at });
}

/** The history note of an agreement recorded after the fact. */
export const RECORDED_AFTER_THE_FACT = "recorded after the fact";

/**
 * Records an agreement already signed on paper in one step: a draft made complete and signed at once
 * (no propose or negotiate), its one history entry saying it was recorded after the fact and when it was signed.
 */
export function recordSignedAgreement(
  draft: Agreement,
  cmd: SignAgreement,
  ctx: MoveContext,
  today: string,
): AgreementMoveResult {
  if (draft.state !== "draft") return err(illegal(draft, "sign"));
  const next = signed(draft, cmd, today);
  if (!next.ok) return next;
  const when = `${cmd.signedOn}${cmd.signedTime ? ` ${cmd.signedTime}` : ""}`;
  const reason = `${RECORDED_AFTER_THE_FACT}: signed on ${when}${ctx.reason ? `; ${ctx.reason}` : ""}`;
  return ok({
    entity: { ...next.value, state: "signed", signedAt: ctx.at },
    history: historyEntry<AgreementState>({ ...ctx, reason }, null, "signed"),
  });
}

/** Ending a signed agreement early. */
export interface TerminateAgreement {
  readonly reason: string;
  /** The day the agreement stops, in the facility's calendar. */
  readonly date: string;
}

/**
 * signed -> terminated, with reason and date (the day it stops): not before the start nor the signing
 * day, not past the end. A date still to come leaves the agreement in force until the day before.
 */
export function terminateAgreement(
  a: Agreement,
  cmd: TerminateAgreement,
  ctx: MoveContext,
): AgreementMoveResult {
  if (a.state !== "signed") return err(illegal(a, "terminate"));
  const bad = (message: string, detail: Record<string, string | null>) =>
    err(domainError("agreement/invalid-termination-date", message, { field: "date", detail }));
  if (a.endDate !== null && cmd.date > a.endDate)
    return bad("the termination date lies after the end of the term", { endDate: a.endDate });
  if (a.startDate !== null && cmd.date < a.startDate)
    return bad("the termination date lies before the start of the term", { startDate: a.startDate });
  if (a.signedOn !== null && cmd.date < a.signedOn)
    return bad("the termination date lies before the signing date", { signedOn: a.signedOn });
  return transition(
    a,
    "terminate",
    { ...ctx, reason: cmd.reason },
    {
      terminatedOn: cmd.date,
      terminationReason: cmd.reason,
    },
  );
}

/** draft/proposed/negotiating -> withdrawn: the agreement will not be signed (reason in ctx). */
export function withdrawAgreement(a: Agreement, ctx: MoveContext): AgreementMoveResult {
  if (!AGREEMENT_TRANSITIONS.withdraw.from.includes(a.state)) return err(illegal(a, "withdraw"));
  return transition(a, "withdraw", ctx);
}

/** Any move with its command, for callers and property tests that pick the move at run time. */
export type AgreementCommand =
  | { readonly move: "propose" }
  | { readonly move: "negotiate" }
  | { readonly move: "sign"; readonly body: SignAgreement; readonly today: string }
  | { readonly move: "terminate"; readonly body: TerminateAgreement }
  | { readonly move: "withdraw" };

/** Runs one move. */
export function moveAgreement(a: Agreement, cmd: AgreementCommand, ctx: MoveContext): AgreementMoveResult {
  switch (cmd.move) {
    case "propose":
      return proposeAgreement(a, ctx);
    case "negotiate":
      return negotiateAgreement(a, ctx);
    case "sign":
      return signAgreement(a, cmd.body, ctx, cmd.today);
    case "terminate":
      return terminateAgreement(a, cmd.body, ctx);
    case "withdraw":
      return withdrawAgreement(a, ctx);
    default:
      return assertNever(cmd);
  }
}
