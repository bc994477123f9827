import type { DomainError, DomainErrorCode } from "@sinergi/domain";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type Problem, ProblemError } from "./problem.ts";

/**
 * The one place where domain error codes become HTTP statuses: a record over every domain error code,
 * so a code added to a folder's `errors.ts` without a status here fails the type check. 409 when the
 * resource's state forbids the move, 422 when the request itself breaks a rule (413/415 for an upload
 * too large or of a type not accepted).
 */
const statusByCode: Record<DomainErrorCode, 409 | 413 | 415 | 422> = {
  // --- organisation (facilities, licences, population, partners) ---
  "licence/illegal-transition": 409,
  "licence/not-yet-expired": 409,
  "licence/invalid-dates": 422,
  "population/status-sum-mismatch": 422,
  "facility/class-not-of-kind": 422,
  "population/domicile-exceeds-total": 422,
  "partner/parent-cycle": 422,
  "partner/parent-kind": 422,
  // --- end organisation ---
  // --- engagement (engagements, follow-ups) ---
  "engagement/duplicate-partner": 422,
  "engagement/follow-up-before-engagement": 422,
  "follow-up/illegal-transition": 409,
  "follow-up/not-editable": 409,
  "follow-up/reason-required": 422,
  "follow-up/due-before-engagement": 422,
  // --- end engagement ---
  // --- agreement (agreements, action items) ---
  "agreement/illegal-transition": 409,
  "agreement/not-signable": 409,
  "agreement/not-editable": 409,
  "agreement/not-amendable": 409,
  "agreement/not-renewable": 409,
  "agreement/already-renewed": 409,
  "agreement/invalid-dates": 422,
  "agreement/invalid-parties": 422,
  "agreement/invalid-record-access": 422,
  "agreement/invalid-termination-date": 422,
  "action-item/illegal-transition": 409,
  "action-item/not-editable": 409,
  "action-item/not-realisable": 409,
  "agreement/invalid-signing-date": 422,
  "agreement/invalid-plan-change": 422,
  "action-item/not-adjustable": 409,
  // --- end agreement ---
  // --- documents ---
  "document/too-large": 413,
  "document/unsupported-type": 415,
  "document/empty": 422,
  // --- end documents ---
  // --- training (inmates, programs, cohorts) ---
  "inmate/nik-format": 422,
  "inmate/nik-area": 422,
  "inmate/nik-birth-date-mismatch": 422,
  "inmate/nik-sex-mismatch": 422,
  "inmate/invalid-dates": 422,
  "inmate/invalid-sentence": 422,
  "program/duplicate-competency-unit": 422,
  "program/scheme-level-required": 422,
  "cohort/illegal-transition": 409,
  "cohort/not-editable": 409,
  "cohort/invalid-dates": 422,
  "cohort/reason-required": 422,
  // --- end training ---
  // --- enrollment (enrollments, certificates) ---
  "enrollment/cohort-full": 409,
  "enrollment/cohort-not-open": 409,
  "enrollment/legal-status-not-eligible": 409,
  "enrollment/domicile-not-eligible": 409,
  "enrollment/sentence-too-short": 409,
  "enrollment/released-before-start": 409,
  "enrollment/sentence-not-served": 409,
  "enrollment/sentence-unknown": 409,
  "enrollment/overlapping-cohort": 409,
  "enrollment/already-enrolled": 409,
  "enrollment/illegal-transition": 409,
  "enrollment/cohort-not-running": 409,
  "enrollment/attendance-below-minimum": 409,
  "enrollment/assessment-required": 409,
  "enrollment/other-facility": 422,
  "enrollment/session-outside-cohort": 422,
  "enrollment/reason-required": 422,
  "enrollment/units-required": 422,
  "enrollment/unknown-unit": 422,
  "enrollment/result-required": 422,
  "enrollment/result-from-units": 422,
  "certificate/not-issuable": 409,
  "certificate/already-revoked": 409,
  // --- end enrollment ---
  // --- access (user accounts) ---
  "user/cannot-disable-self": 409,
  "user/cannot-change-own-access": 409,
  "user/cannot-reset-own-password": 409,
  "user/already-disabled": 409,
  "user/not-disabled": 409,
  "user/scope-misfit": 422,
  // --- end access ---
};

