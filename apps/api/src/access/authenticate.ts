import { findLiveSession, toScope, touchSession, useApiKey } from "@sinergi/db";
import type { Principal, Role } from "@sinergi/domain";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import { hashSecret } from "./secrets.ts";

/** Session cookie name. */
export const SESSION_COOKIE = "sinergi_session";

/** How long a session lives without use, and at most. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

/**
 * Works out who is calling: a bearer API key, or a session cookie. Sets `principal` (undefined for an
 * anonymous caller) and `authMethod`. A bearer token that is not a live key is 401 at once.
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
      const session = await findLiveSession(db, hashSecret(token), now);
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
        const expiresAt = new Date(Date.parse(now) + SESSION_IDLE_MS).toISOString();
        await touchSession(db, session.sessionId, now, expiresAt);
      }
    }
    return next();
  };
}
