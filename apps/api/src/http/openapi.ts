import { resolver } from "hono-openapi";
import type { GenericSchema } from "valibot";
import { ProblemSchema } from "./problem.ts";

const problemDescriptions: Record<number, string> = {
  400: "Malformed request (bad JSON, query or path parameter)",
  404: "Not found",
  409: "The resource's state does not allow this",
  412: "If-Match does not match the current ETag",
  422: "Invalid input; `errors` names each field",
};

/** A JSON response for describeRoute; `etag` documents the ETag header. */
export function jsonContent(description: string, schema: GenericSchema, etag = false) {
  return {
    description,
    content: { "application/json": { schema: resolver(schema) } },
    ...(etag
      ? {
          headers: {
            ETag: { description: "Entity tag of this revision", schema: { type: "string" as const } },
          },
        }
      : {}),
  };
}

/** problem+json responses for the given statuses. */
export function errorResponses(...statuses: (400 | 404 | 409 | 412 | 422)[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: problemDescriptions[s] ?? "Error",
        content: { "application/problem+json": { schema: resolver(ProblemSchema) } },
      },
    ]),
  );
}
