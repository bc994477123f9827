import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../testing.ts";
import { namingCollisions } from "./openapi-components.ts";
import { TAG_DESCRIPTIONS } from "./openapi-document.ts";

/** What an integrator relies on in the served OpenAPI document, checked over the whole of it. */

type Json = Record<string, any>;
const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const METHODS = new Set(["get", "put", "post", "delete", "patch", "options", "head", "trace"]);

/** Every node of a JSON value with its path. */
function* nodes(x: unknown, path: string): Generator<[Json, string]> {
  if (Array.isArray(x)) for (const [i, e] of x.entries()) yield* nodes(e, `${path}[${i}]`);
  else if (isObject(x)) {
    yield [x, path];
    for (const [k, value] of Object.entries(x)) yield* nodes(value, `${path}.${k}`);
  }
}

describeApi("OpenAPI document conventions", (t) => {
  let doc: Json;
  const ops: { key: string; method: string; path: string; op: Json }[] = [];
  const deref = (x: Json): Json => {
    if (typeof x.$ref !== "string") return x;
    const [, , kind, name] = x.$ref.split("/");
    return deref(doc.components[kind!][name!]);
  };

  beforeAll(async () => {
    const res = await t.get("/api/openapi.json");
    expect(res.status).toBe(200);
    doc = res.body;
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>))
      for (const [method, op] of Object.entries(item))
        if (METHODS.has(method)) ops.push({ key: `${method.toUpperCase()} ${path}`, method, path, op });
  });

  it("names its schemas as components and refers to them, leaving no reference dangling", async () => {
    for (const name of ["Agreement", "Cohort", "Partner", "Problem", "Facility", "Inmate", "Signatory"])
      expect(doc.components.schemas[name], name).toBeDefined();
    const read = doc.paths["/api/v1/agreements/{id}"].get.responses["200"].content["application/json"].schema;
    expect(read).toEqual({ $ref: "#/components/schemas/Agreement" });
    const page = doc.paths["/api/v1/cohorts"].get.responses["200"].content["application/json"].schema;
    expect(page.properties.items.items).toEqual({ $ref: "#/components/schemas/Cohort" });
    const body = doc.paths["/api/v1/agreements"].post.requestBody.content["application/json"].schema;
    expect(body).toEqual({ $ref: "#/components/schemas/CreateAgreement" });
    const dangling = [...nodes(doc, "#")]
      .filter(([n]) => typeof n.$ref === "string")
      .map(([n]) => n.$ref as string)
      .filter((ref) => {
        const [, , kind, name] = ref.split("/");
        return doc.components[kind!]?.[name!] === undefined;
      });
    expect(dangling).toEqual([]);
    // Two named schemas that read alike would lend one name to both: every name must be telling.
    expect(await namingCollisions()).toEqual([]);
  });

  it("declares If-Match, Idempotency-Key, limit and cursor once, as shared parameters", () => {
    const p = doc.components.parameters;
    expect(p.IfMatch).toMatchObject({ name: "If-Match", in: "header", required: true });
    expect(p.IdempotencyKey).toMatchObject({ name: "Idempotency-Key", in: "header", required: false });
    expect(p.Cursor).toMatchObject({ name: "cursor", in: "query" });
    expect(p.Limit).toMatchObject({ name: "limit", in: "query" });
    const refs = (op: Json) => (op.parameters ?? []).map((x: Json) => x.$ref).filter(Boolean);
    const problems: string[] = [];
    for (const { key, method, op } of ops) {
      const has = refs(op);
      if (op.responses["412"] && !has.includes("#/components/parameters/IfMatch"))
        problems.push(`${key}: If-Match`);
      if (method === "post" && !has.includes("#/components/parameters/IdempotencyKey"))
        problems.push(`${key}: Idempotency-Key`);
      const inline = (op.parameters ?? []).filter((x: Json) => ["limit", "cursor"].includes(x.name));
      if (inline.length > 0) problems.push(`${key}: inline limit or cursor`);
      const list = deref(op.responses["200"]?.content?.["application/json"]?.schema ?? {});
      if (method === "get" && list.properties?.nextCursor)
        for (const name of ["Limit", "Cursor"])
          if (!has.includes(`#/components/parameters/${name}`)) problems.push(`${key}: ${name}`);
    }
    expect(problems).toEqual([]);
  });

  it("types integers as integers with their bounds, and bounds every number a request may send", () => {
    expect(doc.components.parameters.Limit.schema).toEqual({
      type: "integer",
      minimum: 1,
      maximum: 200,
      default: 50,
    });
    expect(deref(doc.components.schemas.Agreement.properties.revision)).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 2_147_483_647,
    });
    expect(doc.components.schemas.CreateFacility.properties.capacity.anyOf[0]).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 2_147_483_647,
    });
    const unbounded: string[] = [];
    const seen = new Set<Json>();
    const visit = (schema: Json, where: string) => {
      for (const [n, path] of nodes(schema, where)) {
        const target = typeof n.$ref === "string" ? deref(n) : n;
        if (target !== n) {
          if (!seen.has(target)) {
            seen.add(target);
            visit(target, n.$ref);
          }
          continue;
        }
        const types = [n.type].flat();
        if (!types.includes("integer") && !types.includes("number")) continue;
        if (Array.isArray(n.enum)) continue;
        const low = n.minimum ?? n.exclusiveMinimum;
        const high = n.maximum ?? n.exclusiveMaximum;
        if (typeof low !== "number" || typeof high !== "number" || high > Number.MAX_SAFE_INTEGER)
          unbounded.push(path);
      }
    };
    for (const { key, op } of ops) {
      if (op.requestBody) visit(op.requestBody, `${key} body`);
      for (const p of op.parameters ?? []) visit(deref(p), `${key} parameter`);
    }
    expect(unbounded).toEqual([]);
  });

  it("describes every property and every enum value", () => {
    const undescribed: string[] = [];
    let properties = 0;
    let enums = 0;
    for (const [n, path] of nodes(doc, "#")) {
      if (isObject(n.properties) && !path.endsWith(".properties"))
        for (const [name, property] of Object.entries(n.properties as Record<string, Json>)) {
          properties += 1;
          if (typeof property.description !== "string" || property.description.trim() === "")
            undescribed.push(`${path}.properties.${name}`);
        }
      if (Array.isArray(n.enum) && !path.includes(".examples")) {
        enums += 1;
        const described = n["x-enumDescriptions"];
        const ok =
          Array.isArray(described) &&
          described.length === n.enum.length &&
          described.every((d) => typeof d === "string" && d.trim() !== "");
        if (!ok) undescribed.push(`${path}.enum`);
      }
    }
    expect(undescribed).toEqual([]);
    expect(properties).toBeGreaterThan(400);
    expect(enums).toBeGreaterThan(25);
    // The standard fields of cooperation are listed and described where a field code is asked for.
    const field = doc.components.schemas.CreateActionItem.properties.field;
    const deref = (s: Json): Json =>
      typeof s.$ref === "string" ? doc.components.schemas[s.$ref.split("/").at(-1) as string] : s;
    const standard = (field.anyOf as Json[]).map(deref).find((s) => Array.isArray(s.enum));
    expect(standard?.enum).toContain("civil_registration");
    expect(standard?.["x-enumDescriptions"]).toHaveLength(standard?.enum.length);
  });

  it("describes every parameter of every operation, list filters included", () => {
    const undescribed: string[] = [];
    for (const { key, op } of ops)
      for (const p of (op.parameters ?? []).map(deref))
        if (typeof p.description !== "string" || p.description.trim() === "")
          undescribed.push(`${key} ${p.in} ${p.name}`);
    expect(undescribed).toEqual([]);
    const cohorts = ops.find((o) => o.key === "GET /api/v1/cohorts")?.op;
    const from = cohorts?.parameters.find((p: Json) => p.name === "from");
    expect(from?.description).toMatch(/ending on or after/);
  });

  it("documents every error as problem+json, and 428 and 413 wherever they can happen", () => {
    const problems: string[] = [];
    for (const { key, op } of ops) {
      for (const [status, res] of Object.entries(op.responses as Record<string, Json>)) {
        if (Number(status) < 400) continue;
        const content = res.content ?? {};
        if (Object.keys(content).join() !== "application/problem+json")
          problems.push(`${key} ${status}: ${Object.keys(content).join() || "no content"}`);
        else if (content["application/problem+json"].schema.$ref !== "#/components/schemas/Problem")
          problems.push(`${key} ${status}: not the Problem schema`);
      }
      if (op.responses["412"] && !op.responses["428"]) problems.push(`${key}: 412 without 428`);
      if (op.requestBody && !op.responses["413"]) problems.push(`${key}: a body without 413`);
      if (op.requestBody && !op.responses["422"]) problems.push(`${key}: a body without 422`);
      if (op.security?.length !== 0 && !op.responses["401"]) problems.push(`${key}: no 401`);
      if (/\{\w+\}/.test(key) && !op.responses["404"]) problems.push(`${key}: no 404`);
    }
    expect(problems).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('"success"');
    for (const key of ["POST /api/v1/auth/sign-in", "GET /api/v1/public/certificates/{code}"])
      expect(ops.find((o) => o.key === key)?.op.responses["429"], key).toBeDefined();
  });

  it("defines every tag it uses at the top, with a description", () => {
    const used = new Set(ops.flatMap(({ op }) => op.tags ?? []));
    const defined = new Map((doc.tags as Json[]).map((tag) => [tag.name, tag.description]));
    expect([...used].filter((tag) => typeof defined.get(tag) !== "string")).toEqual([]);
    expect([...defined.keys()].filter((tag) => !used.has(tag))).toEqual([]);
    expect(Object.keys(TAG_DESCRIPTIONS).filter((tag) => !used.has(tag))).toEqual([]);
  });

  it("gives every operation a summary and a description, and the API its contact and licence", () => {
    const bare = ops.filter(({ op }) => !op.summary || !op.description).map(({ key }) => key);
    expect(bare).toEqual([]);
    expect(doc.info.contact).toBeDefined();
    expect(doc.info.license).toBeDefined();
  });
});
