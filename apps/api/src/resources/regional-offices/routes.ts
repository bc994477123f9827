import {
  findRegionalOffice,
  insertRegionalOffice,
  listRegionalOffices,
  updateRegionalOffice,
} from "@sinergi/db";
import {
  CreateRegionalOfficeSchema,
  IdSchema,
  ProvinceCodeSchema,
  RegionalOfficeSchema,
  UpdateRegionalOfficeSchema,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requireNationalScope, requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";

const tags = ["Regional offices"];
const IdParams = v.object({ id: IdSchema });
const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["name", "createdAt"], "name"),
  provinceCode: v.optional(ProvinceCodeSchema),
  q: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/** /regional-offices: Kanwil, the provincial offices over facilities. */
export function regionalOfficesRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/regional-offices",
    describeRoute({
      operationId: "listRegionalOffices",
      summary: "List regional offices",
      description:
        "The offices in the caller's scope: all for national, its own for a regional or facility scope " +
        "(a facility's Kanwil), and for a partner those its agreements name or sit under.",
      tags,
      responses: {
        200: jsonContent("A page of regional offices", listOf(RegionalOfficeSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("organisation:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      const page = await withCursor(() => listRegionalOffices(c.get("db"), { ...q, viewer: viewerOf(c) }));
      return c.json(page);
    },
  );

  r.get(
    "/regional-offices/:id",
    describeRoute({
      operationId: "getRegionalOffice",
      summary: "Read a regional office",
      tags,
      responses: {
        200: jsonContent("The regional office", RegionalOfficeSchema, true),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("organisation:read"),
    params(IdParams),
    async (c) => {
      const found = await findRegionalOffice(c.get("db"), c.req.valid("param").id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Regional office");
      setEtag(c, found.revision);
      return c.json(found);
    },
  );

  r.post(
    "/regional-offices",
    describeRoute({
      operationId: "createRegionalOffice",
      summary: "Create a regional office",
      tags,
      responses: {
        201: jsonContent("Created", RegionalOfficeSchema, true),
        ...errorResponses(400, 409, 422),
      },
    }),
    requirePermission("organisation:write"),
    requireNationalScope(),
    jsonBody(CreateRegionalOfficeSchema),
    async (c) => {
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const row = await insertRegionalOffice(trx, c.get("newId")(), c.req.valid("json"), c.get("now")());
          await audit(trx, c, {
            action: "create",
            resourceType: "regional_office",
            resourceId: row.id,
            before: null,
            after: row,
          });
          return row;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/regional-offices/${created.id}`);
      return c.json(created, 201);
    },
  );

  r.patch(
    "/regional-offices/:id",
    describeRoute({
      operationId: "updateRegionalOffice",
      summary: "Update a regional office",
      tags,
      responses: {
        200: jsonContent("Updated", RegionalOfficeSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("organisation:write"),
    requireNationalScope(),
    params(IdParams),
    jsonBody(UpdateRegionalOfficeSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await findRegionalOffice(trx, id, { forUpdate: true });
          if (!current) throw notFound("Regional office");
          checkIfMatch(c, current.revision);
          const after = await updateRegionalOffice(trx, id, patch, c.get("now")());
          await audit(trx, c, {
            action: "update",
            resourceType: "regional_office",
            resourceId: id,
            before: current,
            after,
          });
          return after;
        });
      setEtag(c, updated.revision);
      return c.json(updated);
    },
  );

  return r;
}
