import * as v from "valibot";

// valibot's default messages quote what was received (`Expected Array but received "3373011505900001"`),
// which would put a NIK or a birth date into an error document. Every issue type gets a plain message
// here instead, configured once for the whole process; schemas may still give their own (static) words.

/** The parts of a valibot (or Standard Schema) issue a plain message may use: never its input's text. */
export interface IssueFacts {
  readonly kind?: string | undefined;
  readonly type?: string | undefined;
  readonly input?: unknown;
  readonly expected?: string | null | undefined;
  readonly requirement?: unknown;
}

/** `("a" | "b")` → `a, b`: the options a schema lists (its own constants, never the input). */
function options(expected: string | null | undefined): string {
  if (!expected) return "";
  return expected
    .replace(/^\(|\)$/g, "")
    .split(" | ")
    .map((o) => o.replace(/^"|"$/g, ""))
    .join(", ");
}

/** A bound a rule sets (a number, a date, a length): shown as the rule states it. */
function bound(requirement: unknown): string {
  if (requirement instanceof Date) return requirement.toISOString();
  if (typeof requirement === "number" || typeof requirement === "bigint") return String(requirement);
  return "the limit";
}

/** What a length counts for this input: characters of text, items of a list, entries of an object. */
function unit(input: unknown): string {
  if (typeof input === "string") return "characters";
  if (Array.isArray(input)) return "items";
  if (input instanceof Blob) return "bytes";
  return "entries";
}

const isObjectType = (type: string) =>
  ["object", "loose_object", "strict_object", "object_with_rest", "record"].includes(type);

type Plain = (issue: IssueFacts) => string;

/** Plain words for each schema issue (the value has the wrong type or shape). */
const schemaMessages: Record<string, Plain> = {
  any: () => "is not valid",
  array: () => "must be a list",
  bigint: () => "must be a whole number",
  blob: () => "must be a file",
  boolean: () => "must be true or false",
  custom: () => "is not valid",
  date: () => "must be a date",
  enum: (i) => `must be one of: ${options(i.expected)}`,
  exact_optional: () => "is not valid",
  file: () => "must be a file",
  function: () => "has the wrong type",
  instance: () => "has the wrong type",
  intersect: () => "does not match every rule for this field",
  lazy: () => "is not valid",
  literal: (i) => `must be ${options(i.expected)}`,
  loose_object: () => "must be an object",
  loose_tuple: () => "must be a list",
  map: () => "has the wrong type",
  nan: () => "must be NaN",
  never: () => "is not allowed here",
  non_nullable: () => "must not be null",
  non_nullish: () => "is required",
  non_optional: () => "is required",
  null: () => "must be null",
  nullable: () => "is not valid",
  nullish: () => "is not valid",
  number: () => "must be a number",
  object: () => "must be an object",
  object_with_rest: () => "must be an object",
  optional: () => "is not valid",
  picklist: (i) => `must be one of: ${options(i.expected)}`,
  promise: () => "has the wrong type",
  record: () => "must be an object",
  set: () => "has the wrong type",
  strict_object: () => "must be an object",
  strict_tuple: () => "must be a list",
  string: () => "must be text",
  symbol: () => "has the wrong type",
  tuple: () => "must be a list",
  tuple_with_rest: () => "must be a list",
  undefined: () => "must be left out",
  union: () => "does not match any of the allowed forms",
  unknown: () => "is not valid",
  variant: (i) => `must be one of: ${options(i.expected)}`,
  void: () => "must be left out",
};

