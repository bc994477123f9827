import { findApiKey, insertApiKey, listApiKeys, revokeApiKey, scopeGrantable } from "@sinergi/db";
import {
  described,
  IdSchema,
  IsoInstantSchema,
  PermissionSchema,
  RECORD_FIELDS,
  RevisionSchema,
  RoleSchema,
  roleFitsScope,
  rolePermissions,
  ScopeSchema,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import { newSecret } from "../../access/secrets.ts";
import type { AppEnv } from "../../context.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { withholdFromReplay } from "../../http/idempotency.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";

const tags = ["API keys"];
const IdParams = v.object({ id: IdSchema });

/** An API key as listed (the secret itself is never shown again). */
const FIELDS = {
  ...RECORD_FIELDS,
  name: "What the key is for, e.g. Dasbor laporan Pemko Medan.",
  prefix: "The key's first characters, to tell keys apart (the rest is never shown again).",
  role: "The role the key acts with; partner_system for a partner's system.",
  scope: "Where the key may act: a partner (and its child agencies), a facility or a regional office.",
  permissions: "What the key may do: a subset of its role's permissions.",
  expiresAt: "When the key stops working; null for never.",
  lastUsedAt: "When the key was last used; null if never.",
  revokedAt: "When the key was revoked; null while in use.",
  createdBy: "The id of the user who made it.",
  key: "The secret key, to send as `Authorization: Bearer <key>`: shown in this response only.",
} as const;

/** An API key as listed (the secret itself is never shown again). */
export const ApiKeySchema = v.object(
  described(
    {
      id: IdSchema,
      name: v.string(),
      prefix: v.string(),
      role: RoleSchema,
      scope: ScopeSchema,
      permissions: v.array(PermissionSchema),
      expiresAt: v.nullable(IsoInstantSchema),
      lastUsedAt: v.nullable(IsoInstantSchema),
      revokedAt: v.nullable(IsoInstantSchema),
      createdBy: v.string(),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
const CreatedApiKeySchema = v.object(described({ ...ApiKeySchema.entries, key: v.string() }, FIELDS));
const CreateApiKeySchema = v.strictObject(
  described(
    {
      name: v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(200)),
      role: v.optional(RoleSchema, "partner_system"),
      scope: ScopeSchema,
      permissions: v.pipe(v.array(PermissionSchema), v.minLength(1, "must name at least one permission")),
      expiresAt: v.optional(v.nullable(IsoInstantSchema), null),
    },
    FIELDS,
  ),
);

/** /api-keys: keys for external systems, created and revoked by admins. */
export function apiKeysRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/api-keys",
    describeRoute({
      operationId: "listApiKeys",
      summary: "List API keys (never the secrets)",
      tags,
      responses: { 200: jsonContent("A page of keys", listOf(ApiKeySchema)), ...errorResponses(400) },
    }),
    requirePermission("api-keys:manage"),
    query(v.strictObject(pageQuery)),
    async (c) => {
      // Filtered in SQL, so pages stay full and cursors never point outside the scope.
      const viewer = viewerOf(c);
      return c.json(await withCursor(() => listApiKeys(c.get("db"), { ...c.req.valid("query"), viewer })));
    },
  );

  r.get(
    "/api-keys/:id",
    describeRoute({
      operationId: "getApiKey",
      summary: "Read an API key (never the secret): its scope, permissions, expiry and last use",
      tags,
      responses: { 200: jsonContent("The key", ApiKeySchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("api-keys:manage"),
    params(IdParams),
    async (c) => {
      const db = c.get("db");
      const key = await findApiKey(db, c.req.valid("param").id, { viewer: viewerOf(c) });
      if (!key) throw notFound("API key");
      setEtag(c, key.revision);
      return c.json(key);
    },
  );

  r.post(
    "/api-keys",
    describeRoute({
      operationId: "createApiKey",
      summary: "Create an API key; the response shows the key once",
      tags,
      responses: {
        201: jsonContent("Created; `key` is shown only now", CreatedApiKeySchema, true),
        ...errorResponses(400, 422),
      },
    }),
    requirePermission("api-keys:manage"),
    jsonBody(CreateApiKeySchema),
    async (c) => {
      const input = c.req.valid("json");
      const db = c.get("db");
      const principal = c.get("principal")!;
      if (!roleFitsScope(input.role, input.scope))
        throw new ProblemError(422, "validation", "The scope does not fit the role", {
          errors: [{ field: "scope.kind", message: `does not fit role ${input.role}` }],
        });
      const beyond = input.permissions.filter((p) => !rolePermissions(input.role).has(p));
      if (beyond.length > 0)
        throw new ProblemError(422, "validation", "The role does not allow these permissions", {
          errors: [{ field: "permissions", message: `not allowed for ${input.role}: ${beyond.join(", ")}` }],
        });
      if (input.role === "national_admin" || !(await scopeGrantable(db, principal.scope, input.scope)))
        throw new ProblemError(422, "validation", "The scope is unknown or outside yours", {
          errors: [{ field: "scope", message: "is unknown or outside your own scope" }],
        });
      const now = c.get("now")();
      if (input.expiresAt !== null && input.expiresAt <= now)
        throw new ProblemError(422, "validation", "The expiry is in the past", {
          errors: [{ field: "expiresAt", message: "must be in the future" }],
        });
      const { secret, hash, lookupPrefix } = newSecret("snk");
      const created = await db.transaction().execute(async (trx) => {
        const key = await insertApiKey(
          trx,
          {
            id: c.get("newId")(),
            name: input.name,
            prefix: lookupPrefix,
            keyHash: hash,
            role: input.role,
            scope: input.scope,
            permissions: input.permissions,
            expiresAt: input.expiresAt,
            createdBy: principal.id,
          },
          now,
        );
        await audit(trx, c, {
          action: "create",
          resourceType: "api_key",
          resourceId: key.id,
          before: null,
          after: key,
        });
        return key;
      });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/api-keys/${created.id}`);
      withholdFromReplay(c);
      return c.json({ ...created, key: secret }, 201);
    },
  );

  r.post(
    "/api-keys/:id/revoke",
    describeRoute({
      operationId: "revokeApiKey",
      summary: "Revoke an API key (it answers 401 from now on)",
      tags,
      responses: { 200: jsonContent("Revoked", ApiKeySchema, true), ...errorResponses(400, 404, 409, 412) },
    }),
    requirePermission("api-keys:manage"),
    params(IdParams),
    async (c) => {
      const { id } = c.req.valid("param");
      const now = c.get("now")();
      const revoked = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const before = await findApiKey(trx, id, { forUpdate: true, viewer: viewerOf(c) });
          if (!before) throw notFound("API key");
          checkIfMatch(c, before.revision);
          if (before.revokedAt !== null)
            throw new ProblemError(409, "api-key/already-revoked", "The key is already revoked");
          const after = await revokeApiKey(trx, id, now);
          await audit(trx, c, {
            action: "move:revoke",
            resourceType: "api_key",
            resourceId: id,
            before,
            after,
          });
          return after;
        });
      setEtag(c, revoked.revision);
      return c.json(revoked);
    },
  );

  return r;
}
