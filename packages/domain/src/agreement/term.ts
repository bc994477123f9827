import { addDays } from "../shared/dates.ts";

/**
 * The same calendar day `months` later; a day the target month lacks (29 February in a common year,
 * 31 April) rolls over into the next month, as a term reckoned in calendar months does.
 */
export function anniversary(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/** The last day of a term of `months` calendar months starting on `start` (the day before the anniversary). */
export function lastDayOfTerm(start: string, months: number): string {
  return addDays(anniversary(start, months), -1);
}
