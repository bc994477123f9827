import * as v from "valibot";
import { addMonths } from "../shared/dates.ts";
import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { type DomainError, domainError, err, ok, type Result } from "../shared/result.ts";
import { IdSchema, IsoDateSchema, IsoInstantSchema, textSchema } from "../shared/schemas.ts";

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

/** Certificate error codes. */
export type CertificateErrorCode = "certificate/not-issuable" | "certificate/already-revoked";
/** A certificate rule violation. */
export type CertificateError = DomainError<CertificateErrorCode>;

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

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Encodes 10 random bytes (80 bits) as 16 Crockford base32 characters; the bytes come from outside. */
export function formatVerificationCode(bytes: Uint8Array): string {
  if (bytes.length < 10) throw new Error("a verification code needs at least 10 random bytes");
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** True for a well-formed verification code (case-insensitive, Crockford alphabet, 16 characters). */
export const isVerificationCode = (s: string): boolean => /^[0-9A-HJKMNP-TV-Z]{16}$/i.test(s);

/** Command: issue a certificate (the number and code are generated by the server). */
export const IssueCertificateSchema = v.strictObject({ issuedOn: v.optional(IsoDateSchema) });

/** Command: revoke a certificate. */
export const RevokeCertificateSchema = v.strictObject({ reason: textSchema(1000) });

/** A certificate as the API returns it to signed-in users. */
export const CertificateSchema = v.object({
  id: IdSchema,
  number: v.string(),
  enrollmentId: IdSchema,
  schemeName: v.string(),
  competency: v.string(),
  level: v.nullable(v.string()),
  issuerPartnerId: v.nullable(IdSchema),
  holderName: v.string(),
  issuedOn: IsoDateSchema,
  validUntil: v.nullable(IsoDateSchema),
  status: v.picklist(CERTIFICATE_STATES),
  statusToday: v.picklist(["valid", "expired", "revoked"]),
  revokedReason: v.nullable(v.string()),
  revokedOn: v.nullable(IsoDateSchema),
  verificationCode: v.string(),
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
