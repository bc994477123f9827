import { type Executor, isChangeable, registerOf } from "@sinergi/db";
import type { Context } from "hono";
import { viewerOf } from "../access/scope.ts";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "./problem.ts";
import { checkReferences } from "./references.ts";

const notYourRegister = () =>
  new ProblemError(403, "auth/forbidden", "Your scope changes only its own regional office's register");

/**
 * The register a new partner or program goes to: a national admin names any regional office (or none,
 * the national register); anyone else adds to its own Kanwil's, and naming another is refused the
 * same way whether that office exists or not.
 */
export async function ownerFor(
  c: Context<AppEnv>,
  db: Executor,
  requested: string | null | undefined,
): Promise<string | null> {
  const viewer = viewerOf(c);
  if (viewer.kind === "national") {
    if (requested !== undefined && requested !== null)
      await checkReferences(c, db, [
        {
          kind: "regional_office",
          id: requested,
          field: "ownerRegionalOfficeId",
          message: "no such regional office",
        },
      ]);
    return requested ?? null;
  }
  const own = await registerOf(db, viewer);
  if (own === undefined || own === null || (requested !== undefined && requested !== own))
    throw notYourRegister();
  return own;
}

/** 403 unless the record sits in the caller's register (everyone reads the registers; few edit). */
export async function assertInRegister(
  c: Context<AppEnv>,
  db: Executor,
  kind: "partner" | "program",
  id: string,
): Promise<void> {
  if (!(await isChangeable(db, kind, viewerOf(c), id))) throw notYourRegister();
}
