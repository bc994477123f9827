import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { PLAIN_MESSAGE_TYPES, plainMessage } from "./messages.ts";
import { type FieldProblem, fieldProblems, type SchemaIssue } from "./problem.ts";

/** Field problems for an input, through valibot's Standard Schema interface (what hono-openapi uses). */
function problems(schema: v.GenericSchema, input: unknown): FieldProblem[] {
  const result = schema["~standard"].validate(input) as { issues?: readonly SchemaIssue[] };
  return fieldProblems(result.issues ?? []);
}

const NIK = "3373011505900001";
const DATE = "1990-05-15";

/** One failing case per issue type: schema, input, the plain message expected, and the field. */
const cases: [type: string, schema: v.GenericSchema, input: unknown, message: string, field?: string][] = [
  ["string", v.object({ a: v.string() }), { a: 3373011505900001 }, "must be text", "a"],
  ["number", v.object({ a: v.number() }), { a: NIK }, "must be a number", "a"],
  ["boolean", v.object({ a: v.boolean() }), { a: NIK }, "must be true or false", "a"],
  ["array", v.object({ a: v.array(v.string()) }), { a: NIK }, "must be a list", "a"],
  ["object", v.object({ a: v.object({}) }), { a: NIK }, "must be an object", "a"],
  ["object (missing key)", v.object({ a: v.string() }), {}, "is required", "a"],
  ["strict_object (unknown key)", v.strictObject({}), { signedAt: NIK }, "is not a known field", "signedAt"],
  ["strict_object", v.strictObject({}), NIK, "must be an object", "(body)"],
  ["loose_object", v.looseObject({}), DATE, "must be an object", "(body)"],
  ["object_with_rest", v.objectWithRest({}, v.number()), { x: NIK }, "must be a number", "x"],
  ["record", v.record(v.string(), v.number()), NIK, "must be an object", "(body)"],
  [
    "picklist",
    v.object({ s: v.picklist(["draft", "signed"]) }),
    { s: NIK },
    "must be one of: draft, signed",
    "s",
  ],
  ["enum", v.enum({ A: "a", B: "b" }), NIK, "must be one of: a, b"],
  ["literal", v.literal("mou"), NIK, "must be mou"],
  [
    "variant",
    v.variant("kind", [v.object({ kind: v.literal("a") }), v.object({ kind: v.literal("b") })]),
    { kind: NIK },
    "must be one of: a, b",
    "kind",
  ],
  ["union", v.union([v.string(), v.number()]), [NIK], "does not match any of the allowed forms"],
  ["tuple", v.tuple([v.string()]), NIK, "must be a list"],
  ["strict_tuple", v.strictTuple([v.string()]), ["a", NIK], "has more items than allowed", "1"],
  ["date", v.date(), DATE, "must be a date"],
  ["bigint", v.bigint(), NIK, "must be a whole number"],
  ["null", v.null(), NIK, "must be null"],
  ["undefined", v.undefined(), NIK, "must be left out"],
  ["never", v.never(), NIK, "is not allowed here"],
  ["non_nullable", v.nonNullable(v.nullable(v.string())), null, "must not be null"],
  ["non_optional", v.object({ a: v.nonOptional(v.optional(v.string())) }), {}, "is required", "a"],
  ["integer", v.pipe(v.number(), v.integer()), 3373011505900001.5, "must be a whole number"],
  [
    "safe_integer",
    v.pipe(v.number(), v.safeInteger()),
    2 ** 60,
    "must be a whole number within the safe range",
  ],
  ["finite", v.pipe(v.number(), v.finite()), Number.POSITIVE_INFINITY, "must be a finite number"],
  ["min_value", v.pipe(v.number(), v.minValue(1)), -3373011505900001, "must be at least 1"],
  ["max_value", v.pipe(v.number(), v.maxValue(10000)), 3373011505900001, "must be at most 10000"],
  ["gt_value", v.pipe(v.number(), v.gtValue(0)), -3373011505900001, "must be more than 0"],
  ["lt_value", v.pipe(v.number(), v.ltValue(5)), 3373011505900001, "must be less than 5"],
  ["multiple_of", v.pipe(v.number(), v.multipleOf(2)), 3373011505900001, "must be a multiple of 2"],
  ["min_length (text)", v.pipe(v.string(), v.minLength(20)), NIK, "must be at least 20 characters"],
  ["max_length (text)", v.pipe(v.string(), v.maxLength(10)), NIK, "must be at most 10 characters"],
  ["max_length (list)", v.pipe(v.array(v.string()), v.maxLength(1)), [NIK, DATE], "must be at most 1 items"],
  ["length", v.pipe(v.string(), v.length(3)), NIK, "must be exactly 3 characters"],
  ["non_empty", v.pipe(v.string(), v.nonEmpty()), "", "must not be empty"],
  ["regex", v.pipe(v.string(), v.regex(/^\d{2}\.\d{2}$/)), NIK, "is not in the expected form"],
  ["email", v.pipe(v.string(), v.email()), NIK, "must be an email address"],
  ["uuid", v.pipe(v.string(), v.uuid()), NIK, "must be a UUID"],
  ["url", v.pipe(v.string(), v.url()), NIK, "must be a URL"],
  ["iso_date", v.pipe(v.string(), v.isoDate()), NIK, "must be a date in YYYY-MM-DD form"],
  [
    "iso_timestamp",
    v.pipe(v.string(), v.isoTimestamp()),
    DATE.replace(/-/g, "/"),
    "must be an ISO 8601 timestamp",
  ],
  [
    "iso_date_time",
    v.pipe(v.string(), v.isoDateTime()),
    NIK,
    "must be a date and time in YYYY-MM-DDThh:mm form",
  ],
  ["iso_time", v.pipe(v.string(), v.isoTime()), NIK, "must be a time in hh:mm form"],
  ["digits", v.pipe(v.string(), v.digits()), `${NIK}x`, "must contain only digits"],
  ["starts_with", v.pipe(v.string(), v.startsWith("snk_")), NIK, "does not start as required"],
  ["ends_with", v.pipe(v.string(), v.endsWith(".pdf")), NIK, "does not end as required"],
  ["includes", v.pipe(v.string(), v.includes("@")), NIK, "lacks something required"],
  ["excludes", v.pipe(v.string(), v.excludes("00")), NIK, "contains something not allowed"],
  ["value", v.pipe(v.number(), v.value(3)), 3373011505900001, "must be 3"],
  [
    "check",
    v.pipe(
      v.string(),
      v.check(() => false),
    ),
    NIK,
    "is not valid",
  ],
  ["hexadecimal", v.pipe(v.string(), v.hexadecimal()), `${NIK}z`, "must be hexadecimal"],
  [
    "every_item",
    v.pipe(
      v.array(v.string()),
      v.everyItem(() => false),
    ),
    [NIK],
    "has an item that is not valid",
  ],
  ["to_number", v.pipe(v.string(), v.toNumber()), "x3373011505900001", "must be a number"],
];

