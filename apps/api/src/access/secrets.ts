import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** A fresh high-entropy secret (256 bits) with a readable prefix, and the hash we store instead of it. */
export function newSecret(prefix: string): { secret: string; hash: string; lookupPrefix: string } {
  const body = randomBytes(32).toString("base64url");
  const secret = `${prefix}_${body}`;
  return { secret, hash: hashSecret(secret), lookupPrefix: secret.slice(0, prefix.length + 9) };
}

/** SHA-256 of a high-entropy secret (session token, API key): enough, since these cannot be guessed. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** Argon2id hash of a person's password. */
export const hashPassword = (password: string): Promise<string> => hash(password);

/** Checks a password against its Argon2id hash. */
export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

// A real hash of a random password: verifying against it costs the same as for a real user,
// so an unknown email answers as slowly as a wrong password.
let dummyHash: Promise<string> | undefined;
/** Spends one password verification's time on nothing (unknown email). */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** A one-time password for a bootstrapped admin (about 120 bits). */
export const oneTimePassword = (): string => randomBytes(15).toString("base64url");
