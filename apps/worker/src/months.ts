import { addMonths, dateInZone } from "@sinergi/domain";

/**
 * The zone whose month ends last: Indonesia's westernmost (WIB). A month is closed for every
 * facility once it has ended there; a WIT facility's month ended two hours earlier.
 */
export const LAST_ZONE_TO_CLOSE = "Asia/Jakarta";

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True for a `YYYY-MM` period. */
export const isPeriod = (text: string): boolean => PERIOD.test(text);

/** The period `n` months after `period` (before, when negative). */
export const shiftPeriod = (period: string, n: number): string => addMonths(`${period}-01`, n).slice(0, 7);

/** The newest month that has ended in every facility's zone at `instant`. */
export function lastClosedMonth(instant: string): string {
  return shiftPeriod(dateInZone(instant, LAST_ZONE_TO_CLOSE).slice(0, 7), -1);
}

/** True when `period` has ended in every facility's zone at `instant`. */
export const isClosed = (period: string, instant: string): boolean => period <= lastClosedMonth(instant);

/** Every period from `from` to `to`, both included (none when `from` is after `to`). */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = shiftPeriod(p, 1)) out.push(p);
  return out;
}

/** How far back a pass looks by default: this many closed months. */
export const DEFAULT_LOOKBACK_MONTHS = 12;

/**
 * The first period a pass reconciles: the configured one, else 12 closed months back but not
 * before the month of the earliest data (no empty reports for years before the first record).
 */
export function firstPeriod(
  instant: string,
  configured: string | undefined,
  earliestData: string | null,
): string {
  if (configured !== undefined) return configured;
  const back = shiftPeriod(lastClosedMonth(instant), -(DEFAULT_LOOKBACK_MONTHS - 1));
  const earliest = earliestData?.slice(0, 7);
  return earliest !== undefined && earliest > back ? earliest : back;
}
