import * as domain from "@sinergi/domain";
import { resolver } from "hono-openapi";
import type * as v from "valibot";
import { ProblemDetailsSchema } from "./openapi.ts";

/**
 * Named component schemas: the document says `$ref: '#/components/schemas/Agreement'` wherever the
 * Agreement schema appears, so generated clients get named types. The names come from the schemas
 * themselves (every `…Schema` the domain exports, by its name without `Schema`), and each one's JSON is
 * made by the same converter as the document's, so a copy of it anywhere is found by its content.
 */

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const SCHEMAS = "#/components/schemas/";

/** Schema kinds worth a name: records and enumerations (a bare string or number stays inline). */
const NAMED_TYPES = new Set(["object", "strict_object", "loose_object", "variant", "picklist"]);

/** Domain schemas that are not bodies (query strings) and so need no name. */
const UNNAMED = new Set(["ResidentCountsQuerySchema"]);

/** Every schema to name: the domain's, and the problem document. */
export function namedSchemas(): Map<string, v.GenericSchema> {
  const named = new Map<string, v.GenericSchema>([["Problem", ProblemDetailsSchema]]);
  for (const [key, value] of Object.entries(domain as Record<string, unknown>)) {
    if (!key.endsWith("Schema") || UNNAMED.has(key) || !isObject(value)) continue;
    if (value.kind !== "schema" || !NAMED_TYPES.has(String(value.type))) continue;
    named.set(key.slice(0, -"Schema".length), value as unknown as v.GenericSchema);
  }
  return named;
}

/** Canonical JSON (keys sorted), optionally without the top-level description. */
function canonical(x: unknown, memo: WeakMap<object, string>, dropDescription = false): string {
  if (!isObject(x) && !Array.isArray(x)) return JSON.stringify(x) ?? "null";
  if (!dropDescription) {
    const known = memo.get(x);
    if (known !== undefined) return known;
  }
  let out: string;
  if (Array.isArray(x)) out = `[${x.map((e) => canonical(e, memo)).join(",")}]`;
  else
    out = `{${Object.keys(x)
      .filter((k) => x[k] !== undefined && !(dropDescription && k === "description"))
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(x[k], memo)}`)
      .join(",")}}`;
  if (!dropDescription) memo.set(x, out);
  return out;
}

/** Pairs of named schemas whose JSON reads exactly alike (each copy would get one name for both). */
export async function namingCollisions(): Promise<[string, string][]> {
  const memo = new WeakMap<object, string>();
  const seen = new Map<string, string>();
  const out: [string, string][] = [];
  for (const [name, schema] of namedSchemas()) {
    const { schema: json } = await resolver(schema).toOpenAPISchema();
    if (!nameable(json as Json)) continue;
    const key = canonical(json, memo, true);
    const other = seen.get(key);
    if (other === undefined) seen.set(key, name);
    else out.push([other, name]);
  }
  return out;
}

/** Whether a JSON schema deserves a name when found: a record with properties, or an enumeration. */
const nameable = (s: Json) =>
  (isObject(s.properties) && Object.keys(s.properties).length > 0) ||
  Array.isArray(s.enum) ||
  Array.isArray(s.oneOf);

/**
 * Replaces every copy of a named schema in the document by a `$ref` to it (keeping a description the
 * copy had of its own beside the `$ref`), puts the named schemas that are used into
 * `components.schemas`, and drops components nothing refers to.
 */
export async function nameComponents(doc: Json): Promise<void> {
  doc.components ??= {};
  const components = doc.components as Json;
  components.schemas ??= {};
  const schemas = components.schemas as Record<string, Json>;
  const definitions = new Map<string, Json>();
  for (const [name, schema] of namedSchemas()) {
    const { schema: json, components: nested } = await resolver(schema).toOpenAPISchema();
    for (const [k, s] of Object.entries(nested?.schemas ?? {})) schemas[k] ??= s as Json;
    definitions.set(name, json as Json);
  }
  for (const [name, json] of Object.entries(schemas)) if (!definitions.has(name)) definitions.set(name, json);

  const memo = new WeakMap<object, string>();
  const byContent = new Map<string, string>();
  for (const [name, json] of definitions) {
    if (!nameable(json)) continue;
    const key = canonical(json, memo, true);
    if (!byContent.has(key)) byContent.set(key, name);
  }

  const used = new Set<string>();
  const replace = (node: unknown, self?: string): unknown => {
    if (Array.isArray(node)) return node.map((e) => replace(e, self));
    if (!isObject(node)) return node;
    if (nameable(node)) {
      const name = byContent.get(canonical(node, memo, true));
      if (name !== undefined && name !== self) {
        used.add(name);
        const own = node.description;
        const theirs = definitions.get(name)?.description;
        return typeof own === "string" && own !== theirs
          ? { $ref: `${SCHEMAS}${name}`, description: own }
          : { $ref: `${SCHEMAS}${name}` };
      }
    }
    for (const [k, value] of Object.entries(node)) node[k] = replace(value, self);
    return node;
  };

  doc.paths = replace(doc.paths);
  if (isObject(components.parameters)) components.parameters = replace(components.parameters);
  if (isObject(components.responses)) components.responses = replace(components.responses);
  for (const [name, json] of Object.entries(schemas)) schemas[name] = replace(json, name) as Json;
  // Named schemas used in other named schemas are found as their definitions are walked in turn; a
  // `$ref` written by hand (the Problem of every error response) counts as a use too.
  for (const ref of refsIn(doc, new Set())) {
    const name = ref.startsWith(SCHEMAS) ? ref.slice(SCHEMAS.length) : undefined;
    if (name !== undefined && definitions.has(name) && schemas[name] === undefined) used.add(name);
  }
  const placed = new Set(Object.keys(schemas).filter((n) => !used.has(n)));
  for (let more = true; more; ) {
    more = false;
    for (const name of used) {
      if (placed.has(name)) continue;
      placed.add(name);
      more = true;
      schemas[name] = replace(structuredClone(definitions.get(name)!), name) as Json;
    }
  }
  pruneComponents(doc);
}

/** Every `$ref` target in a JSON value. */
function refsIn(x: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(x)) for (const e of x) refsIn(e, out);
  else if (isObject(x))
    for (const [k, value] of Object.entries(x)) {
      if (k === "$ref" && typeof value === "string") out.add(value);
      else refsIn(value, out);
    }
  return out;
}

/** Drops component schemas and parameters that nothing outside the components reaches, directly or not. */
export function pruneComponents(doc: Json): void {
  const components = (doc.components ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const kinds = ["schemas", "parameters"] as const;
  const reached = new Set<string>();
  const queue = [
    ...refsIn({ ...doc, components: { ...components, schemas: {}, parameters: {} } }, new Set()),
  ];
  while (queue.length > 0) {
    const ref = queue.pop()!;
    if (reached.has(ref)) continue;
    reached.add(ref);
    const [, , kind, name] = ref.split("/");
    const target = kind === "schemas" || kind === "parameters" ? components[kind]?.[name ?? ""] : undefined;
    if (target !== undefined) queue.push(...refsIn(target, new Set()));
  }
  for (const kind of kinds) {
    const group = components[kind];
    if (!group) continue;
    for (const name of Object.keys(group))
      if (!reached.has(`#/components/${kind}/${name}`)) delete group[name];
  }
}
