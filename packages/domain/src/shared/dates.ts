/** Calendar-date helpers on ISO `YYYY-MM-DD` strings; pure, no clock. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date in `YYYY-MM-DD` form (rejects 2023-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Adds whole days to an ISO date. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (2024-01-31 + 1 = 2024-02-29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

// Building an Intl.DateTimeFormat costs far more than using one (a tenth of a GET's CPU when made per
// call); formatters hold no state between calls, so one per zone serves every caller.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** Per zone, the last instant asked for and its date: a list page asks for "today" once per row. */
const lastDays = new Map<string, { instant: string; day: string }>();

/** The calendar date of an instant in an IANA time zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura). */
export function dateInZone(instant: string, timeZone: string): string {
  const last = lastDays.get(timeZone);
  if (last !== undefined && last.instant === instant) return last.day;
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    // en-CA formats as YYYY-MM-DD, the ISO form, in one piece.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  let year = "";
  let month = "";
  let day = "";
  for (const p of parts)
    if (p.type === "year") year = p.value;
    else if (p.type === "month") month = p.value;
    else if (p.type === "day") day = p.value;
  const result = `${year}-${month}-${day}`;
  lastDays.set(timeZone, { instant, day: result });
  return result;
}
