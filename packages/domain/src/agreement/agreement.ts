import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { AgreementError } from "./errors.ts";
import { checkRecordAccess, type RecordAccess } from "./record-access.ts";
import { lastDayOfTerm } from "./term.ts";

/** MoU (nota kesepahaman) states intent; PKS (perjanjian kerja sama) binds a facility and one partner. */
export const AGREEMENT_KINDS = ["mou", "pks"] as const;
/** Kind of agreement. */
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** Stored lifecycle states; upcoming/active/expiring/expired/renewed are derived (see status.ts). */
export const AGREEMENT_STATES = [
  "draft",
  "proposed",
  "negotiating",
  "signed",
  "terminated",
  "withdrawn",
] as const;
/** Stored lifecycle state. */
export type AgreementState = (typeof AGREEMENT_STATES)[number];

/** The standard fields of cooperation that monthly reports measure coverage of. */
export const STANDARD_COOPERATION_FIELDS = [
  "health",
  "education",
  "literacy",
  "social",
  "manpower",
  "civil_registration",
  "fire_safety",
  "trade",
] as const;
/** A standard field of cooperation (other snake_case codes such as `environment` are allowed too). */
export type StandardCooperationField = (typeof STANDARD_COOPERATION_FIELDS)[number];

/** Which party a signatory signs for. */
export const SIGNATORY_SIDES = ["facility", "partner"] as const;
/** Which party a signatory signs for. */
export type SignatorySide = (typeof SIGNATORY_SIDES)[number];

/** What a signatory does on the paper: signs, or witnesses ("mengetahui", e.g. the Bupati). */
export const SIGNATORY_ROLES = ["signs", "witnesses"] as const;
/** What a signatory does on the paper. */
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];

/** A person who signs, or witnesses, for one side; any number per side. */
export interface Signatory {
  readonly name: string;
  readonly position: string;
  readonly side: SignatorySide;
  /** Civil servant number (NIP), 18 digits, when the paper shows it. */
  readonly nip?: string | undefined;
  readonly role: SignatoryRole;
}

/** The negotiable content of an agreement: what a renewal copies and an amendment may change. */
export interface AgreementTerms {
  readonly kind: AgreementKind;
  readonly title: string;
  /** The facility party; null when a regional office or the directorate (national) signs. */
  readonly facilityId: string | null;
  /** The regional office party (at most one of facilityId / regionalOfficeId; neither = national). */
  readonly regionalOfficeId: string | null;
  readonly partnerIds: readonly string[];
  /** The MoU a PKS implements. */
  readonly parentMouId: string | null;
  readonly fields: readonly string[];
  readonly facilityDocumentNumber: string | null;
  readonly partnerDocumentNumber: string | null;
  readonly signatories: readonly Signatory[];
  /** The stored document (signed scan) the agreement was signed as. */
  readonly signedDocumentId: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  /** The PKS clause letting the partner read some inmates' records while in force; null grants none. */
  readonly recordAccess: RecordAccess | null;
}

/** An MoU or PKS with its lifecycle state. */
export interface Agreement extends AgreementTerms {
  readonly id: string;
  /** The predecessor this agreement renews (perpanjangan). */
  readonly renewsId: string | null;
  readonly state: AgreementState;
  /** When Sinergi recorded the signing (the server's clock). */
  readonly signedAt: string | null;
  /** The day it was signed, in its own time zone (from the paper). */
  readonly signedOn: string | null;
  /** The local time of signing (HH:MM) when known. */
  readonly signedTime: string | null;
  readonly terminatedOn: string | null;
  readonly terminationReason: string | null;
  /** Amendment number: 1 for the original text, +1 per addendum. */
  readonly version: number;
}

/** The longest term a PKS may run: its end is at most the day before its third anniversary. */
export const PKS_MAX_TERM_MONTHS = 36;

/** The latest end date of a PKS starting on `start` (start + 3 years - 1 day; 29 Feb runs to 28 Feb). */
export const latestPksEnd = (start: string): string => lastDayOfTerm(start, PKS_MAX_TERM_MONTHS);

/** States in which the terms may still be edited. */
export const EDITABLE_STATES: readonly AgreementState[] = ["draft", "proposed", "negotiating"];

/** Who signs for the correctional side: a facility, a regional office, or the directorate (national). */
export type SigningUnit = "facility" | "regional_office" | "national";

