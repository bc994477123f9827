import type { Hono } from "hono";
import type * as v from "valibot";
import type { AppEnv } from "../context.ts";
import { documentAccess } from "./access-docs.ts";
import { pageQuery } from "./list.ts";
import { type ErrorStatus, problemDescriptions, problemResponse } from "./openapi.ts";
import { nameComponents } from "./openapi-components.ts";

/**
 * Finishes the generated OpenAPI document with what a route's own description does not say: who may
 * call each operation, the shared parameters (If-Match, Idempotency-Key, the page's limit and cursor),
 * every error as problem+json, named component schemas, and the tags' descriptions.
 */

type Json = Record<string, unknown>;
type Operation = Json & { parameters?: Json[]; responses?: Record<string, Json>; requestBody?: Json };
const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const PARAMETERS = "#/components/parameters/";

/** What each tag groups, shown beside it in the docs. */
export const TAG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "Sign-in": "Sessions for people: sign in and out, the current user, one's own password.",
  "Regional offices": "Kanwil: the provincial regional offices over the facilities.",
  Facilities: "Rutan, Lapas and LPKA: kind, class, place, capacity, head and contacts.",
  Population: "A facility's population counted on a day, with counts by domicile.",
  "Facility licences": "A facility's own licences (hygiene-sanitation, clinic, …) and their expiry.",
  Partners: "Local governments, agencies, training providers and certification bodies.",
  Areas: "Kemendagri area codes: provinces, regencies and cities, districts.",
  Engagements: "Visits and meetings with partners (audiensi, silaturahmi, koordinasi) and their outcomes.",
  "Follow-ups": "What was promised at an engagement: owner, due date, done or dropped.",
  Agreements:
    "MoU and PKS: drafting, signing (or recording one signed on paper), termination, renewal, addenda and action plans.",
  Documents:
    "Uploaded files (signed scans, addenda, evidence, licence scans): type read from the bytes, SHA-256, stored in the database, downloads audited.",
  Programs: "Training programs: track, field, provider, funding agreement and certification scheme.",
  Cohorts: "Runs of a program at a facility (angkatan): dates, capacity, eligibility, lifecycle.",
  Inmates: "Inmates (WBP): registration, NIK checks, legal status, domicile; personal data masked.",
  Enrollments: "An inmate in a cohort: attendance, assessment, completion or early end.",
  Certificates: "Competency certificates: issued for competent completions, revoked with a reason.",
  "Public certificate check": "Anyone may check a certificate by its verification code (the QR link).",
  Users: "People's accounts: role, scope, one-time passwords, disabling.",
  "API keys": "Keys for external systems (partners' and facilities'): scope, permissions, expiry.",
  "Audit log": "Who changed what and when, with the record before and after.",
  Statistics: "Aggregate counts, with small counts withheld.",
  Reports:
    "Monthly reports per facility, regional office and nation: immutable revisions in JSON, CSV, XLSX and PDF, and the worker's run log.",
  Alerts:
    "Agreements ending, follow-ups overdue, licences expiring and failed reports, for the people in scope.",
};

/** The bounds and default of an integer query parameter written as a string pipe (`limit`). */
function integerBounds(schema: v.GenericSchema): { minimum?: number; maximum?: number; default?: number } {
  const wrapped = (schema as unknown as { wrapped?: { pipe?: unknown[] }; default?: unknown }).wrapped;
  const out: { minimum?: number; maximum?: number; default?: number } = {};
  for (const action of wrapped?.pipe ?? []) {
    const a = action as { type?: string; requirement?: unknown };
    if (a.type === "min_value" && typeof a.requirement === "number") out.minimum = a.requirement;
    if (a.type === "max_value" && typeof a.requirement === "number") out.maximum = a.requirement;
  }
  const fallback = (schema as unknown as { default?: unknown }).default;
  if (fallback !== undefined) out.default = Number(fallback);
  return out;
}

