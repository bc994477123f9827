import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { InmateError } from "./errors.ts";
import {
  checkNik,
  checkNikShape,
  maskBirthDate,
  maskNik,
  type NikDiscrepancy,
  nikDiscrepancies,
  nikDomicileRegency,
  type Sex,
} from "./nik.ts";
import { checkSentence, type SentenceFacts } from "./sentence.ts";

/** Remand detainee (tahanan) or convict (narapidana). */
export const LEGAL_STATUSES = ["detainee", "convict"] as const;
/** Legal status of an inmate. */
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** Sexes as recorded (and encoded in the NIK). */
export const SEXES = ["male", "female"] as const;

/** Outcome of the civil-registration (Dukcapil) check of the NIK. */
export const NIK_VALIDATIONS = ["unverified", "valid", "invalid"] as const;
/** NIK validation status. */
export type NikValidation = (typeof NIK_VALIDATIONS)[number];

/** WBP: an inmate of one facility. NIK and birth date are personal data. */
export interface Inmate {
  readonly id: string;
  readonly facilityId: string;
  readonly registrationNumber: string;
  readonly name: string;
  /** 16-digit NIK, null while unknown (NIK validation by Dukcapil exists because many lack one). */
  readonly nik: string | null;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly legalStatus: LegalStatus;
  /** Recorded domicile regency/city (`33.73`); when null the NIK's area code stands in. */
  readonly domicileRegencyCode: string | null;
  readonly admissionDate: string;
  /** Computed from the sentence facts when they are known; else as recorded (or null). */
  readonly expectedReleaseDate: string | null;
  readonly nikValidation: NikValidation;
  /** Sentence start, length and remissions; null while unknown (and for detainees). */
  readonly sentence: SentenceFacts | null;
}

/** Where the effective domicile comes from: the record, or the NIK's place of first registration. */
export type DomicileSource = "record" | "nik";

/** The effective domicile and where it comes from (both null when neither is known). */
export interface EffectiveDomicile {
  readonly regencyCode: string | null;
  readonly source: DomicileSource | null;
}

/**
 * Where the inmate lives: the recorded domicile; only when it is unknown, the regency the NIK was first
 * registered in (which never changes, so it may be long out of date), under today's code.
 */
export function effectiveDomicile(i: Pick<Inmate, "domicileRegencyCode" | "nik">): EffectiveDomicile {
  if (i.domicileRegencyCode !== null) return { regencyCode: i.domicileRegencyCode, source: "record" };
  const fromNik = i.nik === null ? null : nikDomicileRegency(i.nik);
  return fromNik === null ? { regencyCode: null, source: null } : { regencyCode: fromNik, source: "nik" };
}

/** The regency/city the inmate lives in: the recorded one, else the NIK's (under today's code). */
export function inmateDomicile(i: Pick<Inmate, "domicileRegencyCode" | "nik">): string | null {
  return effectiveDomicile(i).regencyCode;
}

/**
 * Where a Dukcapil-validated NIK disagrees with the record (kept and shown, not refused: the registry
 * is right about the NIK and the facility's record may be wrong). Empty otherwise.
 */
export function inmateNikDiscrepancies(
  i: Pick<Inmate, "nik" | "birthDate" | "sex" | "nikValidation">,
): NikDiscrepancy[] {
  if (i.nik === null || i.nikValidation !== "valid") return [];
  const shape = checkNikShape(i.nik);
  return shape.ok ? nikDiscrepancies(shape.value, i) : [];
}

/**
 * Checks an inmate's invariants: the NIK agrees with birth date and sex (unless Dukcapil validated it:
 * then a disagreement is kept and flagged), the sentence facts hold, and the dates are in order.
 */
export function validateInmate(i: Inmate): Result<Inmate, InmateError> {
  if (i.nik !== null) {
    const nik = i.nikValidation === "valid" ? checkNikShape(i.nik) : checkNik(i.nik, i);
    if (!nik.ok) return nik;
  }
  if (i.birthDate >= i.admissionDate)
    return err(
      domainError("inmate/invalid-dates", "the birth date must lie before the admission date", {
        field: "birthDate",
      }),
    );
  if (i.expectedReleaseDate !== null && i.expectedReleaseDate < i.admissionDate)
    return err(
      domainError("inmate/invalid-dates", "the expected release date lies before the admission date", {
        field: i.sentence === null ? "expectedReleaseDate" : "sentence",
      }),
    );
  return ok(i);
}

