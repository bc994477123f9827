import { listAudit } from "@sinergi/db";
import { IsoInstantSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { query } from "../../http/validate.ts";

const AuditEntrySchema = v.object({
  id: v.number(),
  at: IsoInstantSchema,
  actorId: v.string(),
  actorKind: v.picklist(["user", "api_key", "system", "anonymous"]),
  action: v.string(),
  resourceType: v.string(),
  resourceId: v.nullable(v.string()),
  before: v.unknown(),
  after: v.unknown(),
  requestId: v.nullable(v.string()),
  facilityId: v.nullable(v.string()),
  regionalOfficeId: v.nullable(v.string()),
});

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
