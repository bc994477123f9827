import { type Executor, type Reference, unseenReferences } from "@sinergi/db";
import type { Context } from "hono";
import { viewerOf } from "../access/scope.ts";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "./problem.ts";

/** The 422 for references that name nothing the caller may see (missing and unseen read the same). */
export function referenceProblem(refs: readonly Pick<Reference, "field" | "message">[]): ProblemError {
  return new ProblemError(422, "validation/reference", "A referenced record does not exist", {
    errors: refs.map((r) => ({ field: r.field, message: r.message ?? "no such record" })),
  });
}

/**
 * Checks that every id a body names exists and lies in the caller's sight: 422 `validation/reference`
 * naming each field otherwise. Pass the transaction when inside one (PGlite has a single connection).
 */
export async function checkReferences(
  c: Context<AppEnv>,
  db: Executor,
  refs: readonly Reference[],
): Promise<void> {
  const unseen = await unseenReferences(db, viewerOf(c), refs);
  if (unseen.length > 0) throw referenceProblem(unseen);
}
