import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as v from "valibot";

/** One invalid input field in a problem document. */
export interface FieldProblem {
  /** Dotted path into the input, e.g. `signatories.0.name`; `(body)` for the whole body. */
  readonly field: string;
  readonly message: string;
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

/** Field problems from valibot-style issues (also Standard Schema issues). */
export function fieldProblems(
  issues: readonly { message: string; path?: readonly (PropertyKey | { key: PropertyKey })[] | undefined }[],
  prefix = "",
): FieldProblem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => String(typeof p === "object" && p !== null ? p.key : p));
    const field = [prefix, ...keys].filter((k) => k !== "").join(".") || "(body)";
    return { field, message: issue.message };
  });
}

/** Field problems from a failed valibot parse. */
export const valibotProblems = (issues: readonly v.BaseIssue<unknown>[]): FieldProblem[] =>
  fieldProblems(
    issues.map((i) => ({
      message: i.message,
      path: (i.path ?? []).map((p) => ({ key: p.key as PropertyKey })),
    })),
  );

/** The shape of every problem document, for the OpenAPI description. */
export const ProblemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.number(),
  code: v.string(),
  detail: v.optional(v.string()),
  errors: v.optional(v.array(v.object({ field: v.string(), message: v.string() }))),
});
