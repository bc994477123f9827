// The one place that decides what in request-supplied text could be personal data. Logs and field
// paths in error documents pass through here; nothing else masks NIKs or dates on its own.

const MONTHS =
  "jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|" +
  "ag(?:s|t|u|ustus)|aug(?:ust)?|sep(?:t|tember)?|o[kc]t(?:ober)?|nov(?:ember)?|de[sc](?:ember)?";

/**
 * What could be personal data: a NIK (16 digits, also written in groups with spaces, dots, dashes or
 * slashes: `3373 0115 0590 0001`, `3373-01-150590-0001`) or a date in a common form (a birth date).
 */
const PERSONAL: readonly { readonly pattern: RegExp; readonly mask: string }[] = [
  // A NIK: sixteen digits, any of them separated by up to two of space . - / _ (a longer run may hold one)
  { pattern: /(?<!\d)\d(?:[ .\-/_]{0,2}\d){15,}(?!\d)/g, mask: "[nik]" },
  // 1990-05-15, 1990/5/15, 1990.05.15 (and the date part of an ISO timestamp)
  { pattern: /(?<!\d)\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)/g, mask: "[date]" },
  // 15-05-1990, 15/05/90, 15.05.1990
  { pattern: /(?<!\d)\d{1,2}([-/.])\d{1,2}\1\d{2}(?:\d{2})?(?!\d)/g, mask: "[date]" },
  // 15 Mei 1990, 15-Agustus-1990, 15 May, 1990
  {
    pattern: new RegExp(
      `(?<!\\d)\\d{1,2}[ \\-./]*(?:${MONTHS})[a-z]*[ \\-./,]*\\d{2}(?:\\d{2})?(?!\\d)`,
      "gi",
    ),
    mask: "[date]",
  },
  // May 15, 1990 / Mei 15 1990
  {
    pattern: new RegExp(`\\b(?:${MONTHS})[a-z]*[ .]*\\d{1,2}(?:st|nd|rd|th)?[ ,.]*\\d{4}(?!\\d)`, "gi"),
    mask: "[date]",
  },
  // 19900515 (a compact date with a plausible year, month and day)
  { pattern: /(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)/g, mask: "[date]" },
];

const DIGIT = /\d/;

/** How many capturing groups a pattern has. */
const groupsOf = (source: string): number => (new RegExp(`${source}|`).exec("")?.length ?? 1) - 1;

/**
 * Any of the patterns at all, as one regular expression: one scan clears most text (ids, paths) instead
 * of one scan per pattern. Each pattern's backreferences are renumbered past the groups before it.
 */
export const ANY_PERSONAL = (() => {
  let offset = 0;
  const parts = PERSONAL.map(({ pattern }) => {
    const shifted = pattern.source.replace(/\\([1-9])/g, (_m, n: string) => `\\${Number(n) + offset}`);
    offset += groupsOf(pattern.source);
    return `(?:${shifted})`;
  });
  // Case-insensitive as the month patterns are; the digit patterns have no letters.
  return new RegExp(parts.join("|"), "i");
})();

/** Every pattern's mask applied in turn, without the one-scan check (what that check must agree with). */
export const maskEveryPattern = (text: string): string =>
  PERSONAL.reduce((t, { pattern, mask }) => t.replace(pattern, mask), text);

/** Masks anything NIK- or date-like in a text bound for a log or an error document. */
export function redact(text: string): string {
  // Every pattern above needs a digit: text without one (most keys and log words) is left as it is.
  if (!DIGIT.test(text) || !ANY_PERSONAL.test(text)) return text;
  return maskEveryPattern(text);
}

/**
 * Request-supplied text made safe to log or show: redacted, then capped at `max` characters. Very long
 * text is cut before redaction (never inside a run of digits, so no fragment of a NIK slips through).
 */
export function safeText(text: string, max = 200): string {
  const bounded = text.length > max * 10 ? text.slice(0, max * 10).replace(/[\d\s.\-/_]+$/, "") : text;
  const masked = redact(bounded);
  return masked.length > max ? `${masked.slice(0, max - 1)}…` : masked;
}

/** A value with every string inside it (keys included) passed through `safeText`. */
export function redactDeep(value: unknown, max = 500, depth = 0): unknown {
  if (typeof value === "string") return safeText(value, max);
  if (value === null || typeof value !== "object") return value;
  if (depth > 5) return "[…]";
  if (value instanceof Error) return { name: value.name, message: safeText(value.message, max) };
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactDeep(v, max, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [safeText(k, 100), redactDeep(v, max, depth + 1)]),
  );
}
