import { certificate, plusMinutes } from "./certificates.ts";
import { addHistory, type FacilityModel, type Move, type SeedRun, TAG } from "./context.ts";
import { officialName } from "./names.ts";
import type { InmateModel } from "./population.ts";
import type { ProgramSlot } from "./programs.ts";
import { dateBetween, localInstant, plusDays, type Rng } from "./random.ts";
import type { CertificateCounters, TrainingRows } from "./training-columns.ts";

export { type CertificateCounters, TRAINING_COLUMNS, type TrainingRows } from "./training-columns.ts";

const WEEKDAYS = [
  [2, 4],
  [1, 3, 5],
  [1, 4],
] as const;

function sessions(start: string, end: string, days: readonly number[]): string[] {
  const out: string[] = [];
  let dow = new Date(`${start}T00:00:00Z`).getUTCDay();
  for (let d = start; d <= end; d = plusDays(d, 1), dow = (dow + 1) % 7) if (days.includes(dow)) out.push(d);
  return out;
}

/** Picks k distinct indices of [0, n). */
function sample(rng: Rng, n: number, k: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, k)) chosen.add(Math.floor(rng.next() * n));
  return [...chosen].sort((a, b) => a - b);
}

/**
 * A facility's cohorts over the three years until `quota` enrollments are made: completed ones with
 * assessments and certificates, running ones with attendance so far, open and planned ones ahead.
 * Only inmates of the facility already admitted when the cohort opens are enrolled.
 */
export function facilityTraining(
  run: SeedRun,
  rng: Rng,
  f: FacilityModel,
  slots: readonly ProgramSlot[],
  inmates: readonly InmateModel[],
  quota: number,
  counters: CertificateCounters,
  out: TrainingRows,
): void {
  const coordinator = officialName(rng);
  const vocational = slots.filter((s) => s.vocational);
  let made = 0;
  let guard = 0;
  while (made < quota && slots.length > 0 && inmates.length > 0 && guard < quota + 200) {
    guard += 1;
    const slot = rng.pick(rng.next() < 0.75 && vocational.length > 0 ? vocational : slots);
    const start = dateBetween(rng, slot.from, slot.to);
    const end = plusDays(start, rng.int(10, 27));
    const createdOn = plusDays(start, -rng.int(30, 60));
    if (createdOn > run.today) continue;
    const openOn = plusDays(start, -rng.int(3, 14));
    const at = (d: string, t: string) => localInstant(d, t, f.zone);
    const moves: Move[] = [{ to: "planned", at: at(createdOn, "09:00"), actor: coordinator }];
    const cancelled = end < run.today && rng.chance(0.03);
    if (openOn <= run.today) moves.push({ to: "open", at: at(openOn, "09:30"), actor: coordinator });
    if (cancelled)
      moves.push({
        to: "cancelled",
        at: at(plusDays(openOn, 1), "10:00"),
        actor: coordinator,
        reason: "Instruktur berhalangan",
      });
    else {
      if (start <= run.today && openOn <= run.today)
        moves.push({ to: "running", at: at(start, "07:30"), actor: coordinator });
      if (end < run.today && openOn <= run.today)
        moves.push({ to: "completed", at: at(end, "15:00"), actor: coordinator });
    }
    const state = (moves[moves.length - 1] as Move).to;
    const days = sessions(start, end, rng.pick(WEEKDAYS));
    if (days.length === 0) continue;
    const id = run.ids.next(TAG.cohort);
    const size = Math.min(rng.int(12, 30), quota - made);
    // Inmates admitted before the cohort opened (the list is in admission order).
    let eligible = 0;
    while (eligible < inmates.length && (inmates[eligible] as InmateModel).admission < openOn) eligible += 1;
    const picked = state === "cancelled" || state === "planned" ? [] : sample(rng, eligible, size);
    const last = moves[moves.length - 1] as Move;
    out.cohorts.push([
      id,
      slot.programId,
      f.id,
      `${slot.name} Angkatan ${start.slice(0, 7)}`,
      start,
      end,
      Math.max(size, picked.length, 1),
      `Ruang Kegiatan ${f.name}`,
      JSON.stringify([{ name: officialName(rng), role: "Instruktur" }]),
      "{}",
      days.length,
      state,
      moves.length,
      (moves[0] as Move).at,
      last.at,
    ]);
    addHistory(run, "cohort", id, moves);
    const c = cohortRun(run, f, slot, id, state, openOn, end, days, moves, officialName(rng));
    for (const k of picked) enroll(run, rng, f, slot, inmates[k] as InmateModel, c, counters, out);
    made += picked.length;
  }
}

