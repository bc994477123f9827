import { type Locale, locale } from "./i18n.ts";

const TAG: { readonly [L in Locale]: string } = { id: "id-ID", en: "en-GB" };
const NUMBER_TAG: { readonly [L in Locale]: string } = { id: "id-ID", en: "en-US" };

/** WIB, WITA or WIT for a facility's time zone (the same words in both languages). */
export function zoneName(timeZone: string): string {
  switch (timeZone) {
    case "Asia/Jakarta":
      return "WIB";
    case "Asia/Makassar":
      return "WITA";
    case "Asia/Jayapura":
      return "WIT";
    default:
      return timeZone;
  }
}

/** A calendar day ("2025-11-11") as people write it: "11 November 2025". */
export function formatDate(day: string | null | undefined, lang: Locale = locale()): string {
  if (!day) return "—";
  const [y, m, d] = day.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(TAG[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant in a facility's zone: "11 November 2025 23.30 WIT". */
export function formatDateTime(
  instant: string | null | undefined,
  timeZone: string,
  lang: Locale = locale(),
): string {
  if (!instant) return "—";
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const day = new Intl.DateTimeFormat(TAG[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  });
  const time = new Intl.DateTimeFormat(TAG[lang], {
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone,
  });
  // Indonesian writes hours and minutes with a dot (23.30); English with a colon (23:30).
  const clock = time.format(at).replace(/[.:]/, lang === "id" ? "." : ":");
  return `${day.format(at)} ${clock} ${zoneName(timeZone)}`;
}

/** A count with the language's grouping: 3.290 (id), 3,290 (en). */
export function formatNumber(value: number | null | undefined, lang: Locale = locale()): string {
  if (value === null || value === undefined) return "—";
  return new Intl.NumberFormat(NUMBER_TAG[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A share (0..1) as a percentage: 75 %. */
export function formatShare(share: number, lang: Locale = locale()): string {
  return new Intl.NumberFormat(NUMBER_TAG[lang], { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );
}
