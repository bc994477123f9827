/** Outcome of a domain move: a value, or a typed error; domain code never throws for a rule. */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a successful value. */
export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

/** Wraps a failure. */
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

/** A rule violation: a namespaced code (`agreement/not-signable`), a message, and the field at fault if any. */
export interface DomainError<C extends string = string> {
  readonly code: C;
  readonly message: string;
  /** Dotted path of the offending input field, e.g. `signatories.0.name`. */
  readonly field?: string;
  /** Extra detail safe to show a client (never personal data). */
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** Builds a DomainError without optional keys set to undefined (exactOptionalPropertyTypes). */
export function domainError<C extends string>(
  code: C,
  message: string,
  extra: { field?: string | undefined; detail?: Readonly<Record<string, unknown>> | undefined } = {},
): DomainError<C> {
  return {
    code,
    message,
    ...(extra.field === undefined ? {} : { field: extra.field }),
    ...(extra.detail === undefined ? {} : { detail: extra.detail }),
  };
}

/** Exhaustiveness guard for `switch` statements over unions. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
