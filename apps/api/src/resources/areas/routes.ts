import { listAreas } from "@sinergi/db";
import { AreaCodeSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { query } from "../../http/validate.ts";

const AREA_LEVELS = ["province", "regency", "district"] as const;

const ListQuery = v.strictObject({
  ...pageQuery,
  level: v.optional(v.picklist(AREA_LEVELS, "must be province, regency or district")),
  parent: v.optional(AreaCodeSchema),
  q: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/** An official Kemendagri area as the API returns it. */
const AreaSchema = v.object({
  code: AreaCodeSchema,
  level: v.picklist(AREA_LEVELS),
  name: v.string(),
  parentCode: v.nullable(v.string()),
});

/** /areas: the official Kemendagri provinces, regencies/cities and districts (read-only reference data). */
export function areasRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/areas",
    describeRoute({
      operationId: "listAreas",
      summary: "List official areas",
      description:
        "Ordered by code. `level` keeps one level, `parent` the children of one area (e.g. `parent=81` for " +
        "Maluku's regencies), `q` searches names case-insensitively.",
      tags: ["Areas"],
      responses: { 200: jsonContent("A page of areas", listOf(AreaSchema)), ...errorResponses(400) },
    }),
    requirePermission("organisation:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await withCursor(() => listAreas(c.get("db"), q)));
    },
  );

  return r;
}
