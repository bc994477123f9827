import type { ValidationTargets } from "hono";
import { validator } from "hono-openapi";
import { fieldProblems, ProblemError, type SchemaIssue } from "./problem.ts";

function hookFor(target: keyof ValidationTargets) {
  const status = target === "json" ? 422 : 400;
  return (result: { success: boolean; error?: unknown }) => {
    if (result.success) return;
    // hono-openapi hands over valibot's own issues (type, expected, requirement, path): each becomes a
    // field problem in plain words; the value received is never copied into the answer.
    const issues = (result.error ?? []) as readonly SchemaIssue[];
    const prefix = target === "json" ? "" : target === "param" ? "path" : target;
    throw new ProblemError(status, "validation", "The request is not valid", {
      detail: "See `errors` for each invalid field.",
      errors: fieldProblems(issues, prefix),
    });
  };
}

/** Validates the JSON body (422 with every invalid or unknown field; 400 for malformed JSON). */
export const jsonBody = <S extends Parameters<typeof validator>[1]>(schema: S) =>
  validator("json", schema, hookFor("json"));

/** Validates the query string (400 naming each invalid parameter as `query.<name>`). */
export const query = <S extends Parameters<typeof validator>[1]>(schema: S) =>
  validator("query", schema, hookFor("query"));

/** Validates path parameters (400 naming `path.<name>`). */
export const params = <S extends Parameters<typeof validator>[1]>(schema: S) =>
  validator("param", schema, hookFor("param"));
