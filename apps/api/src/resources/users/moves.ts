import { deleteUserSessions, saveAccount, setPassword, toAccount, type UserRecord } from "@sinergi/db";
import {
  type AccountResult,
  disableAccount,
  enableAccount,
  resetPassword,
  type UserAccount,
  UserSchema,
  UserWithOneTimePasswordSchema,
} from "@sinergi/domain";
import type { Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { strongOneTimePassword } from "../../access/password-rule.ts";
import { hashPassword } from "../../access/secrets.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { withholdFromReplay } from "../../http/idempotency.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { params } from "../../http/validate.ts";
import { presentUser } from "./present.ts";
import { IdParams, tags, userInScope } from "./shared.ts";

type Move = "disable" | "enable" | "reset-password";

/**
 * Runs an account move in one transaction: the user (in scope, locked), If-Match, the domain rule, the
 * store, the end of the person's sessions where access shrinks, and one audit entry.
 */
async function moveUser(
  c: Context<AppEnv>,
  id: string,
  move: Move,
  rule: (account: UserAccount, actorId: string, at: string) => AccountResult,
  options: { passwordHash?: string; endSessions: boolean },
): Promise<UserRecord> {
  const now = c.get("now")();
  const actorId = c.get("principal")?.id ?? "";
  return c
    .get("db")
    .transaction()
    .execute(async (trx) => {
      const before = await userInScope(c, trx, id, { forUpdate: true });
      checkIfMatch(c, before.revision);
      const account = unwrap(rule(toAccount(before), actorId, now));
      // A new password bumps the revision itself.
      let after = await saveAccount(trx, account, now, { audible: options.passwordHash === undefined });
      if (options.passwordHash !== undefined)
        after = await setPassword(trx, id, options.passwordHash, now, { oneTime: true });
      if (options.endSessions) await deleteUserSessions(trx, id);
      await audit(trx, c, {
        action: `move:${move}`,
        resourceType: "user",
        resourceId: id,
        before: presentUser(before, now),
        after: presentUser(after, now),
      });
      return after;
    });
}

/** Account moves an admin makes on someone else: disable, enable, reset the password. */
export function userMoveRoutes(r: Hono<AppEnv>): void {
  const plain: readonly {
    move: "disable" | "enable";
    summary: string;
    rule: (a: UserAccount, actorId: string, at: string) => AccountResult;
    endSessions: boolean;
  }[] = [
    {
      move: "disable",
      summary: "Disable a user (ends their sessions; never one's own account)",
      rule: disableAccount,
      endSessions: true,
    },
    {
      move: "enable",
      summary: "Enable a disabled user, or lift a sign-in lock",
      rule: (a, _actor, at) => enableAccount(a, at),
      endSessions: false,
    },
  ];
  for (const m of plain)
    r.post(
      `/users/:id/${m.move}`,
      describeRoute({
        operationId: `${m.move}User`,
        summary: m.summary,
        tags,
        responses: { 200: jsonContent("The user", UserSchema, true), ...errorResponses(400, 404, 409, 412) },
      }),
      requirePermission("users:manage"),
      params(IdParams),
      async (c) => {
        const user = await moveUser(c, c.req.valid("param").id, m.move, m.rule, {
          endSessions: m.endSessions,
        });
        setEtag(c, user.revision);
        return c.json(presentUser(user, c.get("now")()));
      },
    );

  r.post(
    "/users/:id/reset-password",
    describeRoute({
      operationId: "resetUserPassword",
      summary: "Give a user a new one-time password (ends their sessions; never one's own)",
      description:
        "The response's `oneTimePassword` is shown only now; the person must replace it at the next sign-in. " +
        "A sign-in lock is lifted.",
      tags,
      responses: {
        200: jsonContent("Reset", UserWithOneTimePasswordSchema, true),
        ...errorResponses(400, 404, 409, 412),
      },
    }),
    requirePermission("users:manage"),
    params(IdParams),
    async (c) => {
      const { id } = c.req.valid("param");
      // Generated for this person: it passes the same rule as a password they choose.
      const secret = await strongOneTimePassword(await userInScope(c, c.get("db"), id));
      const user = await moveUser(c, id, "reset-password", (a, actor) => resetPassword(a, actor), {
        passwordHash: await hashPassword(secret),
        endSessions: true,
      });
      setEtag(c, user.revision);
      withholdFromReplay(c);
      return c.json({ ...presentUser(user, c.get("now")()), oneTimePassword: secret });
    },
  );
}
