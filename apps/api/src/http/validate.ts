import type { ValidationTargets } from "hono";
import { validator } from "hono-openapi";
import { fieldProblems, ProblemError } from "./problem.ts";

/** A Standard Schema issue (what valibot reports through hono-openapi). */
interface Issue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

function hookFor(target: keyof ValidationTargets) {
  const status = target === "json" ? 422 : 400;
  return (result: { success: boolean; error?: unknown }) => {
    if (result.success) return;
    const issues = (result.error ?? []) as readonly Issue[];
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
