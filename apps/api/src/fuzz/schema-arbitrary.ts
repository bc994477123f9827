import fc from "fast-check";

/** The part of JSON Schema (OpenAPI 3.1) the generators read. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly default?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
}

/** What the generators draw real values from: ids of stored records, resolvable `$ref`s. */
export interface SchemaContext {
  /** Ids of real records of every kind (in and out of the caller's scope). */
  readonly realIds: readonly string[];
  /** Ids of the records a field or path segment names (`facilityId`, `action-items`), when known. */
  readonly idsOf: (hint: string) => readonly string[] | undefined;
  /** `#/components/schemas/…` lookup. */
  readonly resolve: (ref: string) => JsonSchema | undefined;
}

const MAX_DEPTH = 6;

function deref(schema: JsonSchema, ctx: SchemaContext): JsonSchema {
  let s = schema;
  for (let i = 0; i < 10 && s.$ref !== undefined; i++) s = ctx.resolve(s.$ref) ?? {};
  return s;
}

/** Mostly ids of the kind the name suggests, sometimes of any kind, now and then of nothing. */
export function idArb(name: string, ctx: SchemaContext): fc.Arbitrary<string> {
  const typed = ctx.idsOf(name) ?? [];
  return fc.oneof(
    { weight: typed.length > 0 ? 4 : 0, arbitrary: typed.length > 0 ? fc.constantFrom(...typed) : fc.uuid() },
    {
      weight: ctx.realIds.length > 0 ? 1 : 0,
      arbitrary: ctx.realIds.length > 0 ? fc.constantFrom(...ctx.realIds) : fc.uuid(),
    },
    { weight: 1, arbitrary: fc.uuid() },
  );
}

/** The table a field or path segment names: `fundingAgreementId` → agreements, `licences` → facility_licences. */
export function tableNamed(hint: string, tables: readonly string[]): string | undefined {
  const words = hint
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase()
    .split("_")
    .filter((w) => w !== "");
  for (let start = 0; start < words.length; start++) {
    const name = words.slice(start).join("_");
    for (const candidate of [name, `${name}s`, name.replace(/y$/, "ies")]) {
      const found = tables.find((t) => t === candidate) ?? tables.find((t) => t.endsWith(`_${candidate}`));
      if (found) return found;
    }
  }
  return undefined;
}

function stringArb(schema: JsonSchema, name: string, ctx: SchemaContext): fc.Arbitrary<unknown> {
  const ids = idArb(name, ctx);
  switch (schema.format) {
    case "uuid":
      return ids;
    case "date":
      return fc
        .date({ min: new Date("2019-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return fc
        .date({ min: new Date("2019-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "email":
      return fc.emailAddress();
    case "uri":
      return fc.webUrl();
    default:
      break;
  }
  if (schema.pattern !== undefined) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      return fc.string();
    }
  }
  // Ids named by the field rather than by a format still get real records, to reach scope checks.
  if (/Id$/.test(name)) return ids;
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  return fc.string({ minLength, maxLength });
}

function numberArb(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
  const lo = Math.max(min, -1e9);
  const hi = Math.max(lo, Math.min(max, 1e9));
  return integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** A value that fits `schema` as well as a generator can tell (patterns, formats, bounds, enums). */
export function plausible(
  schema: JsonSchema,
  ctx: SchemaContext,
  name = "",
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = deref(schema, ctx);
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum !== undefined && s.enum.length > 0) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives !== undefined && alternatives.length > 0)
    return fc.oneof(...alternatives.map((a) => plausible(a, ctx, name, depth + 1)));
  if (s.allOf !== undefined && s.allOf.length > 0) return plausible(s.allOf[0] ?? {}, ctx, name, depth + 1);
  const types = typeof s.type === "string" ? [s.type] : (s.type ?? []);
  const type = types.find((t) => t !== "null") ?? (s.properties ? "object" : undefined);
  switch (type) {
    case "string":
      return stringArb(s, name, ctx);
    case "integer":
      return numberArb(s, true);
    case "number":
      return numberArb(s, false);
    case "boolean":
      return fc.boolean();
    case "array": {
      const minLength = s.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 3, 3));
      return fc.array(plausible(s.items ?? {}, ctx, name, depth + 1), { minLength, maxLength });
    }
    case "object": {
      const properties = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, prop] of Object.entries(properties))
        record[key] = plausible(prop, ctx, key, depth + 1);
      return fc.record(record, { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Paths of a JSON value (up to eight levels down), so one of them can be replaced. */
export function leafPaths(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (prefix.length >= 8) return [[...prefix]];
  if (Array.isArray(value)) return [[...prefix], ...value.flatMap((v, i) => leafPaths(v, [...prefix, i]))];
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [[...prefix]];
    return [[...prefix], ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
  }
  return [[...prefix]];
}

/** A copy of `value` with the value at `path` replaced (the root when the path is empty). */
export function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  if (typeof value === "object" && value !== null)
    return { ...value, [head]: replaceAt((value as Record<string, unknown>)[head], rest, replacement) };
  return value;
}