/** Fields an inmate is registered with. */
export interface NewInmate {
  readonly facilityId: string;
  readonly registrationNumber: string;
  readonly name: string;
  readonly nik?: string | undefined;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly legalStatus: LegalStatus;
  readonly domicileRegencyCode?: string | undefined;
  readonly admissionDate: string;
  readonly expectedReleaseDate?: string | undefined;
  readonly nikValidation?: NikValidation | undefined;
  readonly sentence?: SentenceFacts | undefined;
}

/** Registers an inmate (checks the NIK, the sentence facts and the dates). */
export function createInmate(id: string, cmd: NewInmate): Result<Inmate, InmateError> {
  if (cmd.sentence !== undefined && cmd.expectedReleaseDate !== undefined) return releaseComputed();
  return withSentence({
    id,
    facilityId: cmd.facilityId,
    registrationNumber: cmd.registrationNumber,
    name: cmd.name,
    nik: cmd.nik ?? null,
    sex: cmd.sex,
    birthDate: cmd.birthDate,
    legalStatus: cmd.legalStatus,
    domicileRegencyCode: cmd.domicileRegencyCode ?? null,
    admissionDate: cmd.admissionDate,
    expectedReleaseDate: cmd.expectedReleaseDate ?? null,
    nikValidation: cmd.nikValidation ?? "unverified",
    sentence: cmd.sentence ?? null,
  });
}

const releaseComputed = () =>
  err(
    domainError("inmate/invalid-dates", "is computed from the sentence facts: leave it out", {
      field: "expectedReleaseDate",
    }),
  );

/** Checks the sentence facts and sets the expected release they give, then the other invariants. */
function withSentence(i: Inmate): Result<Inmate, InmateError> {
  if (i.sentence === null) return validateInmate(i);
  const dates = checkSentence(i.sentence);
  if (!dates.ok) return dates;
  return validateInmate({ ...i, expectedReleaseDate: dates.value.expectedRelease });
}

/** A partial change; null clears an optional field. */
export interface InmatePatch {
  readonly registrationNumber?: string | undefined;
  readonly name?: string | undefined;
  readonly nik?: string | null | undefined;
  readonly sex?: Sex | undefined;
  readonly birthDate?: string | undefined;
  readonly legalStatus?: LegalStatus | undefined;
  readonly domicileRegencyCode?: string | null | undefined;
  readonly admissionDate?: string | undefined;
  readonly expectedReleaseDate?: string | null | undefined;
  readonly nikValidation?: NikValidation | undefined;
  readonly sentence?: SentenceFacts | null | undefined;
}

/**
 * Applies a change and rechecks the invariants; a new NIK is unverified again unless stated. While
 * sentence facts are known the expected release follows them and cannot be set by hand.
 */
export function updateInmate(i: Inmate, patch: InmatePatch): Result<Inmate, InmateError> {
  const pick = <K extends keyof InmatePatch & keyof Inmate>(k: K): Inmate[K] =>
    (patch[k] === undefined ? i[k] : patch[k]) as Inmate[K];
  const nik = pick("nik");
  const nikChanged = nik !== i.nik;
  const sentence = patch.sentence === undefined ? i.sentence : patch.sentence;
  if (sentence !== null && patch.expectedReleaseDate !== undefined) return releaseComputed();
  return withSentence({
    ...i,
    registrationNumber: pick("registrationNumber"),
    name: pick("name"),
    nik,
    sex: pick("sex"),
    birthDate: pick("birthDate"),
    legalStatus: pick("legalStatus"),
    domicileRegencyCode: pick("domicileRegencyCode"),
    admissionDate: pick("admissionDate"),
    expectedReleaseDate: pick("expectedReleaseDate"),
    nikValidation: patch.nikValidation ?? (nikChanged ? "unverified" : i.nikValidation),
    sentence,
  });
}

/** The inmate with NIK and birth date masked, for readers without personal-data access and for lists. */
export function maskInmate<T extends Pick<Inmate, "nik" | "birthDate">>(i: T): T {
  return { ...i, nik: i.nik === null ? null : maskNik(i.nik), birthDate: maskBirthDate(i.birthDate) };
}