/** The signing unit the parties name. */
export const signingUnitOf = (t: Pick<AgreementTerms, "facilityId" | "regionalOfficeId">): SigningUnit =>
  t.facilityId !== null ? "facility" : t.regionalOfficeId !== null ? "regional_office" : "national";

/**
 * Checks who the parties are: at most one of facility / regional office (neither: Ditjenpas, national,
 * MoU only); a PKS is signed by a facility or a regional office with exactly one partner.
 */
export function checkParties(t: AgreementTerms): AgreementError | undefined {
  const bad = (message: string, field: string) =>
    domainError("agreement/invalid-parties", message, { field });
  if (t.facilityId !== null && t.regionalOfficeId !== null)
    return bad("an agreement has one of facilityId or regionalOfficeId, not both", "regionalOfficeId");
  if (t.kind === "pks" && signingUnitOf(t) === "national")
    return bad("a PKS is signed by a facility or a regional office", "facilityId");
  if (t.partnerIds.length === 0) return bad("an agreement needs at least one partner", "partnerIds");
  if (new Set(t.partnerIds).size !== t.partnerIds.length)
    return bad("partners must not repeat", "partnerIds");
  if (t.kind === "pks" && t.partnerIds.length !== 1)
    return bad("a PKS binds exactly one partner", "partnerIds");
  if (t.kind === "mou" && t.parentMouId !== null) return bad("only a PKS cites a parent MoU", "parentMouId");
  return undefined;
}

/**
 * Whether a PKS may cite this agreement as its parent MoU: an MoU of its own facility, of its regional
 * office (a Kanwil's MoU with the province frames its facilities' PKS), or a national MoU (Ditjenpas
 * with BNSP or the manpower ministry frames every facility's); never another facility's or office's.
 * `facilityRegionalOfficeId` is the child facility's office, or the child's own office for an office PKS.
 */
export function mayCiteAsParent(
  child: { readonly facilityId: string | null; readonly facilityRegionalOfficeId: string | null },
  parent: {
    readonly kind: string;
    readonly facilityId: string | null;
    readonly regionalOfficeId: string | null;
  },
): boolean {
  if (parent.kind !== "mou") return false;
  if (parent.facilityId !== null) return parent.facilityId === child.facilityId;
  if (parent.regionalOfficeId === null) return true;
  return parent.regionalOfficeId === child.facilityRegionalOfficeId;
}

/** Checks the term: end after start and, for a PKS, at most start + 3 years - 1 day. */
export function checkDates(
  t: Pick<AgreementTerms, "kind" | "startDate" | "endDate">,
): AgreementError | undefined {
  if (t.startDate === null || t.endDate === null) return undefined;
  if (t.endDate <= t.startDate)
    return domainError("agreement/invalid-dates", "the end date must be after the start date", {
      field: "endDate",
      detail: { startDate: t.startDate, endDate: t.endDate },
    });
  const latest = latestPksEnd(t.startDate);
  if (t.kind === "pks" && t.endDate > latest)
    return domainError("agreement/invalid-dates", "a PKS runs at most three years", {
      field: "endDate",
      detail: { startDate: t.startDate, endDate: t.endDate, latestEndDate: latest },
    });
  return undefined;
}

/** All term invariants that hold in every state. */
export function checkTerms(t: AgreementTerms): AgreementError | undefined {
  return checkParties(t) ?? checkDates(t) ?? checkRecordAccess(t);
}

/** Input to draft an agreement (shape of CreateAgreement without defaults). */
export interface DraftAgreementInput {
  readonly kind: AgreementKind;
  readonly title: string;
  readonly facilityId?: string | undefined;
  readonly regionalOfficeId?: string | undefined;
  readonly partnerIds: readonly string[];
  readonly parentMouId?: string | undefined;
  readonly fields?: readonly string[] | undefined;
  readonly facilityDocumentNumber?: string | undefined;
  readonly partnerDocumentNumber?: string | undefined;
  readonly signatories?: readonly Signatory[] | undefined;
  readonly signedDocumentId?: string | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly recordAccess?: RecordAccess | undefined;
}

