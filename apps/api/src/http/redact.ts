/** What in a log line could be personal data: a NIK (16 digits) or a date (a birth date). */
const PERSONAL = [
  { pattern: /(?<!\d)\d{16}(?!\d)/g, mask: "[nik]" },
  { pattern: /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, mask: "[date]" },
  { pattern: /(?<!\d)\d{2}[-/]\d{2}[-/]\d{4}(?!\d)/g, mask: "[date]" },
] as const;

/** Masks anything NIK- or date-like in a text bound for a log (database messages may quote values). */
export function redact(text: string): string {
  return PERSONAL.reduce((t, { pattern, mask }) => t.replace(pattern, mask), text);
}

/** A log line with every string value redacted. */
export function redactLine(line: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(line).map(([k, value]) => [k, typeof value === "string" ? redact(value) : value]),
  );
}
