/**
 * Value parsers shared by both backends so PGlite and `pg` return identical JS values:
 * int8/numeric as numbers, `date` as `YYYY-MM-DD`, timestamps as ISO-8601 UTC strings.
 */

/** PostgreSQL type OIDs we parse ourselves. */
export const OID = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/** `2026-11-23 01:02:03.45+00` (PostgreSQL text output) -> `2026-11-23T01:02:03.450Z`. */
export function parseTimestamp(text: string): string {
  let s = text.replace(" ", "T");
  if (/[+-]\d{2}$/.test(s)) s = `${s}:00`;
  else if (!/[zZ]|[+-]\d{2}:\d{2}$/.test(s)) s = `${s}Z`;
  return new Date(s).toISOString();
}

const toNumber = (text: string): number => Number(text);
const identity = (text: string): string => text;

/** Parser table keyed by OID, in the shape both drivers accept. */
export const parsers: Record<number, (text: string) => unknown> = {
  [OID.int8]: toNumber,
  [OID.numeric]: toNumber,
  [OID.date]: identity,
  [OID.timestamp]: parseTimestamp,
  [OID.timestamptz]: parseTimestamp,
};