/** Terms from a create command, with absent values as null. */
export function termsFrom(input: DraftAgreementInput): AgreementTerms {
  return {
    kind: input.kind,
    title: input.title,
    facilityId: input.facilityId ?? null,
    regionalOfficeId: input.regionalOfficeId ?? null,
    partnerIds: [...input.partnerIds],
    parentMouId: input.parentMouId ?? null,
    fields: [...new Set(input.fields ?? [])],
    facilityDocumentNumber: input.facilityDocumentNumber ?? null,
    partnerDocumentNumber: input.partnerDocumentNumber ?? null,
    signatories: [...(input.signatories ?? [])],
    signedDocumentId: input.signedDocumentId ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    recordAccess: input.recordAccess ?? null,
  };
}

/** Drafts a new agreement (state draft, version 1); the history entry records its creation. */
export function draftAgreement(
  id: string,
  input: DraftAgreementInput,
  ctx: MoveContext,
): Result<{ entity: Agreement; history: HistoryEntry<AgreementState> }, AgreementError> {
  const terms = termsFrom(input);
  const problem = checkTerms(terms);
  if (problem) return err(problem);
  const entity: Agreement = {
    id,
    ...terms,
    renewsId: null,
    state: "draft",
    signedAt: null,
    signedOn: null,
    signedTime: null,
    terminatedOn: null,
    terminationReason: null,
    version: 1,
  };
  return ok({ entity, history: historyEntry<AgreementState>(ctx, null, "draft") });
}

/** A change to the terms; null clears an optional term. */
export interface AgreementTermsPatch {
  readonly title?: string | undefined;
  readonly facilityId?: string | null | undefined;
  readonly regionalOfficeId?: string | null | undefined;
  readonly partnerIds?: readonly string[] | undefined;
  readonly parentMouId?: string | null | undefined;
  readonly fields?: readonly string[] | undefined;
  readonly facilityDocumentNumber?: string | null | undefined;
  readonly partnerDocumentNumber?: string | null | undefined;
  readonly signatories?: readonly Signatory[] | undefined;
  readonly signedDocumentId?: string | null | undefined;
  readonly startDate?: string | null | undefined;
  readonly endDate?: string | null | undefined;
  readonly recordAccess?: RecordAccess | null | undefined;
}

/** Applies a patch to terms (absent keys keep their value). */
export function applyTermsPatch<T extends AgreementTerms>(a: T, patch: AgreementTermsPatch): T {
  const pick = <K extends keyof AgreementTermsPatch & keyof AgreementTerms>(k: K): AgreementTerms[K] =>
    (patch[k] === undefined ? a[k] : patch[k]) as AgreementTerms[K];
  return {
    ...a,
    title: pick("title"),
    facilityId: pick("facilityId"),
    regionalOfficeId: pick("regionalOfficeId"),
    partnerIds: patch.partnerIds === undefined ? a.partnerIds : [...patch.partnerIds],
    parentMouId: pick("parentMouId"),
    fields: patch.fields === undefined ? a.fields : [...new Set(patch.fields)],
    facilityDocumentNumber: pick("facilityDocumentNumber"),
    partnerDocumentNumber: pick("partnerDocumentNumber"),
    signatories: pick("signatories"),
    signedDocumentId: pick("signedDocumentId"),
    startDate: pick("startDate"),
    endDate: pick("endDate"),
    recordAccess: pick("recordAccess"),
  };
}

/** Edits the terms of an agreement that is not yet signed (draft, proposed, negotiating). */
export function updateAgreement(a: Agreement, patch: AgreementTermsPatch): Result<Agreement, AgreementError> {
  if (!EDITABLE_STATES.includes(a.state))
    return err(
      domainError("agreement/not-editable", `a ${a.state} agreement cannot be edited; amend it instead`, {
        detail: { state: a.state },
      }),
    );
  const next = applyTermsPatch(a, patch);
  const problem = checkTerms(next);
  return problem ? err(problem) : ok(next);
}

/** Only the terms of an agreement (what a renewal copies and a version snapshot keeps). */
export function termsOf(a: AgreementTerms): AgreementTerms {
  return {
    kind: a.kind,
    title: a.title,
    facilityId: a.facilityId,
    regionalOfficeId: a.regionalOfficeId,
    partnerIds: a.partnerIds,
    parentMouId: a.parentMouId,
    fields: a.fields,
    facilityDocumentNumber: a.facilityDocumentNumber,
    partnerDocumentNumber: a.partnerDocumentNumber,
    signatories: a.signatories,
    signedDocumentId: a.signedDocumentId,
    startDate: a.startDate,
    endDate: a.endDate,
    recordAccess: a.recordAccess,
  };
}
