import { addDays, addMonths, daysBetween } from "../shared/dates.ts";
import { assertNever, domainError, err, ok, type Result } from "../shared/result.ts";
import type { InmateError } from "./errors.ts";

/** A length as a verdict or a remission decree states it: years, months and days. */
export interface TermLength {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

/** One remission (remisi) granted, as its decree states it. */
export interface RemissionGrant {
  readonly grantedOn: string;
  readonly months: number;
  readonly days: number;
}

/** What the facility knows of a convict's sentence: when it started, its length, remissions granted. */
export interface SentenceFacts {
  /** First day counted (detention before the verdict counts, so it may precede admission). */
  readonly startDate: string;
  readonly length: TermLength;
  readonly remissions: readonly RemissionGrant[];
}

/** Dates derived from the sentence facts. */
export interface SentenceDates {
  /** The day the whole sentence would be served without remission. */
  readonly fullTermEnd: string;
  /** Days the remissions take off, counted back from the full-term end. */
  readonly remissionDays: number;
  /** The day half the sentence counts as served (remissions count as served: asimilasi). */
  readonly halfServedOn: string;
  /** The day two thirds count as served (remissions count as served: parole, pembebasan bersyarat). */
  readonly twoThirdsServedOn: string;
  /** The full-term end less the remissions: the expected release (ekspirasi). */
  readonly expectedRelease: string;
}

/** The shares of the sentence a cohort may require to be served by its start. */
export const SERVED_SHARES = ["half", "two-thirds"] as const;
/** A share of the sentence served. */
export type ServedShare = (typeof SERVED_SHARES)[number];

const monthsOf = (l: TermLength) => l.years * 12 + l.months;

/**
 * Derives the ½ and ⅔ dates and the expected release. The sentence runs from the start for its
 * calendar length (2024-02-29 + 1 year ends 2025-02-28); the remissions, summed, are taken off that
 * end the same calendar way, and the days they cover count as served for the ½ and ⅔ dates, which
 * are the first day on which at least that share counts as served (never before the start).
 */
export function sentenceDates(s: SentenceFacts): SentenceDates {
  const fullTermEnd = addDays(addMonths(s.startDate, monthsOf(s.length)), s.length.days);
  const months = s.remissions.reduce((n, r) => n + r.months, 0);
  const days = s.remissions.reduce((n, r) => n + r.days, 0);
  const expectedRelease = addDays(addMonths(fullTermEnd, -months), -days);
  const remissionDays = daysBetween(expectedRelease, fullTermEnd);
  const total = daysBetween(s.startDate, fullTermEnd);
  const served = (numerator: number, denominator: number) =>
    addDays(s.startDate, Math.max(0, Math.ceil((total * numerator) / denominator) - remissionDays));
  return {
    fullTermEnd,
    remissionDays,
    halfServedOn: served(1, 2),
    twoThirdsServedOn: served(2, 3),
    expectedRelease,
  };
}

/** The day a share of the sentence counts as served. */
export function servedOn(d: SentenceDates, share: ServedShare): string {
  switch (share) {
    case "half":
      return d.halfServedOn;
    case "two-thirds":
      return d.twoThirdsServedOn;
    default:
      return assertNever(share);
  }
}

/** Checks sentence facts: a length of at least a day, remissions granted within it that leave some of it. */
export function checkSentence(s: SentenceFacts): Result<SentenceDates, InmateError> {
  const invalid = (message: string, field: string) =>
    err(domainError("inmate/invalid-sentence", message, { field }));
  if (monthsOf(s.length) === 0 && s.length.days === 0)
    return invalid("the sentence must last at least one day", "sentence.length");
  const dates = sentenceDates(s);
  const late = s.remissions.findIndex((r) => r.grantedOn < s.startDate || r.grantedOn > dates.fullTermEnd);
  if (late >= 0)
    return invalid("a remission is granted while the sentence runs", `sentence.remissions.${late}.grantedOn`);
  const empty = s.remissions.findIndex((r) => r.months === 0 && r.days === 0);
  if (empty >= 0) return invalid("a remission is at least one day", `sentence.remissions.${empty}`);
  if (dates.expectedRelease <= s.startDate)
    return invalid("the remissions take off the whole sentence", "sentence.remissions");
  return ok(dates);
}
