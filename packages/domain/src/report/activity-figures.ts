import { isOverdue } from "../engagement/follow-up.ts";
import { inmateDomicile } from "../inmate/inmate.ts";
import { addDays } from "../shared/dates.ts";
import type { DomicileFigures, EngagementFigures, ExpiringLicence, TrainingFigures } from "./figures.ts";
import type {
  EngagementRow,
  EnrollmentRow,
  InmateRow,
  LicenceRow,
  PopulationRow,
  TrainingRows,
} from "./input.ts";
import type { MonthBounds } from "./period.ts";

const at = (instant: string): number => Date.parse(instant);
const within = (instant: string, b: MonthBounds): boolean =>
  at(instant) >= at(b.start) && at(instant) < at(b.end);
const ENDED_OTHERWISE: readonly string[] = ["withdrawn", "transferred", "released"];

/** Days after month end within which a licence's expiry puts it on the report. */
export const LICENCE_EXPIRY_WINDOW_DAYS = 60;

/**
 * Engagement figures: visits = engagements dated in the month (every kind); followUpsOverdueAtEnd =
 * follow-ups of engagements dated by the last day that were open at month end (open now, or closed at
 * or after the month's end instant) and overdue the day after the last (isOverdue: due on or before the
 * last day); followUpsDone = follow-ups done with a closing instant in the month.
 */
export function engagementFiguresOf(
  engagements: readonly EngagementRow[],
  b: MonthBounds,
): EngagementFigures {
  const dayAfter = addDays(b.last, 1);
  let visits = 0;
  let followUpsOverdueAtEnd = 0;
  let followUpsDone = 0;
  for (const e of engagements) {
    if (e.date >= b.first && e.date <= b.last) visits += 1;
    for (const f of e.followUps) {
      const openAtEnd = f.status === "open" || (f.closedAt !== null && at(f.closedAt) >= at(b.end));
      if (
        e.date <= b.last &&
        isOverdue({ status: openAtEnd ? "open" : f.status, dueDate: f.dueDate }, dayAfter)
      )
        followUpsOverdueAtEnd += 1;
      if (f.status === "done" && f.closedAt !== null && within(f.closedAt, b)) followUpsDone += 1;
    }
  }
  return { visits, followUpsOverdueAtEnd, followUpsDone };
}

/** Enrollments of cohorts running in the month (running or completed, dates overlapping it) open at some point in it. */
function trainedEnrollments(t: TrainingRows, b: MonthBounds): EnrollmentRow[] {
  const running = new Set(runningCohorts(t, b));
  return t.enrollments.filter(
    (e) =>
      running.has(e.cohortId) &&
      at(e.enrolledAt) < at(b.end) &&
      (e.endedAt === null || at(e.endedAt) >= at(b.start)),
  );
}

const runningCohorts = (t: TrainingRows, b: MonthBounds): string[] =>
  t.cohorts
    .filter(
      (c) =>
        (c.state === "running" || c.state === "completed") && c.startDate <= b.last && c.endDate >= b.first,
    )
    .map((c) => c.id);

/**
 * Training figures of the facility's own cohorts: cohortsRunning = running or completed cohorts whose
 * dates overlap the month; enrollments = made in the month; completions / endedOtherwise = moved into
 * completed / withdrawn, transferred or released in the month; certificatesIssued = issued (local day)
 * in the month, revoked ones included; inmatesTrained = distinct inmates enrolled in a running cohort,
 * enrolled before month end and not ended before it began; population = the latest count on or before
 * the last day (0 without one).
 */
export function trainingFiguresOf(
  t: TrainingRows,
  population: readonly PopulationRow[],
  b: MonthBounds,
): TrainingFigures {
  const ended = (states: readonly string[]) =>
    t.enrollments.filter((e) => states.includes(e.state) && e.endedAt !== null && within(e.endedAt, b))
      .length;
  const latest = population
    .filter((p) => p.takenOn <= b.last)
    .reduce<PopulationRow | null>((best, p) => (best === null || p.takenOn > best.takenOn ? p : best), null);
  return {
    cohortsRunning: runningCohorts(t, b).length,
    enrollments: t.enrollments.filter((e) => within(e.enrolledAt, b)).length,
    completions: ended(["completed"]),
    endedOtherwise: ended(ENDED_OTHERWISE),
    certificatesIssued: certificatesInMonth(t, b).length,
    inmatesTrained: new Set(trainedEnrollments(t, b).map((e) => e.inmateId)).size,
    population: latest?.total ?? 0,
  };
}

