import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MIN_SECRET_LENGTH } from "@sinergi/db";

/** File in the embedded data folder that keeps the server secret between starts. */
export const SECRET_FILE = "secret";

/**
 * The embedded default's server secret: made once, at the first start, into `<dataDir>/secret` (readable
 * by its owner only) and read back at every later start, so cursors given out survive a restart.
 * Call it while holding the data folder's lock.
 */
export function dataDirSecret(dataDir: string): string {
  const path = join(dataDir, SECRET_FILE);
  try {
    writeFileSync(path, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  // A copy restored with looser permissions is tightened rather than left readable by others.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const secret = readFileSync(path, "utf8").trim();
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(
      `The server secret in ${path} is shorter than ${MIN_SECRET_LENGTH} characters: delete the file to make a new one, or set SINERGI_SECRET.`,
    );
  return secret;
}
