import type { DomainError, DomainErrorCode } from "@sinergi/domain";
import { statusFor } from "../../http/error-map.ts";
import { type FieldProblem, ProblemError } from "../../http/problem.ts";

/** One refused item of a bulk request: where it is, which field, why. */
export interface ItemRefusal {
  readonly index: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
  readonly status: 409 | 422;
}

/** A refusal from a domain rule, placed under the item (`<list>.<index>.<field>`). */
export function domainRefusal(
  list: string,
  index: number,
  error: DomainError<DomainErrorCode>,
  fallbackField: string,
): ItemRefusal {
  const field = error.field ?? fallbackField;
  return {
    index,
    field: field === "" ? `${list}.${index}` : `${list}.${index}.${field}`,
    code: error.code,
    message: error.message,
    status: statusFor(error) as 409 | 422,
  };
}

/** An item naming a record that does not exist, or not where the caller may see it (the same words). */
export const referenceRefusal = (list: string, index: number, field: string, what: string): ItemRefusal => ({
  index,
  field: `${list}.${index}${field === "" ? "" : `.${field}`}`,
  code: "validation/reference",
  message: `no such ${what}`,
  status: 422,
});

/**
 * An item whose record changed since the revision the caller sent. A conflict (409) rather than a failed
 * If-Match (412): a batch writes to many records, so its preconditions travel in the items, not a header.
 */
export const staleRefusal = (list: string, index: number): ItemRefusal => ({
  index,
  field: `${list}.${index}.revision`,
  code: "stale-revision",
  message: "the enrollment has changed since you read it",
  status: 409,
});

/**
 * The problem for a batch with refused items: nothing was written, and `errors` lists each refused item
 * (index, field, code, plain words). 409 when every refusal is a state the records are in (or a stale
 * revision), 422 otherwise.
 */
export function batchRefused(refusals: readonly ItemRefusal[]): ProblemError {
  const all = (status: number) => refusals.every((r) => r.status === status);
  const status = all(409) ? 409 : 422;
  const errors: FieldProblem[] = refusals.map(({ index, field, code, message }) => ({
    field,
    message,
    code,
    index,
  }));
  return new ProblemError(status, "batch/refused", "Items of the batch were refused; nothing was written", {
    detail: `${refusals.length} item(s) refused; \`errors\` names each one. Fix or leave them out and send again.`,
    errors,
  });
}
