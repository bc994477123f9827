import { type Executor, findUser, scopeGrantable, type UserRecord } from "@sinergi/db";
import { IdSchema, type Role, type Scope } from "@sinergi/domain";
import type { Context } from "hono";
import * as v from "valibot";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { notFound, ProblemError } from "../../http/problem.ts";

/** OpenAPI tags of the users resource. */
export const tags = ["Users"];
/** `{id}` in a users path. */
export const IdParams = v.object({ id: IdSchema });

/** A user inside the caller's scope, or 404 exactly like a missing one (locked when `forUpdate`). */
export async function userInScope(
  c: Context<AppEnv>,
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<UserRecord> {
  const user = await findUser(db, id, { ...options, viewer: viewerOf(c) });
  if (!user) throw notFound("User");
  return user;
}

/**
 * Refuses to give access beyond the caller's own: the scope must exist and lie within the caller's, and
 * only a national admin makes another national admin. Reads through `db` (the transaction, if any).
 */
export async function assertMayGrant(
  c: Context<AppEnv>,
  db: Executor,
  role: Role,
  scope: Scope,
): Promise<void> {
  const principal = c.get("principal");
  if (!principal) throw notFound("User");
  if (role === "national_admin" && principal.role !== "national_admin")
    throw new ProblemError(403, "auth/forbidden", "Only a national admin may make another");
  if (!(await scopeGrantable(db, principal.scope, scope)))
    throw new ProblemError(422, "validation", "The scope is unknown or outside yours", {
      errors: [{ field: "scope", message: "is unknown or outside your own scope" }],
    });
}
