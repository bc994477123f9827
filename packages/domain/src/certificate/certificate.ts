import { addMonths } from "../shared/dates.ts";
import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { CertificateError } from "./errors.ts";

/** Stored certificate states; expiry is read from the date, never stored. */
export const CERTIFICATE_STATES = ["issued", "revoked"] as const;
/** Stored certificate state. */
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** A competency certificate (sertifikat kompetensi). */
export interface Certificate {
  readonly id: string;
  readonly number: string;
  readonly enrollmentId: string;
  readonly schemeName: string;
  readonly competency: string;
  readonly level: string | null;
  readonly issuerPartnerId: string | null;
  readonly holderName: string;
  readonly issuedOn: string;
  readonly validUntil: string | null;
  readonly status: CertificateState;
  readonly revokedReason: string | null;
  readonly revokedOn: string | null;
  /** Unguessable public code (16 Crockford base32 characters = 80 bits). */
  readonly verificationCode: string;
}

/** What issuing needs to know of the enrollment and its program. */
export interface IssueFacts {
  readonly enrollmentState: string;
  readonly assessmentResult: "competent" | "not_yet_competent" | null;
  readonly scheme: {
    readonly issuerPartnerId: string;
    readonly name: string;
    readonly competencyUnits: readonly { readonly code: string; readonly title: string }[];
    readonly level?: string | undefined;
    readonly validityMonths: number;
  } | null;
  readonly programName: string;
}

/** Issues a certificate for a completed, competent enrollment of a certified program. */
export function issueCertificate(
  facts: IssueFacts,
  input: {
    id: string;
    number: string;
    verificationCode: string;
    enrollmentId: string;
    holderName: string;
    issuedOn: string;
  },
): Result<Certificate, CertificateError> {
  const missing: string[] = [];
  if (facts.enrollmentState !== "completed") missing.push("completed enrollment");
  if (facts.assessmentResult !== "competent") missing.push("competent assessment");
  if (facts.scheme === null) missing.push("certified program");
  if (missing.length > 0 || facts.scheme === null)
    return err(
      domainError("certificate/not-issuable", `a certificate needs: ${missing.join(", ")}`, {
        detail: { missing },
      }),
    );
  const s = facts.scheme;
  return ok({
    id: input.id,
    number: input.number,
    enrollmentId: input.enrollmentId,
    schemeName: s.name,
    competency: facts.programName,
    level: s.level ?? null,
    issuerPartnerId: s.issuerPartnerId,
    holderName: input.holderName,
    issuedOn: input.issuedOn,
    validUntil: addMonths(input.issuedOn, s.validityMonths),
    status: "issued",
    revokedReason: null,
    revokedOn: null,
    verificationCode: input.verificationCode,
  });
}

/** issued -> revoked, with a reason; the certificate is kept and reads as revoked. */
export function revokeCertificate(
  c: Certificate,
  reason: string,
  on: string,
  ctx: MoveContext,
): Result<{ entity: Certificate; history: HistoryEntry<CertificateState> }, CertificateError> {
  if (c.status === "revoked")
    return err(domainError("certificate/already-revoked", "the certificate is already revoked"));
  return ok({
    entity: { ...c, status: "revoked", revokedReason: reason, revokedOn: on },
    history: historyEntry({ ...ctx, reason }, "issued", "revoked"),
  });
}

/** Status as of a day: revoked, expired (past its validity) or valid. */
export function certificateStatusOn(
  c: Pick<Certificate, "status" | "validUntil">,
  today: string,
): "valid" | "expired" | "revoked" {
  if (c.status === "revoked") return "revoked";
  if (c.validUntil !== null && today > c.validUntil) return "expired";
  return "valid";
}
