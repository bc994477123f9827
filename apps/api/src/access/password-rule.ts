import { assertNever } from "@sinergi/domain";
import { ProblemError } from "../http/problem.ts";
import { passwordScore } from "./password-strength.ts";
import { oneTimePassword, verifyPassword } from "./secrets.ts";

/** Why a new password is refused. */
export type PasswordRefusal = "too-weak" | "personal" | "unchanged" | "reused";

/** Lowest zxcvbn score accepted: 3 resists an offline attack on a slow hash (Argon2id here). */
export const MIN_PASSWORD_SCORE = 3;

/** Whose password it is: what it must not contain. */
export interface PasswordOwner {
  readonly name: string;
  readonly email: string;
}

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The parts of a person's name and email a password must not contain (lower case, 3 characters or more). */
export function personalParts(owner: PasswordOwner): string[] {
  const email = owner.email.toLowerCase();
  const local = email.split("@")[0] ?? "";
  const parts = [email, local, squash(owner.name), ...words(owner.name), ...words(local)];
  return [...new Set(parts.filter((p) => p.length >= 3))];
}

/**
 * The rule, given zxcvbn's score: a password holding the person's name, email or the email's local part
 * (in any case, with or without separators) is refused as personal; one scoring below 3 as too weak.
 */
export function judgePassword(
  password: string,
  score: number,
  owner: PasswordOwner,
): PasswordRefusal | undefined {
  const folded = password.toLowerCase();
  const squashed = squash(password);
  const personal = personalParts(owner).some((p) => folded.includes(p) || squashed.includes(squash(p)));
  if (personal) return "personal";
  if (score < MIN_PASSWORD_SCORE) return "too-weak";
  return undefined;
}

/** Why, in plain words (never the password itself). */
export function refusalMessage(refusal: PasswordRefusal): string {
  switch (refusal) {
    case "too-weak":
      return "is too easy to guess: use a longer passphrase of several unrelated words";
    case "personal":
      return "must not contain the account's name or email address";
    case "unchanged":
      return "must differ from the current password";
    case "reused":
      return "must not be the password used before the current one";
    default:
      return assertNever(refusal);
  }
}

/** The refusal as a 422 naming the field (`auth/password-too-weak`, `-personal`, `-unchanged`, `-reused`). */
export function passwordProblem(refusal: PasswordRefusal, field: string): ProblemError {
  return new ProblemError(422, `auth/password-${refusal}`, "The password is refused", {
    detail:
      "A password must be hard to guess (it is checked against common passwords and English and Indonesian " +
      "words) and must not contain the account's name or email.",
    errors: [{ field, message: refusalMessage(refusal) }],
  });
}

/**
 * Checks a password someone chose for an account: personal, too weak, or (given the account's previous
 * hash) the password used before. Undefined when it is accepted.
 */
export async function passwordRefusal(
  password: string,
  owner: PasswordOwner,
  previousHash?: string | null,
): Promise<PasswordRefusal | undefined> {
  const judged = judgePassword(password, await passwordScore(password, personalParts(owner)), owner);
  if (judged !== undefined) return judged;
  if (previousHash && (await verifyPassword(previousHash, password))) return "reused";
  return undefined;
}

/** Refuses (throws a 422 naming `field`) a password the rule refuses. */
export async function assertPasswordAccepted(
  password: string,
  owner: PasswordOwner,
  field: string,
  previousHash?: string | null,
): Promise<void> {
  const refusal = await passwordRefusal(password, owner, previousHash);
  if (refusal !== undefined) throw passwordProblem(refusal, field);
}

/** A generated one-time password that itself passes the rule for this account. */
export async function strongOneTimePassword(owner: PasswordOwner): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = oneTimePassword();
    if ((await passwordRefusal(candidate, owner)) === undefined) return candidate;
  }
  throw new Error("could not generate a one-time password that passes the password rule");
}
