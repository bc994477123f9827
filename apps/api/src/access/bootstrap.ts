import { randomUUID } from "node:crypto";
import { appendAudit, type Database, hasNationalAdmin, insertUser } from "@sinergi/db";
import { MIN_PASSWORD_LENGTH } from "@sinergi/domain";
import type { Kysely } from "kysely";
import { presentUser } from "../resources/users/present.ts";
import { passwordRefusal, refusalMessage, strongOneTimePassword } from "./password-rule.ts";
import { hashPassword } from "./secrets.ts";

/** The first admin's name (the password may not contain it either). */
const FIRST_ADMIN_NAME = "Administrator";

/** A first-admin setting that stops the start, with a message saying what to change. */
export class FirstAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FirstAdminError";
  }
}

/** Where the first national admin comes from. */
export interface FirstAdminSettings {
  readonly email?: string | undefined;
  readonly password?: string | undefined;
  /** Embedded start only: invent a one-time password when none is configured. */
  readonly generateIfMissing: boolean;
}

/**
 * Creates the first national admin when there is none: from SINERGI_ADMIN_EMAIL / SINERGI_ADMIN_PASSWORD,
 * or (embedded start) with a generated one-time password that is returned once to be printed once.
 * There is no default password.
 */
export async function ensureFirstAdmin(
  db: Kysely<Database>,
  settings: FirstAdminSettings,
  now: string,
): Promise<{ email: string; generatedPassword?: string } | undefined> {
  if (await hasNationalAdmin(db)) return undefined;
  const email = (settings.email ?? "admin@sinergi.local").toLowerCase();
  const owner = { name: FIRST_ADMIN_NAME, email };
  let password = settings.password;
  let generated: string | undefined;
  if (password === undefined || password === "") {
    if (!settings.generateIfMissing) return undefined;
    generated = await strongOneTimePassword(owner);
    password = generated;
  }
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new FirstAdminError(`SINERGI_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  const refusal = await passwordRefusal(password, owner);
  if (refusal !== undefined)
    throw new FirstAdminError(`SINERGI_ADMIN_PASSWORD is refused: it ${refusalMessage(refusal)}.`);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const user = await insertUser(
      trx,
      {
        id: randomUUID(),
        email,
        name: FIRST_ADMIN_NAME,
        passwordHash,
        role: "national_admin",
        scope: { kind: "national" },
        // A generated password was shown on a console: it opens only the password change.
        mustChangePassword: generated !== undefined,
      },
      now,
    );
    await appendAudit(trx, {
      at: now,
      actorId: "system",
      actorKind: "system",
      action: "create",
      resourceType: "user",
      resourceId: user.id,
      before: null,
      after: presentUser(user, now),
      requestId: null,
    });
  });
  return { email, ...(generated === undefined ? {} : { generatedPassword: generated }) };
}
