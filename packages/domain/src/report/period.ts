import { addDays, addMonths, dateInZone } from "../shared/dates.ts";

/** A report period: a calendar month `YYYY-MM`. */
export type Period = string;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `s` is a calendar month written `YYYY-MM`. */
export const isPeriod = (s: string): boolean => PERIOD.test(s);

/** A month as one time zone lives it: its first and last local days and the instants it starts and ends. */
export interface MonthBounds {
  readonly period: Period;
  /** The month's first local day, `YYYY-MM-01`. */
  readonly first: string;
  /** The month's last local day. */
  readonly last: string;
  /** The instant the month starts: local midnight of `first` (ISO, UTC). */
  readonly start: string;
  /** The instant it ends, exclusive: local midnight after `last` (ISO, UTC). */
  readonly end: string;
}

/** One formatter per zone: making one costs far more than using it. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at an instant (Intl knows the zone's rules; no clock is read). */
function offsetMinutes(epochMs: number, timeZone: string): number {
  let format = clockFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    clockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(epochMs));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const local = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return Math.round((local - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant a local day starts in a zone (ISO, UTC): 2026-11-01 in Asia/Jayapura is 2026-10-31T15:00Z. */
export function startOfDayInZone(date: string, timeZone: string): string {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  // A zone whose offset changed that night: the second reading is the one in force at local midnight.
  const second = guess - offsetMinutes(first, timeZone) * 60_000;
  return new Date(second).toISOString();
}

/** The bounds of `period` in a time zone: a WIT month closes two hours before a WIB one. */
export function monthBounds(period: Period, timeZone: string): MonthBounds {
  const first = `${period}-01`;
  const next = addMonths(first, 1);
  return {
    period,
    first,
    last: addDays(next, -1),
    start: startOfDayInZone(first, timeZone),
    end: startOfDayInZone(next, timeZone),
  };
}

/** The period a local day falls in. */
export const periodOf = (date: string): Period => date.slice(0, 7);

/** The period after (or, with a negative count, before) another. */
export const addPeriods = (period: Period, months: number): Period =>
  periodOf(addMonths(`${period}-01`, months));

/** The latest month that has closed at `now` in the zone: the month before the zone's current one. */
export function lastClosedPeriod(now: string, timeZone: string): Period {
  return addPeriods(periodOf(dateInZone(now, timeZone)), -1);
}

/** The months from `since` up to the last closed one at `now` in the zone, oldest first (empty when none). */
export function closedPeriods(now: string, timeZone: string, since: Period): Period[] {
  const last = lastClosedPeriod(now, timeZone);
  const out: Period[] = [];
  for (let p = since; p <= last; p = addPeriods(p, 1)) out.push(p);
  return out;
}
