import { listAreas } from "@sinergi/db";
import { AreaCodeSchema, described, describedPicklist } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { query } from "../../http/validate.ts";

const AREA_LEVELS = ["province", "regency", "district"] as const;
const AreaLevelSchema = describedPicklist(
  AREA_LEVELS,
  {
    province: "A province, e.g. 33 (Jawa Tengah).",
    regency: "A regency (kabupaten) or city (kota), e.g. 33.73 (Kota Salatiga).",
    district: "A district (kecamatan), e.g. 33.73.01.",
  },
  "must be province, regency or district",
);

const ListQuery = v.strictObject({
  ...pageQuery,
  level: v.optional(AreaLevelSchema),
  parent: v.optional(AreaCodeSchema),
  q: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/** An official Kemendagri area as the API returns it. */
const AreaSchema = v.object(
  described(
    {
      code: AreaCodeSchema,
      level: AreaLevelSchema,
      name: v.string(),
      parentCode: v.nullable(v.string()),
    },
    {
      code: "The official Kemendagri code.",
      level: "Province, regency or city, or district.",
      name: "The official name, e.g. Kota Salatiga.",
      parentCode: "The code of the area it lies in; null for a province.",
    },
  ),
);

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
