import { findLiveSession, toScope, useApiKey } from "@sinergi/db";
import type { Principal, Role } from "@sinergi/domain";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import { hashSecret } from "./secrets.ts";

/** Session cookie name. */
export const SESSION_COOKIE = "sinergi_session";

/** A session ends after 8 idle hours, and 12 hours after sign-in however busy (a working day). */
export const SESSION_LIFETIME = { idleMs: 8 * 60 * 60 * 1000, maxMs: 12 * 60 * 60 * 1000 } as const;

/** Seen-time is written at most this often (in the lookup's own statement), so reads do not each cost a write. */
export const TOUCH_EVERY_MS = 60 * 1000;

/** What a person holding a one-time password may still do: read who they are, change it, or leave. */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set([
  "GET /api/v1/auth/me",
  "POST /api/v1/auth/password",
  "POST /api/v1/auth/sign-out",
]);

/**
 * Works out who is calling: a bearer API key, or a session cookie. Sets `principal` (undefined for an
 * anonymous caller) and `authMethod`. A bearer token that is not a live key is 401 at once; a person
 * still holding a one-time password gets 403 everywhere but the password change.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const db = c.get("db");
    const now = c.get("now")();
    const authorization = c.req.header("authorization");
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const key = match?.[1] ? await useApiKey(db, hashSecret(match[1]), now) : undefined;
      if (!key) throw new ProblemError(401, "auth/invalid-key", "The API key is unknown, revoked or expired");
      const principal: Principal = {
        id: key.id,
        kind: "api_key",
        role: key.role,
        scope: key.scope,
        permissions: key.permissions,
      };
      c.set("principal", principal);
      c.set("authMethod", "api_key");
      c.set("actor", `api_key:${key.id}`);
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    if (token !== undefined) {
      const session = await findLiveSession(db, hashSecret(token), now, SESSION_LIFETIME, TOUCH_EVERY_MS);
      if (session) {
        const principal: Principal = {
          id: session.userId,
          kind: "user",
          role: session.role as Role,
          scope: toScope(session.scopeKind, session.scopeId),
        };
        c.set("principal", principal);
        c.set("authMethod", "session");
        c.set("sessionId", session.sessionId);
        c.set("actor", `user:${session.userId}`);
        if (
          session.mustChangePassword &&
          !OPEN_BEFORE_PASSWORD_CHANGE.has(`${c.req.method} ${c.req.path}`) &&
          !c.req.path.startsWith("/api/v1/public/")
        )
          throw new ProblemError(
            403,
            "auth/password-change-required",
            "Choose your own password first (POST /api/v1/auth/password)",
          );
      }
    }
    return next();
  };
}