/** What every enrollment of one cohort shares, worked out once per cohort. */
interface CohortRun {
  readonly id: string;
  readonly state: string;
  readonly end: string;
  /** Sessions held so far. */
  readonly held: readonly string[];
  /** Instants an enrollment may be made at: the day the cohort opened and the two after (never after today). */
  readonly enrolledAt: readonly string[];
  /** When completers are completed: just after the cohort. */
  readonly completedAt: string | null;
  readonly assessor: string;
  /** Assessment JSON and unit results, for a competent (0) and a not-yet-competent (1) result. */
  readonly assessment: readonly [string, string] | null;
  readonly units: readonly [string, string] | null;
}

/** Works out a cohort's shared facts. */
function cohortRun(
  run: SeedRun,
  f: FacilityModel,
  slot: ProgramSlot,
  id: string,
  state: string,
  openOn: string,
  end: string,
  days: readonly string[],
  moves: readonly Move[],
  assessor: string,
): CohortRun {
  const enrolledAt: string[] = [];
  for (let k = 0; k < 3; k += 1) {
    const d = plusDays(openOn, k);
    if (k === 0 || d <= run.today) enrolledAt.push(localInstant(d, "10:00", f.zone));
  }
  const scheme = slot.scheme;
  const variant = (competent: boolean) => {
    const units = (scheme?.competencyUnits ?? []).map((u, k, all) => ({
      code: u.code,
      result: competent || k < all.length - 1 ? "competent" : "not_yet_competent",
    }));
    return {
      assessment: JSON.stringify({
        result: competent ? "competent" : "not_yet_competent",
        assessor,
        assessedOn: end,
        units: units.map((u) => ({ ...u, assessedOn: end })),
      }),
      units: JSON.stringify(units),
    };
  };
  const [yes, no] = scheme && state === "completed" ? [variant(true), variant(false)] : [null, null];
  return {
    id,
    state,
    end,
    assessor,
    enrolledAt,
    held: days.filter((d) => d < run.today),
    completedAt: state === "completed" ? plusMinutes((moves[moves.length - 1] as Move).at, 5) : null,
    assessment: yes && no ? [yes.assessment, no.assessment] : null,
    units: yes && no ? [yes.units, no.units] : null,
  };
}

const END_REASONS = ["Sakit", "Pelanggaran tata tertib", "Mengundurkan diri"];

function enroll(
  run: SeedRun,
  rng: Rng,
  f: FacilityModel,
  slot: ProgramSlot,
  inmate: InmateModel,
  c: CohortRun,
  counters: CertificateCounters,
  out: TrainingRows,
): void {
  const id = run.ids.next(TAG.enrollment);
  const enrolledAt = rng.pick(c.enrolledAt);
  const moves: Move[] = [{ to: "enrolled", at: enrolledAt, actor: "Petugas Registrasi" }];
  const held = c.held;
  const withdraws = (c.state === "completed" || c.state === "running") && held.length > 1 && rng.chance(0.08);
  let attended = held.length;
  let endReason: string | null = null;
  let state = "enrolled";
  if (withdraws) {
    const k = rng.int(1, held.length - 1);
    attended = k;
    endReason = rng.pick(END_REASONS);
    state = "withdrawn";
    moves.push({
      to: "withdrawn",
      at: localInstant(held[k] as string, "12:00", f.zone),
      actor: "Petugas Registrasi",
      reason: endReason,
    });
  } else if (c.completedAt) {
    state = "completed";
    moves.push({ to: "completed", at: c.completedAt, actor: c.assessor });
  }
  // Absences stay within a fifth of the sessions, so completers meet the 80 % attendance rule.
  let absences = Math.floor(attended * 0.2);
  const attendance = out.attendance;
  for (let k = 0; k < attended; k += 1) {
    const present = !(absences > 0 && rng.chance(0.1));
    if (!present) absences -= 1;
    attendance.begin();
    attendance.uuid(id);
    attendance.date(held[k] as string);
    attendance.bool(present);
    attendance.end();
  }
  let assessment: string | null = null;
  const scheme = slot.scheme;
  if (state === "completed" && scheme && c.assessment && c.units) {
    const competent = rng.chance(0.92);
    const v = competent ? 0 : 1;
    assessment = c.assessment[v];
    out.assessments.push([
      run.ids.next(TAG.assessment),
      id,
      1,
      c.assessor,
      c.end,
      null,
      c.units[v],
      competent ? "competent" : "not_yet_competent",
      c.completedAt,
      c.assessor,
    ]);
    const issuedOn = plusDays(c.end, rng.int(7, 45));
    if (competent && issuedOn <= run.today)
      certificate(run, rng, f, scheme, inmate, id, issuedOn, counters, out);
  }
  const last = moves[moves.length - 1] as Move;
  out.enrollments.push([
    id,
    c.id,
    f.id,
    inmate.id,
    state,
    assessment,
    endReason,
    enrolledAt,
    moves.length,
    enrolledAt,
    last.at,
  ]);
  addHistory(run, "enrollment", id, moves);
}
