import fc from "fast-check";

/** Numbers past what any column holds, and the edges JavaScript and JSON disagree on. */
export const HOSTILE_NUMBERS: readonly number[] = [
  // What a JSON 9223372036854775807 (2^63 - 1) becomes in JavaScript; the exact digits go out as text below.
  Number("9223372036854775807"),
  -(2 ** 63),
  1e308,
  -1e308,
  5e-324,
  2147483648,
  -2147483649,
  2 ** 53 + 1,
  -0,
  0.5,
  -1,
  0,
  65536,
];

/** The same as JSON text, so a body can carry digits JavaScript would round. */
export const HOSTILE_NUMBER_TEXT: readonly string[] = [
  "9223372036854775807",
  "99999999999999999999999999999999",
  "1e308",
  "1e999",
  "-1e999",
  "1.0000000000000000000001",
  "-0",
  "0e0",
];

/** Text PostgreSQL cannot store: NUL anywhere, unpaired UTF-16 halves. */
export const unstorableString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("\u0000", "a\u0000b", "\ud800", "x\udfff", "Kanwil\u0000"),
  fc
    .tuple(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("\u0000", "\ud83d", "\udc00"),
      fc.string({ maxLength: 8 }),
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`),
);

/** Text a handler should refuse or store as is: control characters, NUL, lone surrogates, injections, sizes. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: unstorableString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "' or '1'='1",
      "'; drop table users; --",
      "%00",
      "%",
      "\\",
      "../../etc/passwd",
      "null",
      "NaN",
      "{}",
      "😀".repeat(50),
      "\u202e\u200b\ufeff",
      "2023-02-30",
      "0000-00-00",
      "9999-12-31T23:59:60Z",
      "00000000-0000-0000-0000-000000000000",
      "3373011505900001",
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.integer({ min: 1, max: 0x1f }).map((c) => String.fromCharCode(c)),
        { minLength: 1, maxLength: 8 },
      )
      .map((cs) => `x${cs.join("")}y`),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 70_000 }).map((n) => "x".repeat(n)) },
);

/** Nesting deep enough to test recursion in validators (deeper still is sent as raw text). */
export const deepNesting: fc.Arbitrary<unknown> = fc.integer({ min: 20, max: 800 }).chain((depth) =>
  fc.constantFrom("array", "object").map((kind) => {
    let value: unknown = "leaf";
    for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
    return value;
  }),
);

/** Any JSON value of the wrong kind for wherever it lands. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { "": null }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(1, "a", null), { maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.constantFrom(1, "a", null), { maxKeys: 5 }),
  },
  { weight: 1, arbitrary: deepNesting },
);

/** Raw JSON text nested far deeper than any value a client would build. */
export const deepJsonText: fc.Arbitrary<string> = fc
  .integer({ min: 1000, max: 200_000 })
  .map((depth) => `${"[".repeat(depth)}1${"]".repeat(depth)}`);

/** Values for a query parameter (always text on the wire). */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBER_TEXT) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("-1", "0", "201", "1.5", "abc", "2024-13-01", "-name", "name,name", "true"),
  },
);

/** Path ids that are not the id of anything. */
export const bogusId: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    "x",
    "0",
    "-1",
    "9223372036854775807",
    "1e308",
    "..",
    "%2e%2e",
    "%252F",
    "a%2Fb",
    "%ff",
    "%ed%a0%80",
  ),
  fc.string({ minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(s)),
  fc.integer({ min: 300, max: 5000 }).map((n) => "a".repeat(n)),
);

/** Header values a client may send by mistake or on purpose (ASCII only: what HTTP carries). */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    "if-match": fc.constantFrom(
      '"x"',
      "*",
      'W/"1"',
      '"1"',
      '"9223372036854775807"',
      "",
      "x".repeat(5000),
      '"-1"',
      '"1", "2"',
    ),
    "idempotency-key": fc.constantFrom("", "k", "x".repeat(300), "\u00e9t\u00e9", "null", "'; --", "a b c"),
    "content-type": fc.constantFrom(
      "text/plain",
      "application/json; charset=utf-16",
      "multipart/form-data; boundary=x",
      "application/x-www-form-urlencoded",
      "application/merge-patch+json",
      "application/json;;;",
      "",
    ),
    authorization: fc.constantFrom(
      "Bearer x",
      "Bearer snk_",
      "Bearer snk_0000000000000000000000000000000000000000",
      "Basic YWRtaW46YWRtaW4=",
      `Bearer ${"x".repeat(5000)}`,
      "Bearer",
      "",
    ),
  },
  { requiredKeys: [] },
);
