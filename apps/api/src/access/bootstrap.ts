import { randomUUID } from "node:crypto";
import { appendAudit, type Database, hasNationalAdmin, insertUser } from "@sinergi/db";
import type { Kysely } from "kysely";
import { presentUser } from "../resources/users/present.ts";
import { hashPassword, oneTimePassword } from "./secrets.ts";

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
  let password = settings.password;
  let generated: string | undefined;
  if (password === undefined || password === "") {
    if (!settings.generateIfMissing) return undefined;
    generated = oneTimePassword();
    password = generated;
  }
  if (password.length < 12) throw new Error("SINERGI_ADMIN_PASSWORD must be at least 12 characters");
  const email = (settings.email ?? "admin@sinergi.local").toLowerCase();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const user = await insertUser(
      trx,
      {
        id: randomUUID(),
        email,
        name: "Administrator",
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
