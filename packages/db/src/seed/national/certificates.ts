import { addMonths, formatVerificationCode } from "@sinergi/domain";
import { addHistory, type FacilityModel, type Move, type SeedRun, TAG } from "./context.ts";
import type { InmateModel } from "./population.ts";
import type { ProgramSlot } from "./programs.ts";
import { dateBetween, localInstant, type Rng } from "./random.ts";
import type { CertificateCounters, TrainingRows } from "./training-columns.ts";

/** An instant some minutes after another. */
export const plusMinutes = (at: string, m: number): string =>
  new Date(Date.parse(at) + m * 60_000).toISOString();

const validityEnds = new Map<string, string>();

/** The last valid day of a certificate (cached: a few thousand issue days and a handful of validities). */
function validityEnd(issuedOn: string, months: number): string {
  const key = `${issuedOn}+${months}`;
  let end = validityEnds.get(key);
  if (end === undefined) {
    end = addMonths(issuedOn, months);
    validityEnds.set(key, end);
  }
  return end;
}

/** The certificate of a competent completer, numbered in the country's sequence of its year. */
export function certificate(
  run: SeedRun,
  rng: Rng,
  f: FacilityModel,
  scheme: NonNullable<ProgramSlot["scheme"]>,
  inmate: InmateModel,
  enrollmentId: string,
  issuedOn: string,
  counters: CertificateCounters,
  out: TrainingRows,
): void {
  const year = issuedOn.slice(0, 4);
  const n = (counters.get(year) ?? 0) + 1;
  counters.set(year, n);
  const id = run.ids.next(TAG.certificate);
  const issuedAt = localInstant(issuedOn, "10:00", f.zone);
  const moves: Move[] = [{ to: "issued", at: issuedAt, actor: scheme.issuerShort }];
  let revokedOn: string | null = null;
  let reason: string | null = null;
  if (rng.chance(0.004)) {
    revokedOn = dateBetween(rng, issuedOn, run.today);
    reason = "Kesalahan data pemegang sertifikat";
    moves.push({
      to: "revoked",
      at: plusMinutes(localInstant(revokedOn, "11:00", f.zone), 0),
      actor: scheme.issuerShort,
      reason,
    });
  }
  const validUntil = scheme.validityMonths === null ? null : validityEnd(issuedOn, scheme.validityMonths);
  const last = moves[moves.length - 1] as Move;
  out.certificates.push([
    id,
    `SNG/${year}/${String(n).padStart(6, "0")}`,
    `${scheme.issuerShort.replace(/\s+/g, "")}/${f.index + 1}.${n}/${year}`,
    enrollmentId,
    scheme.name,
    scheme.schemeType,
    scheme.competency,
    scheme.level ?? null,
    scheme.unitsJson,
    scheme.issuerPartnerId,
    inmate.name,
    issuedOn,
    validUntil,
    revokedOn ? "revoked" : "issued",
    reason,
    revokedOn,
    formatVerificationCode(rng.bytes(10)),
    moves.length,
    issuedAt,
    last.at,
  ]);
  addHistory(run, "certificate", id, moves);
}
