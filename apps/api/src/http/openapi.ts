import { described } from "@sinergi/domain";
import { resolver } from "hono-openapi";
import * as v from "valibot";

/** The problem+json document every error answers with (RFC 9457), as the OpenAPI document names it. */
export const ProblemDetailsSchema = v.object(
  described(
    {
      type: v.string(),
      title: v.string(),
      status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
      code: v.string(),
      detail: v.optional(v.string()),
      errors: v.optional(
        v.array(
          v.object(
            described(
              {
                field: v.string(),
                message: v.string(),
                code: v.optional(v.string()),
                index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
              },
              {
                field:
                  "Where the invalid input is: a dotted path into the body (`signatories.0.name`), " +
                  "`query.<name>`, `path.<name>` or `header.<name>`; `(body)` for the whole body.",
                message: "What is wrong with it, in plain words.",
                code: "In a bulk request: why this item was refused, e.g. `enrollment/cohort-full`.",
                index: "In a bulk request: the refused item's position in its list, from 0.",
              },
            ),
          ),
        ),
      ),
    },
    {
      type: "A URI naming the kind of problem: `urn:sinergi:problem:` followed by `code`.",
      title: "A short summary of the kind of problem.",
      status: "The HTTP status code.",
      code: "The machine-readable reason, e.g. `validation` or `agreement/not-signable`.",
      detail: "An explanation of this occurrence, in plain words.",
      errors: "Each invalid input field, for a validation problem.",
    },
  ),
);

/** Where the Problem schema sits in the document. */
export const PROBLEM_REF = "#/components/schemas/Problem";

/** The error statuses an operation may document, each as problem+json. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 428 | 429;

/** What each documented error status means in this API. */
export const problemDescriptions: Record<ErrorStatus, string> = {
  400: "Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each)",
  401: "Not signed in, or the API key is unknown, revoked or expired",
  403: "The caller's role may not do this",
  404: "Not found, or outside the caller's scope (the two read alike)",
  409: "The resource's state does not allow this, or it conflicts with another record",
  412: "If-Match does not match the current ETag: the resource changed since it was read",
  413: "The request body is larger than 1 MB (an uploaded document: 20 MB)",
  415: "The uploaded content is not of an accepted type (PDF, JPEG or PNG, read from its bytes)",
  422: "Invalid input; `errors` names each field",
  428: "If-Match is missing: send the ETag read (or `*`); nothing was changed",
  429: "Too many requests; try again after `Retry-After` seconds",
};

/** A problem+json response for describeRoute. */
export const problemResponse = (status: ErrorStatus, description = problemDescriptions[status]) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: PROBLEM_REF } } },
});

/** A JSON response for describeRoute; `etag` documents the ETag header. */
export function jsonContent(description: string, schema: v.GenericSchema, etag = false) {
  return {
    description,
    content: { "application/json": { schema: resolver(schema) } },
    ...(etag
      ? {
          headers: {
            ETag: {
              description: "Entity tag of the revision shown: send it back in If-Match to change it.",
              schema: { type: "string" as const },
            },
          },
        }
      : {}),
  };
}

/** An answer listing everything there is (no pages): `{ items }`. */
export const itemsOf = <S extends v.GenericSchema>(item: S, description: string) =>
  v.object(described({ items: v.array(item) }, { items: description }));

/** problem+json responses for the given statuses. */
export function errorResponses(...statuses: ErrorStatus[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemResponse(s)]));
}
