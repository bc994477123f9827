import { listAudit } from "@sinergi/db";
import { described, describedPicklist, IsoInstantSchema, integerSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { query } from "../../http/validate.ts";

const AuditEntrySchema = v.object(
  described(
    {
      id: integerSchema(1, Number.MAX_SAFE_INTEGER),
      at: IsoInstantSchema,
      actorId: v.string(),
      actorKind: describedPicklist(["user", "api_key", "system", "anonymous"], {
        user: "A person, signed in.",
        api_key: "An external system, by its API key.",
        system: "Sinergi itself (the worker, the first start).",
        anonymous: "No one signed in (a failed sign-in).",
      }),
      action: v.string(),
      resourceType: v.string(),
      resourceId: v.nullable(v.string()),
      before: v.unknown(),
      after: v.unknown(),
      requestId: v.nullable(v.string()),
      facilityId: v.nullable(v.string()),
      regionalOfficeId: v.nullable(v.string()),
    },
    {
      id: "The entry's number, increasing with time.",
      at: "When it happened (ISO 8601 instant).",
      actorId: "Who did it: a user's or API key's id, `system` or `anonymous`.",
      actorKind: "What kind of actor it was.",
      action: "What was done, e.g. create, update, delete, move:sign, read-personal-data, export, sign-in.",
      resourceType: "The kind of record, e.g. agreement or inmate.",
      resourceId: "The record's id; null when there is none.",
      before: "The record before the change (personal data masked); null for a creation.",
      after: "The record after the change (personal data masked); null for a deletion.",
      requestId: "The id of the request that made the change (its X-Request-Id).",
      facilityId: "The facility the record belongs to, for scoping the log; null when none.",
      regionalOfficeId: "The regional office the record belongs to, for scoping the log; null when none.",
    },
  ),
);

/** /audit-log: who changed or read what, newest first (admins only, each within their scope). */
export function auditLogRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get(
    "/audit-log",
    describeRoute({
      operationId: "listAuditLog",
      summary: "Read the audit log with filters by actor, resource and time",
      description:
        "Regional and facility admins read the entries that happened in their scope: about a resource of " +
        "their facilities (or office), or made by someone of theirs on shared data such as partners.",
      tags: ["Audit log"],
      responses: {
        200: jsonContent("A page of audit entries", listOf(AuditEntrySchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("audit:read"),
    query(
      v.strictObject({
        ...pageQuery,
        actorId: v.optional(v.pipe(v.string(), v.maxLength(100))),
        resourceType: v.optional(v.pipe(v.string(), v.maxLength(100))),
        resourceId: v.optional(v.pipe(v.string(), v.maxLength(100))),
        from: v.optional(IsoInstantSchema),
        to: v.optional(IsoInstantSchema),
      }),
    ),
    async (c) => {
      const scope = c.get("principal")?.scope;
      const page = await withCursor(() => listAudit(c.get("db"), { ...c.req.valid("query"), scope }));
      return c.json(page);
    },
  );
  return r;
}
