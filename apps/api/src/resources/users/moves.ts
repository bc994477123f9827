import {
  deleteUserSessions,
  type Executor,
  saveAccount,
  setPassword,
  toAccount,
  type UserRecord,
} from "@sinergi/db";
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
import { strongOneTimePassword } from "../../access/password-rule.ts";
import { hashPassword } from "../../access/secrets.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { withholdFromReplay } from "../../http/idempotency.ts";
import { moveRoute } from "../../http/move-route.ts";
import { presentUser } from "./present.ts";
import { IdParams, tags, userInScope } from "./shared.ts";

type Move = "disable" | "enable" | "reset-password";

/** A user after an account move, with the one-time password when the move made one. */
interface Moved {
  readonly revision: number;
  readonly user: UserRecord;
  readonly at: string;
  readonly oneTimePassword?: string;
}

/**
 * The account move's own part, inside the move-route transaction: the domain rule, the store, the end of
 * the person's sessions where access shrinks; what the audit entry keeps before and after.
 */
async function applyAccountMove(
  c: Context<AppEnv>,
  trx: Executor,
  before: UserRecord,
  at: string,
  rule: (account: UserAccount, actorId: string, at: string) => AccountResult,
  options: { passwordHash?: string; endSessions: boolean },
): Promise<{ saved: Omit<Moved, "oneTimePassword">; before: unknown; after: unknown }> {
  const actorId = c.get("principal")?.id ?? "";
  const account = unwrap(rule(toAccount(before), actorId, at));
  // A new password bumps the revision itself.
  let after = await saveAccount(trx, account, at, { audible: options.passwordHash === undefined });
  if (options.passwordHash !== undefined)
    after = await setPassword(trx, before.id, options.passwordHash, at, { oneTime: true });
  if (options.endSessions) await deleteUserSessions(trx, before.id);
  return {
    saved: { revision: after.revision, user: after, at },
    before: presentUser(before, at),
    after: presentUser(after, at),
  };
}

/** The common parts of an account move's route. */
const common = (move: Move) =>
  ({
    path: `/users/:id/${move}`,
    tags,
    permission: "users:manage",
    params: IdParams,
    errors: [400, 404, 409, 412],
    resourceType: "user",
    action: `move:${move}`,
    load: (c: Context<AppEnv>, trx: Executor, id: string) => userInScope(c, trx, id, { forUpdate: true }),
  }) as const;

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
    moveRoute(r, {
      ...common(m.move),
      operationId: `${m.move}User`,
      summary: m.summary,
      response: { description: "The user", schema: UserSchema },
      apply: (before, _body, ctx, trx, c) =>
        applyAccountMove(c, trx, before, ctx.at, m.rule, { endSessions: m.endSessions }),
      present: ({ user, at }: Moved) => presentUser(user, at),
    });

  moveRoute(r, {
    ...common("reset-password"),
    operationId: "resetUserPassword",
    summary: "Give a user a new one-time password (ends their sessions; never one's own)",
    description:
      "The response's `oneTimePassword` is shown only now; the person must replace it at the next sign-in. " +
      "A sign-in lock is lifted.",
    response: { description: "Reset", schema: UserWithOneTimePasswordSchema },
    apply: async (before, _body, ctx, trx, c) => {
      // Generated for this person: it passes the same rule as a password they choose.
      const secret = await strongOneTimePassword(before);
      const moved = await applyAccountMove(c, trx, before, ctx.at, (a, actor) => resetPassword(a, actor), {
        passwordHash: await hashPassword(secret),
        endSessions: true,
      });
      // The one-time password is shown once: a replay of this request must not show it again.
      withholdFromReplay(c);
      return { ...moved, saved: { ...moved.saved, oneTimePassword: secret } };
    },
    present: ({ user, at, oneTimePassword }: Moved) => ({ ...presentUser(user, at), oneTimePassword }),
  });
}
