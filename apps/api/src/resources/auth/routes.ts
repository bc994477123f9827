import {
  appendAudit,
  deleteSession,
  findPasswordHashes,
  findUser,
  findUserForSignIn,
  insertSession,
  purgeExpiredSessions,
  saveAccount,
  setPassword,
  toAccount,
  toUser,
} from "@sinergi/db";
import {
  accountStatus,
  ChangePasswordSchema,
  recordFailedSignIn,
  recordSignIn,
  SignInSchema,
  UserSchema,
} from "@sinergi/domain";
import { Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { describeRoute } from "hono-openapi";
import { audit } from "../../access/audit.ts";
import { SESSION_COOKIE, SESSION_LIFETIME } from "../../access/authenticate.ts";
import { publicAccess, requireSignedIn } from "../../access/enforce.ts";
import { assertPasswordAccepted, passwordProblem } from "../../access/password-rule.ts";
import { sharedRateLimit } from "../../access/rate-limit.ts";
import { hashPassword, newSecret, verifyNothing, verifyPassword } from "../../access/secrets.ts";
import type { AppEnv } from "../../context.ts";
import { setEtag } from "../../http/etag.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { ProblemError } from "../../http/problem.ts";
import { jsonBody } from "../../http/validate.ts";
import { presentUser } from "../users/present.ts";

const tags = ["Sign-in"];

const invalidCredentials = () =>
  new ProblemError(401, "auth/invalid-credentials", "Email or password is wrong");

/** What the audit log keeps of a sign-in attempt: the counter and the lock, never the password. */
const signInState = (a: { failedSignIns: number; lockedUntil: string | null }) => ({
  failedSignIns: a.failedSignIns,
  lockedUntil: a.lockedUntil,
});

/** Sign-in, sign-out, the current user and password change. */
export function authRoutes(options: { secureCookies: boolean }): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const limiter = sharedRateLimit({
    name: "sign-in",
    windowMs: 15 * 60 * 1000,
    limit: 30,
    code: "auth/rate-limited",
    title: "Too many sign-in attempts; try again later",
  });

  r.post(
    "/auth/sign-in",
    describeRoute({
      operationId: "signIn",
      summary: "Sign in with email and password (sets the session cookie)",
      description:
        "Five wrong passwords lock the account for 15 minutes. A user whose `mustChangePassword` is true " +
        "(a one-time password) may only change it (`POST /auth/password`) before anything else.",
      tags,
      security: [],
      responses: {
        200: jsonContent("Signed in", UserSchema, true),
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
      const found = await findUserForSignIn(db, email);
      if (!found || found.disabledAt !== null) {
        await verifyNothing(password);
        throw invalidCredentials();
      }
      const status = accountStatus(toAccount(toUser(found)), now);
      if (status === "locked" && found.lockedUntil !== null) {
        const seconds = Math.ceil((Date.parse(found.lockedUntil) - Date.parse(now)) / 1000);
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
      // Verified outside the transaction: hashing is slow and must not hold the row (or PGlite) meanwhile.
      const right = await verifyPassword(found.passwordHash, password);
      const secret = right ? newSecret("ses") : undefined;
      const user = await db.transaction().execute(async (trx) => {
        const row = await findUserForSignIn(trx, email, { forUpdate: true });
        // Disabled, or locked by a concurrent failure, since the first read: no session.
        if (
          !row ||
          row.disabledAt !== null ||
          (right && accountStatus(toAccount(toUser(row)), now) !== "active")
        )
          return undefined;
        const before = toAccount(toUser(row));
        const actor = right
          ? { actorId: row.id, actorKind: "user" as const, actorScope: before.scope }
          : { actorId: "anonymous", actorKind: "anonymous" as const };
        const after = right ? recordSignIn(before) : recordFailedSignIn(before, now);
        const saved = await saveAccount(trx, after, now, {
          audible: false,
          ...(right ? { signedInAt: now } : {}),
        });
        if (secret) {
          await purgeExpiredSessions(trx, now, SESSION_LIFETIME);
          await insertSession(trx, {
            id: c.get("newId")(),
            tokenHash: secret.hash,
            userId: row.id,
            at: now,
            expiresAt: new Date(Date.parse(now) + SESSION_LIFETIME.idleMs).toISOString(),
          });
        }
        const locked = !right && after.lockedUntil !== before.lockedUntil;
        await appendAudit(trx, {
          at: now,
          ...actor,
          action: right ? "sign-in" : locked ? "sign-in-locked" : "sign-in-failed",
          resourceType: "user",
          resourceId: row.id,
          before: signInState(before),
          after: signInState(after),
          requestId: c.get("requestId") ?? null,
        });
        return saved;
      });
      if (!user || !secret) throw invalidCredentials();
      setCookie(c, SESSION_COOKIE, secret.secret, {
        httpOnly: true,
        sameSite: "Lax",
        secure: options.secureCookies,
        path: "/",
        maxAge: Math.floor(SESSION_LIFETIME.maxMs / 1000),
      });
      setEtag(c, user.revision);
      return c.json(presentUser(user, now));
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
      const principal = c.get("principal");
      if (sessionId && principal)
        await c
          .get("db")
          .transaction()
          .execute(async (trx) => {
            await deleteSession(trx, sessionId);
            await audit(trx, c, {
              action: "sign-out",
              resourceType: "user",
              resourceId: principal.id,
              before: null,
              after: null,
            });
          });
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
      responses: {
        200: jsonContent("The current user", UserSchema, true),
        401: { description: "Not signed in" },
      },
    }),
    requireSignedIn("user"),
    async (c) => {
      const user = await findUser(c.get("db"), c.get("principal")?.id ?? "");
      if (!user) throw new ProblemError(401, "auth/required", "Sign in first");
      setEtag(c, user.revision);
      return c.json(presentUser(user, c.get("now")()));
    },
  );

  r.post(
    "/auth/password",
    describeRoute({
      operationId: "changePassword",
      summary: "Change one's own password (ends the user's other sessions)",
      description:
        "Also how a one-time password (first admin, new user, admin's reset) is replaced. The new password " +
        "must be hard to guess (checked against common passwords and English and Indonesian words), must " +
        "not contain the person's name or email, and must differ from the current and the previous one.",
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
      const hashes = await findPasswordHashes(db, userId);
      const owner = await findUser(db, userId);
      if (!hashes || !owner || !(await verifyPassword(hashes.current, currentPassword)))
        throw new ProblemError(401, "auth/invalid-credentials", "The current password is wrong", {
          errors: [{ field: "currentPassword", message: "is wrong" }],
        });
      if (newPassword === currentPassword) throw passwordProblem("unchanged", "newPassword");
      // Hard to guess, not about the person, and not the password they had before this one.
      await assertPasswordAccepted(newPassword, owner, "newPassword", hashes.previous);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        const before = await findUser(trx, userId, { forUpdate: true });
        const after = await setPassword(trx, userId, passwordHash, now, {
          keepSessionId: c.get("sessionId"),
        });
        // The audit entry shows that the password changed, never a hash.
        await audit(trx, c, {
          action: "change-password",
          resourceType: "user",
          resourceId: userId,
          before: before && presentUser(before, now),
          after: presentUser(after, now),
        });
      });
      return c.body(null, 204);
    },
  );

  return r;
}