const certificatesInMonth = (t: TrainingRows, b: MonthBounds) => {
  const mine = new Set(t.enrollments.map((e) => e.id));
  return t.certificates.filter(
    (c) => mine.has(c.enrollmentId) && c.issuedOn >= b.first && c.issuedOn <= b.last,
  );
};

/**
 * Residents by domicile area (inmateDomicile: the record's, else the NIK's mapped area; inmates with
 * neither are left out): inmates = the facility's inmates admitted by the last day; trained = distinct
 * inmates trained in the month (as inmatesTrained); certified = distinct inmates given a certificate in
 * the month by the facility's cohorts. Areas with only zeros are left out; ordered by area code.
 */
export function domicileFiguresOf(
  facilityId: string | null,
  t: TrainingRows,
  inmates: readonly InmateRow[],
  b: MonthBounds,
): DomicileFigures[] {
  const byId = new Map(inmates.map((i) => [i.id, i]));
  const rows = new Map<string, { inmates: number; trained: number; certified: number }>();
  const bump = (i: InmateRow | undefined, k: "inmates" | "trained" | "certified") => {
    const area =
      i === undefined ? null : inmateDomicile({ domicileRegencyCode: i.domicileRegencyCode, nik: i.nik });
    if (area === null) return;
    const row = rows.get(area) ?? { inmates: 0, trained: 0, certified: 0 };
    row[k] += 1;
    rows.set(area, row);
  };
  for (const i of inmates) if (i.facilityId === facilityId && i.admissionDate <= b.last) bump(i, "inmates");
  for (const id of new Set(trainedEnrollments(t, b).map((e) => e.inmateId))) bump(byId.get(id), "trained");
  const enrollmentInmate = new Map(t.enrollments.map((e) => [e.id, e.inmateId]));
  const certified = new Set(certificatesInMonth(t, b).map((c) => enrollmentInmate.get(c.enrollmentId)));
  for (const id of certified) if (id !== undefined) bump(byId.get(id), "certified");
  return [...rows.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([areaCode, c]) => ({ areaCode, ...c }));
}

/** Licences in report order: by expiry day, then id. */
export const compareLicences = (x: ExpiringLicence, y: ExpiringLicence): number =>
  x.expiresOn < y.expiresOn
    ? -1
    : x.expiresOn > y.expiresOn
      ? 1
      : x.licenceId < y.licenceId
        ? -1
        : x.licenceId > y.licenceId
          ? 1
          : 0;

/**
 * Licences expiring: granted or expired licences with an expiry day on or before 60 days after the
 * last day (already expired ones too), unless the facility holds a granted licence of the same type
 * that runs past that horizon (or has no expiry): that one renewed it.
 */
export function licencesExpiringOf(
  facilityId: string | null,
  licences: readonly LicenceRow[],
  b: MonthBounds,
): ExpiringLicence[] {
  if (facilityId === null) return [];
  const horizon = addDays(b.last, LICENCE_EXPIRY_WINDOW_DAYS);
  const renewed = new Set(
    licences
      .filter((l) => l.status === "granted" && (l.expiresOn === null || l.expiresOn > horizon))
      .map((l) => l.type),
  );
  return licences
    .flatMap((l) =>
      (l.status === "granted" || l.status === "expired") &&
      l.expiresOn !== null &&
      l.expiresOn <= horizon &&
      !renewed.has(l.type)
        ? [{ licenceId: l.id, facilityId, type: l.type, number: l.number, expiresOn: l.expiresOn }]
        : [],
    )
    .sort(compareLicences);
}
