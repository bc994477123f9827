import { can, type Permission } from "@sinergi/domain";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "../http/problem.ts";

/** 401 problem for an anonymous caller. */
export const authRequired = (): ProblemError =>
  new ProblemError(401, "auth/required", "Sign in or send an API key first");

/** Requires a signed-in caller (optionally of one kind: a person or an API key). */
export function requireSignedIn(kind?: "user" | "api_key"): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const p = c.get("principal");
    if (!p || (kind !== undefined && p.kind !== kind)) throw authRequired();
    return next();
  };
}

/** Requires a permission: 401 when anonymous, 403 when the role lacks it. */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const p = c.get("principal");
    if (!p) throw authRequired();
    if (!can(p, permission))
      throw new ProblemError(403, "auth/forbidden", "Your role may not do this", { permission });
    return next();
  };
}

/** Requires a national scope on top of the permission (e.g. creating a regional office). */
export function requireNationalScope(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const p = c.get("principal");
    if (!p) throw authRequired();
    if (p.scope.kind !== "national")
      throw new ProblemError(403, "auth/forbidden", "Only a national role may do this");
    return next();
  };
}