describe("plain messages for schema issues", () => {
  it.each(cases)(
    "words a %s issue plainly, never quoting the value",
    (_type, schema, input, message, field) => {
      const found = problems(schema, input);
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]?.message).toBe(message);
      if (field !== undefined) expect(found[0]?.field).toBe(field);
      const body = JSON.stringify(found);
      expect(body).not.toContain(NIK);
      expect(body).not.toContain("Invalid");
      expect(body).not.toMatch(/received/i);
    },
  );

  it("has a plain message for every issue type this valibot can report", () => {
    const require = createRequire(import.meta.url);
    const types = readFileSync(join(dirname(require.resolve("valibot")), "index.d.mts"), "utf8");
    const reported = new Set(
      [
        ...types.matchAll(
          /interface \w+Issue\b[^{]*extends BaseIssue[^{]*\{[^}]*?readonly type: "([a-z0-9_]+)"/g,
        ),
      ].map((m) => m[1]),
    );
    expect(reported.size).toBeGreaterThan(100);
    expect([...reported].filter((t) => t !== undefined && !PLAIN_MESSAGE_TYPES.includes(t))).toEqual([]);
  });

  it("keeps a schema's own message and replaces one valibot wrote", () => {
    const own = problems(v.object({ a: v.pipe(v.string(), v.minLength(3, "must name at least three")) }), {
      a: "x",
    });
    expect(own[0]?.message).toBe("must name at least three");
    const defaulted = fieldProblems([
      {
        kind: "schema",
        type: "array",
        input: NIK,
        message: `Invalid type: Expected Array but received "${NIK}"`,
      },
    ]);
    expect(defaulted[0]?.message).toBe("must be a list");
  });

  it("shows a request-supplied key that looks like personal data only redacted", () => {
    expect(problems(v.strictObject({}), { [NIK]: 1 })[0]?.field).toBe("[nik]");
    expect(problems(v.strictObject({}), { [`x ${DATE}`]: 1 })[0]?.field).toBe("x [date]");
  });

  it("falls back to plain words for an issue type it does not know", () => {
    expect(plainMessage({ kind: "validation", type: "something_new", input: NIK })).toBe("is not valid");
  });

  /** Values a person might submit by mistake where another type belongs (NIK-like, dates, free text). */
  const submitted = fc.oneof(
    fc.stringMatching(/^[1-9]\d{15}$/),
    fc
      .date({ noInvalidDate: true, min: new Date("1900-01-01"), max: new Date("2100-01-01") })
      .map((d) => d.toISOString()),
    fc.string({ minLength: 8, maxLength: 40 }).filter((s) => s.trim().length >= 8),
  );
  const target = v.strictObject({
    count: v.pipe(v.number(), v.integer(), v.maxValue(1000)),
    items: v.array(v.string()),
    flag: v.boolean(),
    state: v.picklist(["open", "done"]),
    nested: v.object({ code: v.pipe(v.string(), v.regex(/^\d{2}$/)) }),
  });

  test.prop([submitted, fc.constantFrom("count", "items", "flag", "state", "nested", "unknownField")])(
    "never repeats a submitted value in any field problem",
    (value, key) => {
      const body = JSON.stringify(problems(target, { [key]: value, nested: { code: value } }));
      expect(body).not.toContain(JSON.stringify(value).slice(1, -1));
    },
  );
});
