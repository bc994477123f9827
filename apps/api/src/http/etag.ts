import type { Context } from "hono";
import { ProblemError, preconditionFailed } from "./problem.ts";

/** Strong ETag for a row revision. */
export const etagOf = (revision: number): string => `"${revision}"`;

/** Sets the ETag header for the entity being returned. */
export function setEtag(c: Context, revision: number): void {
  c.header("ETag", etagOf(revision));
}

/**
 * Checks If-Match against the current revision: absent means "no precondition" (the write goes
 * ahead), `*` matches anything, otherwise one of the listed tags must equal the current one.
 */
export function checkIfMatch(c: Context, currentRevision: number): void {
  const header = c.req.header("if-match");
  if (header === undefined) return;
  const tags = header.split(",").map((t) => t.trim());
  if (tags.includes("*")) return;
  const current = etagOf(currentRevision);
  // Weak comparison is not allowed for If-Match (RFC 9110 13.1.1): W/ tags never match.
  if (!tags.includes(current)) throw preconditionFailed();
}

/** Rejects a malformed If-Match early so a typo cannot pass as "no precondition". */
export function assertIfMatchWellFormed(c: Context): void {
  const header = c.req.header("if-match");
  if (header === undefined || header.trim() === "*") return;
  const ok = header.split(",").every((t) => /^\s*(W\/)?"[^"]*"\s*$/.test(t));
  if (!ok)
    throw new ProblemError(400, "validation", "If-Match is malformed", {
      errors: [{ field: "header.if-match", message: 'must be an entity tag such as "3"' }],
    });
}
