import fc from "fast-check";
import {
  bogusId,
  deepJsonText,
  HOSTILE_NUMBER_TEXT,
  hostileHeaders,
  hostileQueryValue,
  hostileString,
  hostileValue,
} from "./hostile.ts";
import type { Operation } from "./operations.ts";
import {
  idArb,
  type JsonSchema,
  leafPaths,
  plausible,
  replaceAt,
  type SchemaContext,
} from "./schema-arbitrary.ts";

/** Who sends a request: the national admin, Salatiga's facility admin, or nobody signed in. */
export type Caller = "national" | "facility" | "anonymous";

/** One generated request. */
export interface FuzzRequest {
  readonly operationId: string;
  readonly caller: Caller;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  /** Raw body text (JSON or deliberately not). */
  readonly body?: string;
  /** Read the current ETag here first and send it as If-Match, to get past the precondition. */
  readonly etagFrom?: string;
}

const RAW = "\u0001raw-number\u0001";

/** A body: valid-looking, one field made hostile, several, the whole thing, or text that is not JSON. */
function bodyArb(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<string> {
  const base = plausible(schema, ctx);
  const oneField = base.chain((value) => {
    const paths = leafPaths(value);
    return fc
      .tuple(fc.constantFrom(...paths), hostileValue)
      .map(([path, bad]) => JSON.stringify(replaceAt(value, path, bad)));
  });
  const rawNumber = base.chain((value) => {
    const paths = leafPaths(value).filter((p) => p.length > 0);
    if (paths.length === 0) return fc.constant(JSON.stringify(value));
    return fc
      .tuple(fc.constantFrom(...paths), fc.constantFrom(...HOSTILE_NUMBER_TEXT))
      .map(([path, text]) => JSON.stringify(replaceAt(value, path, RAW)).replace(JSON.stringify(RAW), text));
  });
  const extraField = base.chain((value) =>
    fc
      .tuple(
        fc.constantFrom("unknown", "id", "revision", "createdAt", "__proto__", "constructor", "state"),
        hostileValue,
      )
      .map(([key, bad]) =>
        JSON.stringify(
          typeof value === "object" && value !== null && !Array.isArray(value)
            ? { ...value, [key]: bad }
            : value,
        ),
      ),
  );
  const nulls = base.map((value) =>
    JSON.stringify(
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.keys(value).map((k) => [k, null]))
        : null,
    ),
  );
  const deepField = base.chain((value) => {
    const paths = leafPaths(value);
    return fc
      .tuple(fc.constantFrom(...paths), deepJsonText)
      .map(([path, text]) => JSON.stringify(replaceAt(value, path, RAW)).replace(JSON.stringify(RAW), text));
  });
  return fc.oneof(
    { weight: 3, arbitrary: base.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: deepField },
    { weight: 5, arbitrary: oneField },
    { weight: 2, arbitrary: rawNumber },
    { weight: 1, arbitrary: extraField },
    { weight: 1, arbitrary: nulls },
    { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: base.map((value) => JSON.stringify([value])) },
    { weight: 1, arbitrary: fc.constantFrom("", "{", '{"a":', "[1,]", "nul", "\u0000", "{}".repeat(1000)) },
  );
}

/** Percent-encodes a segment; a lone surrogate goes out as the bytes a careless client would send. */
function segment(text: string): string {
  return text
    .split(/(\p{Cs})/u)
    .map((part) => (/^\p{Cs}$/u.test(part) ? "%ED%A0%80" : encodeURIComponent(part)))
    .join("");
}

