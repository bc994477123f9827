import { can, type Permission } from "@sinergi/domain";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "../http/problem.ts";

/** The access rule a route declares through one of the middlewares below. */
export type AccessRule =
  | { readonly kind: "public" }
  | { readonly kind: "signed-in"; readonly as?: "user" | "api_key" }
  | { readonly kind: "permission"; readonly permission: Permission }
  /** One of these permissions, which one depending on the request (the handler checks the rest). */
  | { readonly kind: "any-permission"; readonly permissions: readonly Permission[] }
  | { readonly kind: "national" };

const rules = new WeakMap<object, AccessRule>();

function tagged<H extends object>(handler: H, rule: AccessRule): H {
  rules.set(handler, rule);
  return handler;
}

/** The access rule a handler declares, if it is one of ours (used to prove every route has one). */
export const accessRuleOf = (handler: object): AccessRule | undefined => rules.get(handler);

/** Marks a route as open to anyone (sign-in, the public certificate check). */
export function publicAccess(): MiddlewareHandler<AppEnv> {
  return tagged(async (_c, next) => next(), { kind: "public" });
}

/** 401 problem for an anonymous caller. */
export const authRequired = (): ProblemError =>
  new ProblemError(401, "auth/required", "Sign in or send an API key first");

/** Requires a signed-in caller (optionally of one kind: a person or an API key). */
export function requireSignedIn(kind?: "user" | "api_key"): MiddlewareHandler<AppEnv> {
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
    const p = c.get("principal");
    if (!p || (kind !== undefined && p.kind !== kind)) throw authRequired();
    return next();
  };
  return tagged(handler, kind === undefined ? { kind: "signed-in" } : { kind: "signed-in", as: kind });
}

/** Requires a permission: 401 when anonymous, 403 when the role lacks it. */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return tagged<MiddlewareHandler<AppEnv>>(
    async (c, next) => {
      const p = c.get("principal");
      if (!p) throw authRequired();
      if (!can(p, permission))
        throw new ProblemError(403, "auth/forbidden", "Your role may not do this", { permission });
      return next();
    },
    { kind: "permission", permission },
  );
}

/**
 * Requires at least one of the permissions (401 anonymous, 403 with none); the handler then requires the
 * one its request needs, e.g. an upload the permission of what the document is for.
 */
export function requireAnyPermission(permissions: readonly Permission[]): MiddlewareHandler<AppEnv> {
  return tagged<MiddlewareHandler<AppEnv>>(
    async (c, next) => {
      const p = c.get("principal");
      if (!p) throw authRequired();
      if (!permissions.some((permission) => can(p, permission)))
        throw new ProblemError(403, "auth/forbidden", "Your role may not do this", {
          permission: permissions.join(" or "),
        });
      return next();
    },
    { kind: "any-permission", permissions },
  );
}

/** 403 unless the caller holds the permission (for a rule that depends on the request's content). */
export function assertPermission(c: Context<AppEnv>, permission: Permission): void {
  const p = c.get("principal");
  if (!p) throw authRequired();
  if (!can(p, permission))
    throw new ProblemError(403, "auth/forbidden", "Your role may not do this", { permission });
}

/** Requires a national scope on top of the permission (e.g. creating a regional office). */
export function requireNationalScope(): MiddlewareHandler<AppEnv> {
  return tagged<MiddlewareHandler<AppEnv>>(
    async (c, next) => {
      const p = c.get("principal");
      if (!p) throw authRequired();
      if (p.scope.kind !== "national")
        throw new ProblemError(403, "auth/forbidden", "Only a national role may do this");
      return next();
    },
    { kind: "national" },
  );
}
