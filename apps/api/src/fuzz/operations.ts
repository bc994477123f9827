import type { JsonSchema } from "./schema-arbitrary.ts";

/** One parameter of an operation as the OpenAPI document declares it. */
export interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required?: boolean;
  readonly schema?: JsonSchema;
  readonly $ref?: string;
}

/** One operation of the served OpenAPI document. */
export interface Operation {
  readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** OpenAPI path, e.g. `/api/v1/facilities/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly parameters: readonly Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  readonly body: JsonSchema | undefined;
}

/** The served document, read loosely: only paths and `$ref` targets are used. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components?: Record<string, unknown>;
}

interface RawOperation {
  readonly operationId?: string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: {
    readonly $ref?: string;
    readonly content?: Record<string, { schema?: JsonSchema }>;
  };
}

const METHODS = ["get", "post", "patch", "put", "delete"] as const;

/** Looks up a local `$ref` (`#/components/…`) in the document. */
export function resolver(doc: OpenApiDocument): <T>(ref: string) => T | undefined {
  return <T>(ref: string) => {
    if (!ref.startsWith("#/")) return undefined;
    let node: unknown = doc;
    for (const part of ref.slice(2).split("/")) {
      if (typeof node !== "object" || node === null) return undefined;
      node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return node as T | undefined;
  };
}

/** Every operation of the document, with `$ref`ed parameters and bodies resolved one level. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const resolve = resolver(doc);
  const deref = (p: Parameter): Parameter => (p.$ref ? (resolve<Parameter>(p.$ref) ?? p) : p);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = ((item.parameters as Parameter[] | undefined) ?? []).map(deref);
    for (const method of METHODS) {
      const op = item[method] as RawOperation | undefined;
      if (!op) continue;
      const own = (op.parameters ?? []).map(deref);
      const named = new Set(own.map((p) => `${p.in}:${p.name}`));
      const requestBody = op.requestBody?.$ref
        ? resolve<NonNullable<RawOperation["requestBody"]>>(op.requestBody.$ref)
        : op.requestBody;
      const json = Object.entries(requestBody?.content ?? {}).find(([type]) => /json/.test(type))?.[1];
      operations.push({
        method: method.toUpperCase() as Operation["method"],
        path,
        operationId: op.operationId ?? `${method} ${path}`,
        parameters: [...shared.filter((p) => !named.has(`${p.in}:${p.name}`)), ...own],
        body: json?.schema,
      });
    }
  }
  return operations;
}