/** HTTP status for a domain error code. */
export const statusFor = (error: DomainError<DomainErrorCode>): ContentfulStatusCode =>
  statusByCode[error.code];

/** The `detail` sentence of a domain problem: plain words; the facts themselves go in `context`. */
function domainDetail(error: DomainError<DomainErrorCode>): string {
  const facts = error.detail === undefined ? "" : " `context` holds the facts the rule checked.";
  return statusFor(error) === 409
    ? `The record's current state does not allow this.${facts}`
    : `The request breaks a rule of the record.${facts}`;
}

/** Turns a domain error into the ProblemError the app renders as problem+json. */
export function domainProblem(error: DomainError<DomainErrorCode>): ProblemError {
  return new ProblemError(statusFor(error), error.code, error.message, {
    detail: domainDetail(error),
    ...(error.field === undefined ? {} : { errors: [{ field: error.field, message: error.message }] }),
    ...(error.detail === undefined ? {} : { context: error.detail }),
  });
}

/** Unwraps a domain Result or throws its error as a problem. */
export function unwrap<T>(
  result:
    | { readonly ok: true; readonly value: T }
    | { readonly ok: false; readonly error: DomainError<DomainErrorCode> },
): T {
  if (result.ok) return result.value;
  throw domainProblem(result.error);
}

/** What a PostgreSQL error (from pg or PGlite) tells besides its message, which may quote row values. */
interface DatabaseErrorFacts {
  readonly code: string;
  readonly constraint?: string;
  readonly column?: string;
  readonly table?: string;
  readonly detail?: string;
}

/** A PostgreSQL error: a five-character SQLSTATE in `code` (pg's and PGlite's errors look alike). */
function databaseError(e: unknown): DatabaseErrorFacts | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  const text = (key: string) => {
    const value = (e as Record<string, unknown>)[key];
    return typeof value === "string" ? { [key]: value } : {};
  };
  return { code, ...text("constraint"), ...text("column"), ...text("table"), ...text("detail") };
}

/** How a refused statement is answered: status, code, title, and the words for each field it names. */
interface DatabaseRefusal {
  readonly status: 409 | 422;
  readonly code: string;
  readonly title: string;
  readonly message: string;
}

/**
 * PostgreSQL errors that mean the request conflicts with stored data or carries a value a column cannot
 * hold: a client's mistake (4xx), never a server fault. Anything else stays a 500.
 */
const databaseRefusals: Record<string, DatabaseRefusal> = {
  "23505": {
    status: 409,
    code: "conflict/duplicate",
    title: "A record with the same unique value exists",
    message: "is already used by another record",
  },
  "23503": {
    status: 422,
    code: "validation/reference",
    title: "A referenced record does not exist",
    message: "refers to a record that does not exist",
  },
  "23514": {
    status: 422,
    code: "validation/constraint",
    title: "The values break a data rule",
    message: "breaks a data rule",
  },
  "23502": {
    status: 422,
    code: "validation/required",
    title: "A required value is missing",
    message: "is required",
  },
  "23P01": {
    status: 409,
    code: "conflict/overlap",
    title: "The values overlap another record",
    message: "overlaps another record",
  },
  "22P02": {
    status: 422,
    code: "validation/representation",
    title: "A value is not in the form its field needs",
    message: "is not in the form this field needs",
  },
  "22003": {
    status: 422,
    code: "validation/out-of-range",
    title: "A number is beyond what can be stored",
    message: "is beyond what can be stored",
  },
  "22001": {
    status: 422,
    code: "validation/too-long",
    title: "A text is longer than can be stored",
    message: "is longer than can be stored",
  },
  "22007": {
    status: 422,
    code: "validation/date",
    title: "A date or time is not valid",
    message: "must be a valid date or time",
  },
  "22008": {
    status: 422,
    code: "validation/date",
    title: "A date or time is not valid",
    message: "must be a valid date or time",
  },
  "22021": {
    status: 422,
    code: "validation/text",
    title: "A text holds characters that cannot be stored",
    message: "holds characters that cannot be stored",
  },
  "22P05": {
    status: 422,
    code: "validation/text",
    title: "A text holds characters that cannot be stored",
    message: "holds characters that cannot be stored",
  },
};

