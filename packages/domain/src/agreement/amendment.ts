import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import {
  type Agreement,
  type AgreementState,
  applyTermsPatch,
  checkTerms,
  type Signatory,
} from "./agreement.ts";
import type { AgreementError } from "./errors.ts";
import { missingForSigning } from "./lifecycle.ts";
import type { RecordAccess } from "./record-access.ts";

/** An addendum: why, the signed addendum (a stored document), and the terms it changes. */
export interface AmendAgreement {
  readonly reason: string;
  readonly signedDocumentId: string;
  readonly title?: string | undefined;
  readonly fields?: readonly string[] | undefined;
  readonly facilityDocumentNumber?: string | undefined;
  readonly partnerDocumentNumber?: string | undefined;
  readonly signatories?: readonly Signatory[] | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  /** A new record-access clause; null withdraws it. */
  readonly recordAccess?: RecordAccess | null | undefined;
}

/** The text of an agreement as it stood at one version, kept readable after an amendment. */
export type AgreementSnapshot = Agreement;

/** A made amendment: the new current agreement, the prior version to store, the history entry. */
export interface Amendment {
  readonly entity: Agreement;
  readonly prior: AgreementSnapshot;
  readonly history: HistoryEntry<AgreementState>;
}

/**
 * Amends a signed agreement (addendum): applies the changed terms, bumps the version and returns the
 * prior version so it stays readable. The amended text must still be complete and its dates valid.
 */
export function amendAgreement(
  a: Agreement,
  cmd: AmendAgreement,
  ctx: MoveContext,
): Result<Amendment, AgreementError> {
  if (a.state !== "signed")
    return err(
      domainError(
        "agreement/not-amendable",
        `only a signed agreement can be amended, this one is ${a.state}`,
        {
          detail: { state: a.state },
        },
      ),
    );
  const { reason, ...changes } = cmd;
  const next = applyTermsPatch(a, changes);
  const missing = missingForSigning(next);
  if (missing.length > 0)
    return err(
      domainError("agreement/not-signable", `the amended text lacks ${missing.join(", ")}`, {
        detail: { missing },
      }),
    );
  const problem = checkTerms(next);
  if (problem) return err(problem);
  const version = a.version + 1;
  return ok({
    entity: { ...next, version },
    prior: a,
    history: historyEntry<AgreementState>(
      { ...ctx, reason: `addendum ${version}: ${reason}` },
      a.state,
      a.state,
    ),
  });
}
