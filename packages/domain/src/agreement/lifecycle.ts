import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { assertNever, domainError, err, ok, type Result } from "../shared/result.ts";
import {
  type Agreement,
  type AgreementState,
  applyTermsPatch,
  checkTerms,
  type Signatory,
  type SignedDocument,
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
  if (!a.signatories.some((s) => s.side === "facility")) missing.push("signatories.facility");
  if (!a.signatories.some((s) => s.side === "partner")) missing.push("signatories.partner");
  if (!a.signedDocument) missing.push("signedDocument");
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

/** The final facts a signing may record in the same move. */
export interface SignAgreement {
  readonly facilityDocumentNumber?: string | undefined;
  readonly partnerDocumentNumber?: string | undefined;
  readonly signatories?: readonly Signatory[] | undefined;
  readonly signedDocument?: SignedDocument | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
}

/** negotiating -> signed: needs both document numbers, signatories of both sides, the document and valid dates. */
export function signAgreement(a: Agreement, cmd: SignAgreement, ctx: MoveContext): AgreementMoveResult {
  if (a.state !== "negotiating") return err(illegal(a, "sign"));
  const next = applyTermsPatch(a, cmd);
  const missing = missingForSigning(next);
  if (missing.length > 0)
    return err(
      domainError("agreement/not-signable", `cannot sign yet: missing ${missing.join(", ")}`, {
        detail: { missing },
      }),
    );
  const problem = checkTerms(next);
  if (problem) return err(problem);
  return transition(next, "sign", ctx, { signedAt: ctx.at });
}

/** Ending a signed agreement early. */
export interface TerminateAgreement {
  readonly reason: string;
  /** The day the agreement stops, in the facility's calendar. */
  readonly date: string;
}

/** signed -> terminated, with reason and date; the date may not lie past the end of the term. */
export function terminateAgreement(
  a: Agreement,
  cmd: TerminateAgreement,
  ctx: MoveContext,
): AgreementMoveResult {
  if (a.state !== "signed") return err(illegal(a, "terminate"));
  if (a.endDate !== null && cmd.date > a.endDate)
    return err(
      domainError(
        "agreement/invalid-termination-date",
        "the termination date lies after the end of the term",
        {
          field: "date",
          detail: { endDate: a.endDate, date: cmd.date },
        },
      ),
    );
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
  | { readonly move: "sign"; readonly body: SignAgreement }
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
      return signAgreement(a, cmd.body, ctx);
    case "terminate":
      return terminateAgreement(a, cmd.body, ctx);
    case "withdraw":
      return withdrawAgreement(a, ctx);
    default:
      return assertNever(cmd);
  }
}
