import {
  deleteSession,
  findUser,
  findUserForSignIn,
  insertSession,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  setPassword,
  toUser,
} from "@sinergi/db";
import { Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { describeRoute } from "hono-openapi";
import { rateLimiter } from "hono-rate-limiter";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { SESSION_COOKIE, SESSION_IDLE_MS } from "../../access/authenticate.ts";
import { clientKey } from "../../access/client-key.ts";
import { publicAccess, requireSignedIn } from "../../access/enforce.ts";
import { hashPassword, newSecret, verifyNothing, verifyPassword } from "../../access/secrets.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { ProblemError } from "../../http/problem.ts";
import { jsonBody } from "../../http/validate.ts";
import { UserSchema } from "./schemas.ts";

const tags = ["Sign-in"];
/** Failures before an account is locked, and for how long. */
export const LOCK_POLICY = { maxFailures: 5, lockForMs: 15 * 60 * 1000 };

const SignInSchema = v.strictObject({
  email: v.pipe(v.string(), v.trim(), v.email("must be an email address"), v.maxLength(254)),
  password: v.pipe(v.string(), v.minLength(1, "must not be empty"), v.maxLength(1024)),
});
const ChangePasswordSchema = v.strictObject({
  currentPassword: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
  newPassword: v.pipe(
    v.string(),
    v.minLength(12, "must be at least 12 characters"),
    v.maxLength(1024, "must be at most 1024 characters"),
  ),
});

const invalidCredentials = () =>
  new ProblemError(401, "auth/invalid-credentials", "Email or password is wrong");

/** Sign-in, sign-out, the current user and password change. */
export function authRoutes(options: { secureCookies: boolean }): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const limiter = rateLimiter<AppEnv>({
    windowMs: 15 * 60 * 1000,
    limit: 30,
    standardHeaders: "draft-7",
    keyGenerator: (c) => clientKey(c),
    handler: () => {
      throw new ProblemError(429, "auth/rate-limited", "Too many sign-in attempts; try again later");
    },
  });

  r.post(
    "/auth/sign-in",
    describeRoute({
      operationId: "signIn",
      summary: "Sign in with email and password (sets the session cookie)",
      tags,
      security: [],
      responses: {
        200: jsonContent("Signed in", UserSchema),
        401: { description: "Wrong email or password" },
        429: { description: "Locked after repeated failures, or rate-limited" },
        ...errorResponses(422),
      },
    }),
    publicAccess(),
    limiter,
    jsonBody(SignInSchema),
    async (c) => {
      const { email, password } = c.req.valid("json");
      const db = c.get("db");
      const now = c.get("now")();
      const row = await findUserForSignIn(db, email);
      if (!row || row.disabledAt !== null) {
        await verifyNothing(password);
        throw invalidCredentials();
      }
      if (row.lockedUntil !== null && row.lockedUntil > now) {
        const seconds = Math.ceil((Date.parse(row.lockedUntil) - Date.parse(now)) / 1000);
        c.header("Retry-After", String(seconds));
        throw new ProblemError(
          429,
          "auth/locked",
          "Too many failed sign-ins; the account is locked for a while",
          {
            retryAfterSeconds: seconds,
          },
        );
      }
      if (!(await verifyPassword(row.passwordHash, password))) {
        await recordFailedSignIn(db, row.id, now, LOCK_POLICY);
        throw invalidCredentials();
      }
      const { secret, hash } = newSecret("ses");
      const expiresAt = new Date(Date.parse(now) + SESSION_IDLE_MS).toISOString();
      await db.transaction().execute(async (trx) => {
        await recordSuccessfulSignIn(trx, row.id);
        await insertSession(trx, {
          id: c.get("newId")(),
          tokenHash: hash,
          userId: row.id,
          at: now,
          expiresAt,
        });
      });
      setCookie(c, SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: "Lax",
        secure: options.secureCookies,
        path: "/",
        maxAge: Math.floor(SESSION_IDLE_MS / 1000),
      });
      return c.json(toUser(row));
    },
  );

  r.post(
    "/auth/sign-out",
    describeRoute({
      operationId: "signOut",
      summary: "Sign out (ends this session)",
      tags,
      responses: { 204: { description: "Signed out" } },
    }),
    publicAccess(),
    async (c) => {
      const sessionId = c.get("sessionId");
      if (sessionId) await deleteSession(c.get("db"), sessionId);
      deleteCookie(c, SESSION_COOKIE, { path: "/", secure: options.secureCookies });
      return c.body(null, 204);
    },
  );

  r.get(
    "/auth/me",
    describeRoute({
      operationId: "getCurrentUser",
      summary: "The signed-in user",
      tags,
      responses: { 200: jsonContent("The current user", UserSchema), 401: { description: "Not signed in" } },
    }),
    requireSignedIn("user"),
    async (c) => {
      const user = await findUser(c.get("db"), c.get("principal")?.id ?? "");
      if (!user) throw new ProblemError(401, "auth/required", "Sign in first");
      return c.json(user);
    },
  );

  r.post(
    "/auth/password",
    describeRoute({
      operationId: "changePassword",
      summary: "Change one's own password (ends the user's other sessions)",
      tags,
      responses: {
        204: { description: "Changed" },
        401: { description: "Wrong current password" },
        ...errorResponses(422),
      },
    }),
    requireSignedIn("user"),
    jsonBody(ChangePasswordSchema),
    async (c) => {
      const { currentPassword, newPassword } = c.req.valid("json");
      const db = c.get("db");
      const userId = c.get("principal")?.id ?? "";
      const now = c.get("now")();
      const user = await findUser(db, userId);
      const row = user && (await findUserForSignIn(db, user.email));
      if (!row || !(await verifyPassword(row.passwordHash, currentPassword)))
        throw new ProblemError(401, "auth/invalid-credentials", "The current password is wrong", {
          errors: [{ field: "currentPassword", message: "is wrong" }],
        });
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await setPassword(trx, userId, passwordHash, now, c.get("sessionId"));
        // The audit entry records that the password changed, never the hash.
        await audit(trx, c, {
          action: "change-password",
          resourceType: "user",
          resourceId: userId,
          before: null,
          after: null,
        });
      });
      return c.body(null, 204);
    },
  );

  return r;
}
