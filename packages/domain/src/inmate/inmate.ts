import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { InmateError } from "./errors.ts";
import { checkNik, maskBirthDate, maskNik, nikDomicileRegency, type Sex } from "./nik.ts";

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
  readonly expectedReleaseDate: string | null;
  readonly nikValidation: NikValidation;
}

/** The regency/city the inmate lives in: the recorded one, else the NIK's first four digits. */
export function inmateDomicile(i: Pick<Inmate, "domicileRegencyCode" | "nik">): string | null {
  return i.domicileRegencyCode ?? (i.nik === null ? null : nikDomicileRegency(i.nik));
}

/** Checks an inmate's invariants: the NIK agrees with birth date and sex, and the dates are in order. */
export function validateInmate(i: Inmate): Result<Inmate, InmateError> {
  if (i.nik !== null) {
    const nik = checkNik(i.nik, i);
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
        field: "expectedReleaseDate",
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
}

/** Registers an inmate (checks the NIK and the dates). */
export function createInmate(id: string, cmd: NewInmate): Result<Inmate, InmateError> {
  return validateInmate({
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
  });
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
}

/** Applies a change and rechecks the invariants; a new NIK is unverified again unless stated. */
export function updateInmate(i: Inmate, patch: InmatePatch): Result<Inmate, InmateError> {
  const pick = <K extends keyof InmatePatch & keyof Inmate>(k: K): Inmate[K] =>
    (patch[k] === undefined ? i[k] : patch[k]) as Inmate[K];
  const nik = pick("nik");
  const nikChanged = nik !== i.nik;
  return validateInmate({
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
  });
}

/** The inmate with NIK and birth date masked, for readers without personal-data access and for lists. */
export function maskInmate<T extends Pick<Inmate, "nik" | "birthDate">>(i: T): T {
  return { ...i, nik: i.nik === null ? null : maskNik(i.nik), birthDate: maskBirthDate(i.birthDate) };
}