/** The shared parameters, declared once under components.parameters. */
function sharedParameters(cursorSchema: Json): Record<string, Json> {
  return {
    IfMatch: {
      name: "If-Match",
      in: "header",
      required: true,
      description:
        'The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. ' +
        "Without it the write is refused with 428; if the resource changed since, with 412. Either way " +
        "nothing changes.",
      schema: { type: "string", minLength: 1, examples: ['"3"', "*"] },
    },
    IdempotencyKey: {
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with " +
        "the same body answers the first answer again (status, headers and body) without doing anything; " +
        "with another body it is 422; while the first is still running, 409.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    },
    Limit: {
      name: "limit",
      in: "query",
      required: false,
      description: "How many items a page holds at most.",
      schema: { type: "integer", ...integerBounds(pageQuery.limit as unknown as v.GenericSchema) },
    },
    Cursor: {
      name: "cursor",
      in: "query",
      required: false,
      description:
        "Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the " +
        "first page; keep the other parameters as they were.",
      schema: cursorSchema,
    },
  };
}

/** Descriptions of the parameters every route spells the same way. */
const PARAMETER_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "path id": "The id of the resource (a UUID).",
  "path itemId": "The id of the action item (a UUID).",
  "path code": "The certificate's verification code, as printed and in its QR link.",
  "path version": "The version number (1 for the agreement as first signed).",
  "query sort": "The order: a field name for ascending, `-` and the name for descending.",
  "query q": "Text to search for (1 to 100 characters, case-insensitive).",
  "query facilityId":
    "Only those of this facility. A facility the caller cannot see finds nothing, like an unknown id.",
  "query regionalOfficeId": "Only those under this regional office (Kanwil).",
  "query partnerId": "Only those with this partner as a party.",
  "query programId": "Only cohorts of this program.",
  "query cohortId": "Only enrollments in this cohort.",
  "query inmateId": "Only this inmate's enrollments.",
  "query engagementId": "Only the follow-ups promised at this engagement.",
  "query fundingAgreementId": "Only programs funded under this agreement.",
  "query providerPartnerId": "Only programs given by this partner.",
  "query issuerPartnerId": "Only certificates issued by this partner (the certification body).",
  "query parentId": "Only the child agencies of this partner (e.g. the Dinas of a Pemerintah Kota).",
  "query topLevel":
    "`true`: only partners with no parent agency above them, the register's top level; `parentId` lists what is below each.",
  "query renewsId": "Only the agreement that renews this one.",
  "query endBefore": "Only agreements ending before this date (exclusive).",
  "query endAfter": "Only agreements ending after this date (exclusive).",
  "query signedFrom": "Only agreements signed on or after this local day (the day on the paper).",
  "query signedTo": "Only agreements signed on or before this local day (the day on the paper).",
  "query purpose": "What the uploaded document is.",
  "query fileName": "The file's name, for a raw upload (a multipart part carries its own).",
  "query provinceCode": "Only those in this province (two-digit Kemendagri code, e.g. 33).",
  "query regencyCode": "Only those in this regency or city (Kemendagri code, e.g. 33.73).",
  "query domicileRegencyCode": "Only inmates whose domicile is this regency or city (e.g. 12.71).",
  "query areaCode": "Only those in this area or inside it (a province, regency or district code).",
  "query parent": "Only the areas directly under this one (its code).",
  "query level": "Only areas of this level.",
  "query kind": "Only those of this kind.",
  "query state": "Only those in this state of their lifecycle.",
  "query status": "Only those with this status.",
  "query type": "Only licences of this type.",
  "query track": "Only programs of this track.",
  "query field": "Only those in this cooperation field (a code such as `health`).",
  "query role": "Only users with this role.",
  "query legalStatus": "Only inmates with this legal status (detainee or convict).",
  "query overdue":
    "`true`: only those past their due date and still open, judged in the facility's time zone.",
  "query ownerName": "Only follow-ups owned by this person (exact name).",
  "query on": "The day the figures are counted on (default today).",
  "query from": "From this date (inclusive).",
  "query to": "Up to this date (inclusive).",
  "query actorId": "Only entries by this user or API key (its id).",
  "query resourceType": "Only entries about this kind of resource (e.g. `agreement`).",
  "query resourceId": "Only entries about this record (its id).",
  "query scopeKind": "Only reports of this kind of scope.",
  "query allRevisions": "`true`: every revision; by default only each scope and month's latest.",
  "query format": "The rendering: json (default), csv, xlsx or pdf; without it, the Accept header decides.",
  "query lang": "The labels' language: id (Indonesian, the default) or en (English).",
  "query unread": "`true`: only the alerts the caller has not marked read.",
};