/** A deletion refused because other records still point at this one. */
const stillReferenced: DatabaseRefusal = {
  status: 409,
  code: "conflict/referenced",
  title: "Other records still refer to this one",
  message: "is still referred to by other records",
};

const camel = (column: string): string => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The input fields a constraint names, as the API spells them: the column of a not-null error, the key
 * columns of a unique or foreign key (`Key (facility_id, nik)=…`: the names only, the values after `=`
 * are never read), or the column in a `<table>_<column>_check` name. Empty when the rule spans the row.
 */
export function constraintFields(e: {
  readonly column?: string;
  readonly constraint?: string;
  readonly table?: string;
  readonly detail?: string;
}): string[] {
  if (e.column && /^[a-z][a-z0-9_]*$/.test(e.column)) return [camel(e.column)];
  const key = /^Key \(([a-z][a-z0-9_]*(?:, [a-z][a-z0-9_]*)*)\)=/.exec(e.detail ?? "");
  if (key?.[1]) return key[1].split(", ").map(camel);
  if (e.constraint && e.table) {
    const named = new RegExp(`^${escapeRegExp(e.table)}_([a-z][a-z0-9_]*?)_(?:check|key|fkey)\\d*$`).exec(
      e.constraint,
    );
    if (named?.[1]) return [camel(named[1])];
  }
  return [];
}

/** The problem for a refused database statement, or undefined when the error is a server fault. */
export function databaseProblem(e: unknown): Problem | undefined {
  const facts = databaseError(e);
  if (!facts) return undefined;
  const known = databaseRefusals[facts.code];
  if (!known) return undefined;
  const refusal =
    facts.code === "23503" && /still referenced/.test(facts.detail ?? "") ? stillReferenced : known;
  // A deletion's key is the record itself, not an input field.
  const fields = refusal === stillReferenced ? [] : constraintFields(facts);
  return {
    type: `urn:sinergi:problem:${refusal.code}`,
    title: refusal.title,
    status: refusal.status,
    code: refusal.code,
    detail:
      fields.length > 1
        ? "Together these values break the rule; `errors` names each field."
        : fields.length === 1
          ? "`errors` names the field."
          : "The stored data does not allow this change.",
    ...(fields.length === 0 ? {} : { errors: fields.map((field) => ({ field, message: refusal.message })) }),
    // Constraint names only, never the row values (which may hold personal data).
    ...(facts.constraint ? { context: { constraint: facts.constraint } } : {}),
  };
}

/** An HTTP-level refusal from Hono (malformed JSON, a bad mount path): fixed words, never its message. */
function httpProblem(e: HTTPException): Problem {
  const malformed = e.status === 400 && /json/i.test(e.message);
  return {
    type: `urn:sinergi:problem:${malformed ? "malformed-json" : "http"}`,
    title: malformed ? "The request body is not valid JSON" : "The request was refused",
    status: e.status,
    code: malformed ? "malformed-json" : "http",
    ...(malformed ? { errors: [{ field: "(body)", message: "is not valid JSON" }] } : {}),
  };
}

/**
 * The one place any error becomes a problem document: a ProblemError as it says, a domain-level
 * database refusal as 409/422 naming the field, anything else a 500 that says only the request id.
 */
export function toProblem(e: unknown, requestId: string): Problem {
  if (e instanceof ProblemError) return e.toProblem();
  if (e instanceof HTTPException) return httpProblem(e);
  const refused = databaseProblem(e);
  if (refused) return refused;
  return {
    type: "urn:sinergi:problem:internal",
    title: "Internal error",
    status: 500,
    code: "internal",
    detail: `Quote request id ${requestId} when reporting this.`,
  };
}
