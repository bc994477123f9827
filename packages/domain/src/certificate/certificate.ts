import type { CertificationScheme, CompetencyUnit, SchemeType } from "../program/program.ts";
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
  /** Sinergi's own number, `SNG/<year>/<sequence>`. */
  readonly number: string;
  /** The issuer's own number (the LSP's registration or blanko number); null when it gives none. */
  readonly issuerNumber: string | null;
  readonly enrollmentId: string;
  readonly schemeName: string;
  readonly schemeType: SchemeType | null;
  readonly competency: string;
  /** KKNI level 1..9, when the scheme has one. */
  readonly level: number | null;
  /** The competency units certified, fixed at issue. */
  readonly units: readonly CompetencyUnit[];
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
  readonly scheme: CertificationScheme | null;
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
    issuerNumber?: string | null | undefined;
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
    issuerNumber: input.issuerNumber ?? null,
    enrollmentId: input.enrollmentId,
    schemeName: s.name,
    schemeType: s.schemeType,
    competency: facts.programName,
    level: s.level ?? null,
    units: s.competencyUnits,
    issuerPartnerId: s.issuerPartnerId,
    holderName: input.holderName,
    issuedOn: input.issuedOn,
    // A training certificate of a BLK or Dinas does not expire: its scheme has no validity.
    validUntil: s.validityMonths === null ? null : addMonths(input.issuedOn, s.validityMonths),
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