/** Path values: real ids of the kind each segment names; as the focus, one of them bogus. */
function pathArb(operation: Operation, ctx: SchemaContext, hostile: boolean): fc.Arbitrary<string> {
  const names = [...operation.path.matchAll(/([^/]*)\/\{([^}]+)\}/g)].map(
    (m) => [m[1] ?? "", m[2] ?? ""] as const,
  );
  const fitting = names.map(([resource, name]) => {
    const schema = operation.parameters.find((p) => p.in === "path" && p.name === name)?.schema ?? {};
    // A path parameter with neither pattern nor format is an id of the resource before it.
    return schema.pattern || (schema.format && schema.format !== "uuid")
      ? plausible(schema, ctx, name).map((v) => segment(String(v)))
      : idArb(resource, ctx);
  });
  const bad = fc.oneof(
    { weight: 2, arbitrary: bogusId },
    { weight: 1, arbitrary: hostileString.map((s) => segment(s.slice(0, 500))) },
  );
  return fc
    .tuple(fc.tuple(...fitting), fc.nat({ max: Math.max(0, names.length - 1) }), bad)
    .map(([parts, which, replacement]) => {
      let i = 0;
      return operation.path.replace(/\{[^}]+\}/g, () => {
        const part = hostile && i === which ? replacement : (parts[i] ?? "x");
        i += 1;
        return part;
      });
    });
}

/** Query strings: some declared parameters with fitting values; as the focus, one of them hostile. */
function queryArb(operation: Operation, ctx: SchemaContext, hostile: boolean): fc.Arbitrary<string> {
  const declared = operation.parameters.filter((p) => p.in === "query");
  // No generator makes a cursor this server signed: fitting queries leave it out. A parameter's default
  // is the surest fitting value (`limit=50`, `sort=name`).
  const fitting = declared.map((p) => {
    const schema = p.schema ?? {};
    const value = plausible(schema, ctx, p.name).map((v) => String(v));
    const withDefault =
      schema.default === undefined ? value : fc.oneof(fc.constant(String(schema.default)), value);
    return p.name === "cursor" ? fc.constant(null) : fc.option(withDefault, { freq: 3 });
  });
  const names = [...declared.map((p) => p.name), "unknown", "__proto__"];
  const bad = fc.tuple(
    fc.constantFrom(...names),
    fc.oneof(
      { weight: 4, arbitrary: hostileQueryValue.map((v) => [v]) },
      { weight: 1, arbitrary: fc.array(hostileQueryValue, { minLength: 2, maxLength: 3 }) },
    ),
  );
  return fc.tuple(fc.tuple(...fitting), bad).map(([values, [badName, badValues]]) => {
    const params = new URLSearchParams();
    declared.forEach((p, i) => {
      const value = values[i];
      if (value !== null && value !== undefined && !(hostile && p.name === badName))
        params.append(p.name, value);
    });
    if (hostile) for (const v of badValues) params.append(badName, v);
    const text = params.toString();
    return text === "" ? "" : `?${text}`;
  });
}

/** For an update or a move of one record, the path of that record (to read its ETag from). */
function etagSource(operation: Operation, path: string): string | undefined {
  if (operation.method !== "PATCH" && operation.method !== "POST") return undefined;
  const target = operation.method === "PATCH" ? operation.path : operation.path.replace(/\/[^/{}]+$/, "");
  if (!target.endsWith("}")) return undefined;
  return path.slice(0, path.length - (operation.path.length - target.length));
}

type Focus = "body" | "query" | "path" | "headers" | "caller" | "none";

/**
 * Hostile requests for one operation from one caller. Each request puts its hostility in one place (the
 * body, the query, the path, the headers, or who asks) and keeps the rest fitting, so it gets past the
 * other checks to where that one part is used; some are fitting throughout (real ids in and out of scope).
 */