/** Where a parameter means something more precise on one list than its shared description says. */
const OPERATION_PARAMETER_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "get /api/v1/cohorts query from":
    "Only cohorts still running on or after this date (ending on or after it).",
  "get /api/v1/cohorts query to": "Only cohorts started on or before this date.",
  "get /api/v1/audit-log query from": "Only entries at or after this instant.",
  "get /api/v1/audit-log query to": "Only entries before this instant (exclusive).",
  "get /api/v1/reports query from": "Only reports of this month or later (YYYY-MM).",
  "get /api/v1/reports query to": "Only reports of this month or earlier (YYYY-MM).",
  "get /api/v1/reports query facilityId": "Only the reports of this facility.",
  "get /api/v1/reports query regionalOfficeId": "Only the reports of this regional office itself.",
  "get /api/v1/engagements query from": "Only engagements held on or after this date.",
  "get /api/v1/engagements query to": "Only engagements held on or before this date.",
  "get /api/v1/statistics/residents query areaCode": "The domicile area counted (a province or a regency).",
  "post /api/v1/documents query facilityId":
    "The facility the document belongs to (default: the uploader's own); one outside the caller's scope is refused like an unknown id.",
  "post /api/v1/documents query regionalOfficeId":
    "The regional office the document belongs to (default: the uploader's own office, if any).",
};

/** Every operation of the document with its method. */
function operations(doc: Json): { method: string; path: string; op: Operation }[] {
  const out: { method: string; path: string; op: Operation }[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, unknown>>))
    for (const [method, op] of Object.entries(item)) if (isObject(op)) out.push({ method, path, op });
  return out;
}

/** Every error as problem+json; 428 beside 412 (If-Match required); 413 beside every request body. */
function documentErrors(doc: Json): void {
  for (const { op } of operations(doc)) {
    op.responses ??= {};
    const responses = op.responses;
    if (responses["412"] !== undefined) responses["428"] ??= problemResponse(428);
    if (op.requestBody !== undefined) responses["413"] ??= problemResponse(413);
    for (const [status, res] of Object.entries(responses)) {
      if (Number(status) < 400) continue;
      const known = problemDescriptions[Number(status) as ErrorStatus] as string | undefined;
      const description =
        typeof res.description === "string" && res.description !== "" ? res.description : known;
      responses[status] = problemResponse(Number(status) as ErrorStatus, description ?? "Error");
    }
  }
}

/** The shared parameters by reference; a description on every parameter routes spell alike. */
function documentParameters(doc: Json): void {
  let cursorSchema: Json = { type: "string" };
  for (const { op } of operations(doc))
    for (const p of op.parameters ?? [])
      if (p.in === "query" && p.name === "cursor" && isObject(p.schema)) cursorSchema = p.schema;
  doc.components ??= {};
  const components = doc.components as Json;
  components.parameters = {
    ...(components.parameters as Json | undefined),
    ...sharedParameters(cursorSchema),
  };
  for (const { method, path, op } of operations(doc)) {
    const parameters = (op.parameters ?? []).map((p) => {
      if (p.in === "query" && p.name === "limit") return { $ref: `${PARAMETERS}Limit` };
      if (p.in === "query" && p.name === "cursor") return { $ref: `${PARAMETERS}Cursor` };
      // A number parsed from the path's text is documented as the integer it is, not by the text's pattern.
      if (isObject(p.schema) && p.schema.type === "integer") delete p.schema.pattern;
      const key = `${String(p.in)} ${String(p.name)}`;
      const known =
        OPERATION_PARAMETER_DESCRIPTIONS[`${method} ${path} ${key}`] ?? PARAMETER_DESCRIPTIONS[key];
      return p.description === undefined && known !== undefined ? { ...p, description: known } : p;
    });
    if (op.responses?.["412"] !== undefined) parameters.push({ $ref: `${PARAMETERS}IfMatch` });
    if (method === "post") parameters.push({ $ref: `${PARAMETERS}IdempotencyKey` });
    if (parameters.length > 0) op.parameters = parameters;
  }
}

/** The top-level tags: every tag an operation uses, in order of first use, with its description. */
function documentTags(doc: Json): void {
  const used: string[] = [];
  for (const { op } of operations(doc))
    for (const tag of (op.tags as string[] | undefined) ?? []) if (!used.includes(tag)) used.push(tag);
  doc.tags = used.map((name) => ({
    name,
    ...(TAG_DESCRIPTIONS[name] === undefined ? {} : { description: TAG_DESCRIPTIONS[name] }),
  }));
}

/** The finished document (see the module comment). */
export async function finishDocument<T extends { paths?: object; components?: object }>(
  spec: T,
  app: Hono<AppEnv>,
): Promise<T> {
  const doc = documentAccess(spec, app) as unknown as Json;
  documentErrors(doc);
  documentParameters(doc);
  await nameComponents(doc);
  documentTags(doc);
  return doc as unknown as T;
}
