import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ANY_PERSONAL, maskEveryPattern, redact, redactDeep, safeText } from "./redact.ts";

/** A NIK: 16 digits (area, birth date with 40 added for women, serial). */
const nik = fc
  .tuple(
    fc.integer({ min: 11, max: 94 }),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 71 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 9999 }),
  )
  .map((parts) => {
    const [a, b, c, d, m, y, s] = parts.map((n, i) => String(n).padStart(i === 6 ? 4 : 2, "0"));
    return `${a}${b}${c}${d}${m}${y}${s}`;
  });

/** The same 16 digits written in groups, with any of the separators people use between them. */
const writtenNik = fc
  .tuple(
    nik,
    fc.array(fc.constantFrom("", " ", "-", ".", "/", "  ", " - "), { minLength: 15, maxLength: 15 }),
  )
  .map(([digits, seps]) =>
    [...digits].map((d, i) => (i === 0 ? d : `${(seps[i - 1] ?? "").slice(0, 2)}${d}`)).join(""),
  );

const date = fc.date({
  min: new Date("1930-01-01T00:00:00Z"),
  max: new Date("2030-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const pad = (n: number) => String(n).padStart(2, "0");
const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const MONTHS_EN = ["Jan", "Feb", "March", "Apr", "May", "June", "July", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date in one of the forms people write a birth date. */
const writtenDate = fc.tuple(date, fc.integer({ min: 0, max: 9 })).map(([d, form]) => {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  switch (form) {
    case 0:
      return `${y}-${pad(m)}-${pad(day)}`;
    case 1:
      return `${pad(day)}-${pad(m)}-${y}`;
    case 2:
      return `${pad(day)}/${pad(m)}/${y}`;
    case 3:
      return `${day}.${m}.${y}`;
    case 4:
      return `${pad(day)}/${pad(m)}/${String(y).slice(2)}`;
    case 5:
      return `${day} ${MONTHS_ID[m - 1]} ${y}`;
    case 6:
      return `${day}-${MONTHS_EN[m - 1]}-${y}`;
    case 7:
      return `${MONTHS_EN[m - 1]} ${day}, ${y}`;
    case 8:
      return `${y}/${m}/${day}`;
    default:
      return `${y}${pad(m)}${pad(day)}`;
  }
});

/** Ordinary words around the personal value, as a log line would have them. */
const words = fc.constantFrom("", "GET /api/v1/inmates/", "nik=", 'invalid input: "', "lahir ", "q=", " (x)");

const digitsOf = (s: string) => s.replace(/\D/g, "");

describe("the redactor", () => {
  it.each([
    ["3373011505900001", "[nik]"],
    ["3373 0115 0590 0001", "[nik]"],
    ["3373-01-150590-0001", "[nik]"],
    ["33.73.01.150590.0001", "[nik]"],
    ["nik 3373011505900001 lahir 1990-05-15", "nik [nik] lahir [date]"],
    ["15/05/1990", "[date]"],
    ["15.05.90", "[date]"],
    ["15 Mei 1990", "[date]"],
    ["May 15, 1990", "[date]"],
    ["19900515", "[date]"],
    ['invalid input syntax for type uuid: "3373011505900001"', 'invalid input syntax for type uuid: "[nik]"'],
  ])("masks %j", (text, masked) => {
    expect(redact(text)).toBe(masked);
  });

  it.each([
    "/api/v1/facilities/:id",
    "limit 50, page 2",
    "request 2f6e0d1c-3b1a-4c8e-9f7a-bb34c4e0a1f2",
    "version 1.2.3",
    "agreement/not-signable",
  ])("leaves ordinary text alone: %j", (text) => {
    expect(redact(text)).toBe(text);
  });

  test.prop([writtenNik, words, words])("masks a NIK written with any separators", (n, before, after) => {
    const out = redact(`${before}${n}${after}`);
    expect(out).toContain("[nik]");
    expect(digitsOf(out)).not.toContain(digitsOf(n));
  });

  test.prop([writtenDate, words, words])("masks a date written in a common form", (d, before, after) => {
    const out = redact(`${before}${d}${after}`);
    expect(out).toContain("[date]");
    expect(out).not.toContain(d);
  });

  test.prop([
    fc.array(fc.oneof(writtenNik, writtenDate, fc.string()), { maxLength: 40 }),
    fc.integer({ min: 20, max: 300 }),
  ])("caps text at its limit and never lets a NIK through, even cut at the limit", (parts, max) => {
    const text = parts.join(" ");
    const out = safeText(text, max);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(out).not.toMatch(/\d(?:[ .\-/_]{0,2}\d){15}/);
  });

  it("cuts very long text without leaving a fragment of a NIK at the cut", () => {
    const out = safeText(`${"x".repeat(1995)}3373011505900001`, 200);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).not.toMatch(/\d{4}/);
  });

  it("redacts every string in a structure, keys too", () => {
    expect(
      redactDeep({ path: "/inmates/3373 0115 0590 0001", nested: [{ "1990-05-15": "15-05-1990" }], n: 3 }),
    ).toEqual({ path: "/inmates/[nik]", nested: [{ "[date]": "[date]" }], n: 3 });
  });
});

describe("the one-scan check before masking", () => {
  /** Text near the patterns: digits, separators, month names and words, ids. */
  const piece = fc.oneof(
    fc.stringMatching(/^\d{1,4}$/),
    fc.constantFrom(" ", "-", ".", "/", "_", ",", "  ", " - ", "/api/v1/", "?q="),
    fc.constantFrom("Mei", "mei", "Agustus", "agt", "May", "des", "Dec", "15th", "st", "Rutan", "x"),
    fc.uuid(),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));

  test.prop([text], { numRuns: 3000 })("finds something exactly when one of the patterns would mask", (t) => {
    expect(ANY_PERSONAL.test(t)).toBe(maskEveryPattern(t) !== t);
    expect(redact(t)).toBe(maskEveryPattern(t));
  });

  it("clears a request id and an API path at once, and still masks a date beside them", () => {
    const id = "77843b19-84f5-420d-a1a2-50913cafe414";
    expect(ANY_PERSONAL.test(`/api/v1/agreements/${id}`)).toBe(false);
    expect(redact(`/api/v1/inmates/${id}?born=15-05-1990`)).toBe(`/api/v1/inmates/${id}?born=[date]`);
  });
});