export function requestFor(operation: Operation, caller: Exclude<Caller, "anonymous">, ctx: SchemaContext) {
  const takesBody =
    operation.body !== undefined || operation.method === "POST" || operation.method === "PATCH";
  const hasQuery = operation.parameters.some((p) => p.in === "query");
  const hasPath = operation.path.includes("{");
  const focuses: { weight: number; arbitrary: fc.Arbitrary<Focus> }[] = [
    { weight: takesBody ? 5 : 0, arbitrary: fc.constant("body") },
    { weight: hasQuery ? 3 : 0, arbitrary: fc.constant("query") },
    { weight: hasPath ? 2 : 0, arbitrary: fc.constant("path") },
    { weight: 1, arbitrary: fc.constant("headers") },
    { weight: 1, arbitrary: fc.constant("caller") },
    { weight: 2, arbitrary: fc.constant("none") },
  ];
  return fc.oneof(...focuses).chain((focus) =>
    fc
      .record({
        path: pathArb(operation, ctx, focus === "path"),
        query: queryArb(operation, ctx, focus === "query"),
        body: takesBody
          ? focus === "body"
            ? bodyArb(operation.body ?? { type: "object" }, ctx)
            : plausible(operation.body ?? { type: "object" }, ctx).map((v) => JSON.stringify(v))
          : fc.constant(null),
        headers: focus === "headers" ? hostileHeaders : fc.constant<Record<string, string>>({}),
        fetchEtag: fc.boolean(),
      })
      .map(({ path, query, body, headers, fetchEtag }): FuzzRequest => {
        // The ETag is read from the record the path names (the move's or update's target).
        const etagFrom = fetchEtag && !("if-match" in headers) ? etagSource(operation, path) : undefined;
        return {
          operationId: operation.operationId,
          caller: focus === "caller" ? "anonymous" : caller,
          method: operation.method,
          url: `${path}${query}`,
          headers: { ...(body === null ? {} : { "content-type": "application/json" }), ...headers },
          ...(body === null ? {} : { body }),
          ...(etagFrom === undefined ? {} : { etagFrom }),
        };
      }),
  );
}

/**
 * The systematic half of the fuzz: from one fitting request of the operation, one request per string
 * field, query parameter and path parameter with text PostgreSQL cannot store, and one per number field
 * with each value past any column (as JSON text, so no digit is rounded away on the way out).
 */
export function sweepFor(
  operation: Operation,
  caller: Exclude<Caller, "anonymous">,
  ctx: SchemaContext,
  seed: number,
): FuzzRequest[] {
  const [base] = fc.sample(
    fc.record({
      path: pathArb(operation, ctx, false),
      body: operation.body ? plausible(operation.body, ctx) : fc.constant(undefined),
    }),
    { numRuns: 1, seed },
  );
  if (!base) return [];
  const etagFrom = etagSource(operation, base.path);
  const request = (url: string, body: string | undefined): FuzzRequest => ({
    operationId: operation.operationId,
    caller,
    method: operation.method,
    url,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body }),
    // Past the precondition, so a bad value reaches the write it would break.
    ...(etagFrom === undefined || url.includes("%00") ? {} : { etagFrom }),
  });
  const fittingBody = base.body === undefined ? undefined : JSON.stringify(base.body);
  const requests: FuzzRequest[] = [];
  const at = (path: readonly (string | number)[]) =>
    path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], base.body);
  const leaves = base.body === undefined ? [] : leafPaths(base.body);
  for (const path of leaves) {
    const value = at(path);
    if (typeof value === "string")
      requests.push(request(base.path, JSON.stringify(replaceAt(base.body, path, `${value}\u0000`))));
  }
  // Numbers past any column, one field at a time and two at once with the other numbers zero (sums such
  // as total = detainees + convicts still hold, so the value gets past the rule to the column).
  const numbers = leaves.filter((path) => typeof at(path) === "number");
  const sets = [
    ...numbers.map((p) => [p]),
    ...numbers.flatMap((p, i) => numbers.slice(i + 1).map((q) => [p, q])).slice(0, 12),
  ];
  for (const set of sets)
    for (const text of ["9223372036854775807", "1e308", "-1e308", "2147483648"]) {
      let body: unknown = base.body;
      for (const path of numbers) body = replaceAt(body, path, set.includes(path) ? RAW : 0);
      requests.push(request(base.path, JSON.stringify(body).replaceAll(JSON.stringify(RAW), text)));
    }
  for (const p of operation.parameters.filter((q) => q.in === "query"))
    for (const text of ["a\u0000b", "9223372036854775807", "1e308"])
      requests.push(request(`${base.path}?${new URLSearchParams({ [p.name]: text })}`, fittingBody));
  const segments = base.path.split("/");
  operation.path.split("/").forEach((part, i) => {
    if (part.startsWith("{"))
      requests.push(request(segments.map((s, j) => (j === i ? "x%00" : s)).join("/"), fittingBody));
  });
  return requests;
}
