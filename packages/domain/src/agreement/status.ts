import { addDays, dateInZone, daysBetween } from "../shared/dates.ts";
import { assertNever } from "../shared/result.ts";
import type { Agreement, AgreementState } from "./agreement.ts";

/** Status as read on a given day: stored states pass through; a signed agreement reads by its dates. */
export const AGREEMENT_STATUSES = [
  "draft",
  "proposed",
  "negotiating",
  "upcoming",
  "active",
  "expiring",
  "expired",
  "renewed",
  "terminated",
  "withdrawn",
] as const;
/** Derived status of an agreement on a day. */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Days before the end at which a signed agreement reads as expiring. */
export const EXPIRING_WITHIN_DAYS = 90;

/** Days before the end at which an agreement is flagged for renewal. */
export const RENEWAL_ALERT_DAYS = [90, 30, 7] as const;
/** One of the alert thresholds. */
export type RenewalAlertThreshold = (typeof RENEWAL_ALERT_DAYS)[number];

/** What the status needs to know about the agreement's successor, if any. */
export interface SuccessorInfo {
  readonly state: AgreementState;
}

/** True when a successor is (or was) signed: a terminated successor still renewed its predecessor. */
export const successorSigned = (s: SuccessorInfo | null | undefined): boolean =>
  s !== null && s !== undefined && (s.state === "signed" || s.state === "terminated");

/** The signed fields the status reads (terminatedOn may be absent for a never-terminated one). */
type StatusFacts = Pick<Agreement, "state" | "startDate" | "endDate"> &
  Partial<Pick<Agreement, "terminatedOn">>;

/**
 * Status on `today` (a `YYYY-MM-DD` in the facility's time zone, from `dateInZone`): signed before
 * the start = upcoming; within the dates = active, or expiring in the last 90 days; after the end =
 * expired; renewed once a successor is signed. The end date is the last day in force. A termination
 * takes effect on its date (the day it stops): until then the agreement reads by its dates.
 */
export function agreementStatus(
  a: StatusFacts,
  today: string,
  successor?: SuccessorInfo | null,
): AgreementStatus {
  switch (a.state) {
    case "draft":
    case "proposed":
    case "negotiating":
    case "withdrawn":
      return a.state;
    case "terminated": {
      const stops = a.terminatedOn ?? null;
      if (stops === null || today >= stops) return "terminated";
      const last = addDays(stops, -1);
      const endDate = a.endDate === null || last < a.endDate ? last : a.endDate;
      return agreementStatus({ state: "signed", startDate: a.startDate, endDate }, today, successor);
    }
    case "signed": {
      if (successorSigned(successor)) return "renewed";
      if (a.startDate !== null && today < a.startDate) return "upcoming";
      if (a.endDate === null) return "active";
      if (today > a.endDate) return "expired";
      return daysBetween(today, a.endDate) <= EXPIRING_WITHIN_DAYS ? "expiring" : "active";
    }
    default:
      return assertNever(a.state);
  }
}

/** Status at an instant, read in an IANA time zone (the facility's). */
export function agreementStatusAt(
  a: StatusFacts,
  instant: string,
  timeZone: string,
  successor?: SuccessorInfo | null,
): AgreementStatus {
  return agreementStatus(a, dateInZone(instant, timeZone), successor);
}

/** A renewal alert that has fallen due. */
export interface RenewalAlert {
  readonly threshold: RenewalAlertThreshold;
  /** The day the alert falls due (end date minus threshold). */
  readonly on: string;
  /** Days left until the end date, counted from `today`. */
  readonly daysLeft: number;
}

/**
 * Alerts due on `today` for a signed agreement that is not yet renewed: one per threshold (90/30/7
 * days before the end) already reached, widest first; none once it has ended.
 */
export function renewalAlerts(
  a: Pick<Agreement, "state" | "endDate">,
  today: string,
  successor?: SuccessorInfo | null,
): RenewalAlert[] {
  if (a.state !== "signed" || a.endDate === null || successorSigned(successor)) return [];
  const end = a.endDate;
  if (today > end) return [];
  const daysLeft = daysBetween(today, end);
  return RENEWAL_ALERT_DAYS.filter((t) => daysLeft <= t).map((threshold) => ({
    threshold,
    on: addDays(end, -threshold),
    daysLeft,
  }));
}

/** The tightest alert threshold reached (7 before 30 before 90), or null. */
export function currentRenewalAlert(
  a: Pick<Agreement, "state" | "endDate">,
  today: string,
  successor?: SuccessorInfo | null,
): RenewalAlertThreshold | null {
  return renewalAlerts(a, today, successor).at(-1)?.threshold ?? null;
}

/** True when the agreement is in force on `day` (signed, or terminated with `day` before the termination date). */
export function inForceOn(
  a: Pick<Agreement, "state" | "startDate" | "endDate" | "terminatedOn">,
  day: string,
): boolean {
  if (a.state !== "signed" && a.state !== "terminated") return false;
  if (a.startDate === null || a.endDate === null || day < a.startDate || day > a.endDate) return false;
  return a.state === "signed" || (a.terminatedOn !== null && day < a.terminatedOn);
}
