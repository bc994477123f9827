import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as v from "valibot";
import { type IssueFacts, isValibotDefault, plainMessage } from "./messages.ts";
import { safeText } from "./redact.ts";

/** One invalid input field in a problem document. */
export interface FieldProblem {
  /** Dotted path into the input, e.g. `signatories.0.name`; `(body)` for the whole body. */
  readonly field: string;
  readonly message: string;
  /** In a bulk request: the refusal's own code (e.g. `enrollment/cohort-full`). */
  readonly code?: string;
  /** In a bulk request: the refused item's position in its list, from 0. */
  readonly index?: number;
}

/** RFC 9457 problem details as Sinergi sends them (`code` is the machine-readable reason). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly errors?: readonly FieldProblem[];
  readonly [extension: string]: unknown;
}

/** An error a handler throws to answer with problem+json; the app's error handler renders it. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly title: string,
    readonly extra: { detail?: string; errors?: readonly FieldProblem[]; [k: string]: unknown } = {},
  ) {
    super(title);
    this.name = "ProblemError";
  }

  /** The problem document. */
  toProblem(): Problem {
    return {
      type: `urn:sinergi:problem:${this.code}`,
      title: this.title,
      status: this.status,
      code: this.code,
      ...this.extra,
    };
  }
}

/** Renders a problem as `application/problem+json`. */
export function problemResponse(c: Context, p: Problem): Response {
  return c.body(JSON.stringify(p), p.status as ContentfulStatusCode, {
    "content-type": "application/problem+json",
  });
}

/** 404 for a resource that does not exist (or, later, is outside the caller's scope). */
export const notFound = (what: string): ProblemError =>
  new ProblemError(404, "not-found", `${what} not found`);

/** 412 for a write whose If-Match no longer matches. */
export const preconditionFailed = (): ProblemError =>
  new ProblemError(412, "precondition-failed", "The resource has changed since you read it", {
    detail: "Reload it, reapply your change and send the new ETag in If-Match.",
  });

/** An issue as valibot or any Standard Schema library reports it (its input is never shown). */
export interface SchemaIssue extends IssueFacts {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: unknown })[] | undefined;
}

/** One step of an issue's path as shown: request-supplied keys pass the redactor and are capped. */
function pathKey(p: PropertyKey | { readonly key: unknown }): string {
  const key = typeof p === "object" && p !== null ? p.key : p;
  return typeof key === "number" ? String(key) : safeText(String(key), 64);
}

/**
 * The one place schema issues become field problems. Each message is plain words about what the field
 * must be: a schema's own (static) message, or `plainMessage` for the issue's type, never the value.
 */
export function fieldProblems(issues: readonly SchemaIssue[], prefix = ""): FieldProblem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map(pathKey);
    const field = [prefix, ...keys].filter((k) => k !== "").join(".") || "(body)";
    const own = typeof issue.message === "string" && issue.message !== "" && !isValibotDefault(issue.message);
    return { field, message: own ? issue.message : plainMessage(issue) };
  });
}

/** Field problems from a failed valibot parse. */
export const valibotProblems = (issues: readonly v.BaseIssue<unknown>[]): FieldProblem[] =>
  fieldProblems(issues);