/** Plain words for each validation issue (the value has the right type but breaks a rule). */
const validationMessages: Record<string, Plain> = {
  base64: () => "must be Base64 text",
  bic: () => "must be a BIC",
  bytes: (i) => `must be exactly ${bound(i.requirement)} bytes`,
  check: () => "is not valid",
  check_items: () => "has an item that is not valid",
  code_points: (i) => `must be exactly ${bound(i.requirement)} characters`,
  credit_card: () => "must be a card number",
  cuid2: () => "must be an identifier",
  decimal: () => "must contain only digits",
  digits: () => "must contain only digits",
  domain: () => "must be a domain name",
  email: () => "must be an email address",
  emoji: () => "must contain only emoji",
  empty: () => "must be empty",
  ends_with: () => "does not end as required",
  entries: (i) => `must have exactly ${bound(i.requirement)} entries`,
  every_item: () => "has an item that is not valid",
  excludes: () => "contains something not allowed",
  finite: () => "must be a finite number",
  graphemes: (i) => `must be exactly ${bound(i.requirement)} characters`,
  gt_value: (i) => `must be more than ${bound(i.requirement)}`,
  hash: () => "must be a hash",
  hex_color: () => "must be a hex colour",
  hexadecimal: () => "must be hexadecimal",
  imei: () => "must be an IMEI number",
  includes: () => "lacks something required",
  integer: () => "must be a whole number",
  ip: () => "must be an IP address",
  ipv4: () => "must be an IPv4 address",
  ipv6: () => "must be an IPv6 address",
  isbn: () => "must be an ISBN",
  iso_date: () => "must be a date in YYYY-MM-DD form",
  iso_date_time: () => "must be a date and time in YYYY-MM-DDThh:mm form",
  iso_date_time_second: () => "must be a date and time in YYYY-MM-DDThh:mm:ss form",
  iso_time: () => "must be a time in hh:mm form",
  iso_time_second: () => "must be a time in hh:mm:ss form",
  iso_timestamp: () => "must be an ISO 8601 timestamp",
  iso_week: () => "must be a week in YYYY-Www form",
  isrc: () => "must be an ISRC",
  jws_compact: () => "must be a compact JWS",
  ksuid: () => "must be an identifier",
  length: (i) => `must be exactly ${bound(i.requirement)} ${unit(i.input)}`,
  lt_value: (i) => `must be less than ${bound(i.requirement)}`,
  mac: () => "must be a MAC address",
  mac48: () => "must be a MAC address",
  mac64: () => "must be a MAC address",
  max_bytes: (i) => `must be at most ${bound(i.requirement)} bytes`,
  max_code_points: (i) => `must be at most ${bound(i.requirement)} characters`,
  max_entries: (i) => `must have at most ${bound(i.requirement)} entries`,
  max_graphemes: (i) => `must be at most ${bound(i.requirement)} characters`,
  max_length: (i) => `must be at most ${bound(i.requirement)} ${unit(i.input)}`,
  max_size: (i) => `must be at most ${bound(i.requirement)} ${unit(i.input)}`,
  max_value: (i) => `must be at most ${bound(i.requirement)}`,
  max_words: (i) => `must be at most ${bound(i.requirement)} words`,
  mime_type: () => "must be an allowed file type",
  min_bytes: (i) => `must be at least ${bound(i.requirement)} bytes`,
  min_code_points: (i) => `must be at least ${bound(i.requirement)} characters`,
  min_entries: (i) => `must have at least ${bound(i.requirement)} entries`,
  min_graphemes: (i) => `must be at least ${bound(i.requirement)} characters`,
  min_length: (i) => `must be at least ${bound(i.requirement)} ${unit(i.input)}`,
  min_size: (i) => `must be at least ${bound(i.requirement)} ${unit(i.input)}`,
  min_value: (i) => `must be at least ${bound(i.requirement)}`,
  min_words: (i) => `must be at least ${bound(i.requirement)} words`,
  multiple_of: (i) => `must be a multiple of ${bound(i.requirement)}`,
  nanoid: () => "must be an identifier",
  non_empty: () => "must not be empty",
  not_bytes: (i) => `must not be ${bound(i.requirement)} bytes`,
  not_code_points: (i) => `must not be ${bound(i.requirement)} characters`,
  not_entries: (i) => `must not have ${bound(i.requirement)} entries`,
  not_graphemes: (i) => `must not be ${bound(i.requirement)} characters`,
  not_length: (i) => `must not be ${bound(i.requirement)} ${unit(i.input)}`,
  not_size: (i) => `must not be ${bound(i.requirement)} ${unit(i.input)}`,
  not_value: (i) => `must not be ${bound(i.requirement)}`,
  not_values: () => "is one of the values not allowed",
  not_words: (i) => `must not be ${bound(i.requirement)} words`,
  octal: () => "must be octal",
  partial_check: () => "is not valid",
  raw_check: () => "is not valid",
  regex: () => "is not in the expected form",
  rfc_email: () => "must be an email address",
  safe_integer: () => "must be a whole number within the safe range",
  size: (i) => `must be exactly ${bound(i.requirement)} ${unit(i.input)}`,
  slug: () => "must be a slug (lower-case letters, digits and dashes)",
  some_item: () => "has no item that is valid",
  starts_with: () => "does not start as required",
  ulid: () => "must be an identifier",
  url: () => "must be a URL",
  uuid: () => "must be a UUID",
  value: (i) => `must be ${bound(i.requirement)}`,
  values: () => "is not one of the allowed values",
  words: (i) => `must be exactly ${bound(i.requirement)} words`,
};

/** Plain words for each transformation issue (a value could not be converted). */
const transformationMessages: Record<string, Plain> = {
  guard: () => "is not valid",
  parse_boolean: () => "must be true or false",
  parse_json: () => "must be valid JSON",
  raw_transform: () => "is not valid",
  stringify_json: () => "could not be converted to JSON",
  to_bigint: () => "must be a whole number",
  to_date: () => "must be a date",
  to_number: () => "must be a number",
  to_string: () => "must be text",
};

/** Every issue type valibot reports that has its own plain message. */
export const PLAIN_MESSAGE_TYPES: readonly string[] = [
  ...Object.keys(schemaMessages),
  ...Object.keys(validationMessages),
  ...Object.keys(transformationMessages),
];

/**
 * The plain message for an issue: what the field must be, in words, never what was received.
 * A key the schema does not know reads "is not a known field"; a missing value "is required".
 */
export function plainMessage(issue: IssueFacts): string {
  const type = issue.type ?? "";
  if (issue.kind === "schema" || issue.kind === undefined) {
    if (type === "strict_object" && issue.expected === "never") return "is not a known field";
    if (type === "strict_tuple" && issue.expected === "never") return "has more items than allowed";
    if (isObjectType(type) && issue.input === undefined) return "is required";
    if (issue.input === undefined && type !== "undefined" && type !== "void") return "is required";
    const schema = schemaMessages[type];
    if (schema) return schema(issue);
  }
  const specific = issue.kind === "transformation" ? transformationMessages[type] : validationMessages[type];
  return (specific ?? schemaMessages[type])?.(issue) ?? "is not valid";
}

/** True for a message valibot wrote itself (`Invalid type: Expected … but received …`). */
export const isValibotDefault = (message: string): boolean =>
  /^Invalid [\w ]+: (Expected|Received) /.test(message);

let configured = false;
/** Makes `plainMessage` valibot's message for every issue without one of its own (once per process). */
export function usePlainMessages(): void {
  if (configured) return;
  v.setGlobalMessage((issue) => plainMessage(issue));
  configured = true;
}

usePlainMessages();
