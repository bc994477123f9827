import { STANDARD_COOPERATION_FIELDS } from "../agreement/agreement.ts";
import { type AgreementStatus, agreementStatus } from "../agreement/status.ts";
import { addDays } from "../shared/dates.ts";
import type { ActionPlanFigures, AgreementFigures, AgreementOutcome, UnitFigures } from "./figures.ts";
import type { ActionItemRow, AgreementRow, RenewalRow, TrainingRows } from "./input.ts";
import type { MonthBounds } from "./period.ts";

const at = (instant: string): number => Date.parse(instant);

/** True when the agreement (or successor) was signed, by its local signing day, on or before `day`. */
export const signedByDay = (a: Pick<AgreementRow, "state" | "signedOn">, day: string): boolean =>
  (a.state === "signed" || a.state === "terminated") && a.signedOn !== null && a.signedOn <= day;

/**
 * The status on a local day as it read then (agreementStatus): null before its signing day; renewed
 * once a successor had been signed by that day (a successor signed later does not count yet).
 */
export function agreementStatusAsOf(
  a: AgreementRow,
  renewals: readonly RenewalRow[],
  day: string,
): AgreementStatus | null {
  if (!signedByDay(a, day)) return null;
  const successor = renewals.find((r) => r.renewsId === a.id && signedByDay(r, day));
  return agreementStatus(a, day, successor ? { state: successor.state } : null);
}

/** In force at month end: active or expiring on the month's last local day. */
const inForce = (s: AgreementStatus | null): boolean => s === "active" || s === "expiring";

/**
 * Agreement counts of the unit's own agreements for the month (days are the unit's local days):
 * - signed: signed (or since terminated) with a local signing day in the month;
 * - activeAtEnd: status active or expiring on the month's last day;
 * - expiringNext90: status expiring on the last day, i.e. in force and ending within 90 days after it
 *   (a termination dated later ends it the day before, as agreementStatus reads it);
 * - terminated: terminated with a termination day in the month;
 * - expired: reads expired on the last day but not on the day before the month (so it ran out in the
 *   month, not renewed by month end and not stopped by a termination first);
 * - renewed: predecessors whose successor was signed (local day) in the month.
 */
export function agreementFiguresOf(
  agreements: readonly AgreementRow[],
  renewals: readonly RenewalRow[],
  b: MonthBounds,
): AgreementFigures {
  const before = addDays(b.first, -1);
  let signed = 0;
  let activeAtEnd = 0;
  let expiringNext90 = 0;
  let terminated = 0;
  let expired = 0;
  let renewed = 0;
  for (const a of agreements) {
    if (!signedByDay(a, b.last)) continue;
    const end = agreementStatusAsOf(a, renewals, b.last);
    if (a.signedOn !== null && a.signedOn >= b.first) signed += 1;
    if (inForce(end)) activeAtEnd += 1;
    if (end === "expiring") expiringNext90 += 1;
    if (
      a.state === "terminated" &&
      a.terminatedOn !== null &&
      a.terminatedOn >= b.first &&
      a.terminatedOn <= b.last
    )
      terminated += 1;
    if (end === "expired" && agreementStatusAsOf(a, renewals, before) !== "expired") expired += 1;
    const renewedInMonth = renewals.some(
      (r) => r.renewsId === a.id && signedByDay(r, b.last) && r.signedOn !== null && r.signedOn >= b.first,
    );
    if (renewedInMonth) renewed += 1;
  }
  return { activeAtEnd, signed, renewed, terminated, expired, expiringNext90 };
}

/** Coverage: 1 for each standard field that an agreement in force at month end (active/expiring) names. */
export function coverageOf(
  agreements: readonly AgreementRow[],
  renewals: readonly RenewalRow[],
  b: MonthBounds,
): UnitFigures["coverage"] {
  const covered = new Set(
    agreements.filter((a) => inForce(agreementStatusAsOf(a, renewals, b.last))).flatMap((a) => a.fields),
  );
  return Object.fromEntries(
    STANDARD_COOPERATION_FIELDS.map((f) => [f, covered.has(f) ? 1 : 0]),
  ) as UnitFigures["coverage"];
}

/**
 * The realised amount as it stood at an instant: the amount before the first adjustment made at or
 * after it (adjustments in order of instant), else today's amount.
 */
export function realisedAt(
  item: Pick<ActionItemRow, "realisedAmount" | "adjustments">,
  instant: string,
): number {
  const later = item.adjustments
    .filter((x) => at(x.adjustedAt) >= at(instant))
    .sort((x, y) => at(x.adjustedAt) - at(y.adjustedAt) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return later[0]?.previousAmount ?? item.realisedAmount;
}

/**
 * Action-plan realisation: itemsInForce = items (not cancelled) of agreements in force at month end;
 * itemsDue = of them, due on or before the month's last day; itemsMet = of the due ones, whose
 * realised amount at month end (adjustments after it undone) reached the target.
 */
export function actionPlanOf(
  agreements: readonly AgreementRow[],
  renewals: readonly RenewalRow[],
  items: readonly ActionItemRow[],
  b: MonthBounds,
): ActionPlanFigures {
  const live = new Set(
    agreements.filter((a) => inForce(agreementStatusAsOf(a, renewals, b.last))).map((a) => a.id),
  );
  const counted = items.filter((i) => live.has(i.agreementId) && i.status !== "cancelled");
  const due = counted.filter((i) => i.dueDate !== null && i.dueDate <= b.last);
  const met = due.filter((i) => realisedAt(i, b.end) >= i.targetAmount);
  return { itemsInForce: counted.length, itemsDue: due.length, itemsMet: met.length };
}

/** Outcomes in report order: by title (code-point order), then agreement id. */
export const compareOutcomes = (x: AgreementOutcome, y: AgreementOutcome): number =>
  x.title < y.title
    ? -1
    : x.title > y.title
      ? 1
      : x.agreementId < y.agreementId
        ? -1
        : x.agreementId > y.agreementId
          ? 1
          : 0;

/**
 * Outcomes, cumulative to month end, of each agreement of the unit signed by then that funds a cohort:
 * cohortsFunded = cohorts (anywhere, not cancelled, started by the last day) of programs it funds;
 * enrolled = their enrollments made before month end; completed = of those, completed before month end;
 * certified = of those, with a certificate issued by the last day. Agreements funding none are left out.
 */
export function outcomesOf(
  agreements: readonly AgreementRow[],
  funded: TrainingRows,
  b: MonthBounds,
): AgreementOutcome[] {
  const end = at(b.end);
  const out: AgreementOutcome[] = [];
  for (const a of agreements) {
    if (!signedByDay(a, b.last)) continue;
    const cohorts = new Set(
      funded.cohorts
        .filter((c) => c.fundingAgreementId === a.id && c.state !== "cancelled" && c.startDate <= b.last)
        .map((c) => c.id),
    );
    if (cohorts.size === 0) continue;
    const enrolled = funded.enrollments.filter((e) => cohorts.has(e.cohortId) && at(e.enrolledAt) < end);
    const completed = enrolled.filter(
      (e) => e.state === "completed" && e.endedAt !== null && at(e.endedAt) < end,
    );
    const certified = enrolled.filter((e) =>
      funded.certificates.some((c) => c.enrollmentId === e.id && c.issuedOn <= b.last),
    );
    out.push({
      agreementId: a.id,
      title: a.title,
      cohortsFunded: cohorts.size,
      enrolled: enrolled.length,
      completed: completed.length,
      certified: certified.length,
    });
  }
  return out.sort(compareOutcomes);
}
