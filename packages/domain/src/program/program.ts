import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { ProgramError } from "./errors.ts";

/** Pembinaan kemandirian (vocational) or kepribadian (personal development). */
export const PROGRAM_TRACKS = ["vocational", "personal_development"] as const;
/** Track of a program. */
export type ProgramTrack = (typeof PROGRAM_TRACKS)[number];

/** Completion needs this share of sessions attended unless the program sets another (80 %). */
export const DEFAULT_MIN_ATTENDANCE_SHARE = 0.8;

/** One unit of competence a certificate attests (unit code from the SKKNI, title). */
export interface CompetencyUnit {
  readonly code: string;
  readonly title: string;
}

/**
 * BNSP scheme types: a KKNI qualification (at a level), a national occupation (okupasi) or a cluster of
 * units (klaster). The type is not a level: an okupasi or klaster may sit at a KKNI level, or at none.
 */
export const SCHEME_TYPES = ["kkni", "okupasi", "klaster"] as const;
/** Type of a certification scheme. */
export type SchemeType = (typeof SCHEME_TYPES)[number];

/** KKNI levels run from 1 (operator) to 9 (expert). */
export const KKNI_LEVEL_MAX = 9;

/**
 * How a program's graduates are certified: issuer (an LSP, or a BLK/Dinas for a training certificate),
 * scheme type and KKNI level, units, validity in months (null: the certificate does not expire).
 */
export interface CertificationScheme {
  readonly issuerPartnerId: string;
  readonly name: string;
  readonly schemeType: SchemeType;
  readonly competencyUnits: readonly CompetencyUnit[];
  /** KKNI level 1..9; required for a KKNI scheme, optional for okupasi and klaster. */
  readonly level?: number | undefined;
  readonly validityMonths: number | null;
}

/** A training programme, usually funded by an agreement and taught by a provider partner. */
export interface Program {
  readonly id: string;
  readonly name: string;
  readonly track: ProgramTrack;
  /** Field of training, snake_case (`barbershop`, `bakery`, `literacy`). */
  readonly field: string;
  readonly providerPartnerId: string | null;
  readonly fundingAgreementId: string | null;
  /** Share of sessions an enrollment must attend to complete, in (0, 1]. */
  readonly minAttendanceShare: number;
  readonly certificationScheme: CertificationScheme | null;
  /** The regional office whose register holds it; null: the national register. */
  readonly ownerRegionalOfficeId: string | null;
}

/** True when the program leads to a competency certificate. */
export const isCertified = (p: Pick<Program, "certificationScheme">): boolean =>
  p.certificationScheme !== null;

/**
 * Checks invariants a schema cannot: competency unit codes are unique within the scheme, and a KKNI
 * scheme names its level.
 */
export function validateProgram(p: Program): Result<Program, ProgramError> {
  const scheme = p.certificationScheme;
  if (scheme?.schemeType === "kkni" && scheme.level === undefined)
    return err(
      domainError("program/scheme-level-required", "a KKNI scheme needs its level", {
        field: "certificationScheme.level",
      }),
    );
  const units = scheme?.competencyUnits ?? [];
  const seen = new Set<string>();
  for (const [i, unit] of units.entries()) {
    if (seen.has(unit.code))
      return err(
        domainError("program/duplicate-competency-unit", "a competency unit code appears twice", {
          field: `certificationScheme.competencyUnits.${i}.code`,
          detail: { code: unit.code },
        }),
      );
    seen.add(unit.code);
  }
  return ok(p);
}

/** Fields a program is created with. */
export interface NewProgram {
  readonly name: string;
  readonly track: ProgramTrack;
  readonly field: string;
  readonly providerPartnerId?: string | undefined;
  readonly fundingAgreementId?: string | undefined;
  readonly minAttendanceShare?: number | undefined;
  readonly certificationScheme?: CertificationScheme | undefined;
  readonly ownerRegionalOfficeId?: string | null | undefined;
}

/** Creates a program (default minimum attendance 80 %). */
export function createProgram(id: string, cmd: NewProgram): Result<Program, ProgramError> {
  return validateProgram({
    id,
    name: cmd.name,
    track: cmd.track,
    field: cmd.field,
    providerPartnerId: cmd.providerPartnerId ?? null,
    fundingAgreementId: cmd.fundingAgreementId ?? null,
    minAttendanceShare: cmd.minAttendanceShare ?? DEFAULT_MIN_ATTENDANCE_SHARE,
    certificationScheme: cmd.certificationScheme ?? null,
    ownerRegionalOfficeId: cmd.ownerRegionalOfficeId ?? null,
  });
}

/** A partial change; null clears provider, agreement or certification scheme. */
export interface ProgramPatch {
  readonly name?: string | undefined;
  readonly track?: ProgramTrack | undefined;
  readonly field?: string | undefined;
  readonly providerPartnerId?: string | null | undefined;
  readonly fundingAgreementId?: string | null | undefined;
  readonly minAttendanceShare?: number | undefined;
  readonly certificationScheme?: CertificationScheme | null | undefined;
}

/** Applies a change and rechecks the invariants. */
export function updateProgram(p: Program, patch: ProgramPatch): Result<Program, ProgramError> {
  const pick = <K extends keyof ProgramPatch & keyof Program>(k: K): Program[K] =>
    (patch[k] === undefined ? p[k] : patch[k]) as Program[K];
  return validateProgram({
    ...p,
    name: pick("name"),
    track: pick("track"),
    field: pick("field"),
    providerPartnerId: pick("providerPartnerId"),
    fundingAgreementId: pick("fundingAgreementId"),
    minAttendanceShare: pick("minAttendanceShare"),
    certificationScheme: pick("certificationScheme"),
  });
}
