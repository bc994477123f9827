import type { Context } from "hono";
import { ProblemError, preconditionFailed } from "./problem.ts";

/** Strong ETag for a row revision. */
export const etagOf = (revision: number): string => `"${revision}"`;

/** Sets the ETag header for the entity being returned. */
export function setEtag(c: Context, revision: number): void {
  c.header("ETag", etagOf(revision));
}

/**
 * 428 for a write to an existing resource sent without If-Match (RFC 6585): an unconditional write
 * would silently overwrite whatever another caller changed since this one read the resource.
 */
export const preconditionRequired = (): ProblemError =>
  new ProblemError(428, "precondition-required", "This write needs an If-Match header", {
    detail: "Read the resource, then send its ETag in If-Match (or `*` to write whatever its revision).",
    errors: [{ field: "header.if-match", message: "is required: send the ETag you read" }],
  });

/**
 * Checks If-Match against the current revision: absent is 428 (the caller must say which revision it
 * read), `*` matches anything, otherwise one of the listed tags must equal the current one (else 412).
 * Called inside the write's transaction before anything is written, so a refusal changes nothing.
 */
export function checkIfMatch(c: Context, currentRevision: number): void {
  const header = c.req.header("if-match");
  if (header === undefined || header.trim() === "") throw preconditionRequired();
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
