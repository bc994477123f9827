import { insertPopulationSnapshot, listPopulationSnapshots } from "@sinergi/db";
import {
  CreatePopulationSnapshotSchema,
  checkPopulation,
  IsoDateSchema,
  PopulationSnapshotSchema,
} from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { ProblemError } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { areaProblems } from "../areas/check.ts";
import { IdParams, visibleFacility } from "./shared.ts";

const tags = ["Population"];
const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["takenOn"], "-takenOn"),
  from: v.optional(IsoDateSchema),
  to: v.optional(IsoDateSchema),
});

/** /facilities/{id}/population-snapshots: the facility's head counts by date, status and domicile. */
export function populationRoutes(r: Hono<AppEnv>): void {
  r.get(
    "/facilities/:id/population-snapshots",
    describeRoute({
      operationId: "listPopulationSnapshots",
      summary: "List a facility's population snapshots",
      description: "Newest first by default; `from`/`to` bound `takenOn` inclusively.",
      tags,
      responses: {
        200: jsonContent("A page of snapshots", listOf(PopulationSnapshotSchema)),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("organisation:read"),
    params(IdParams),
    query(ListQuery),
    async (c) => {
      const db = c.get("db");
      const facility = await visibleFacility(c, db, c.req.valid("param").id);
      const q = c.req.valid("query");
      return c.json(
        await withCursor(() =>
          listPopulationSnapshots(db, {
            ...q,
            sort: { field: "takenOn", direction: q.sort.direction },
            facilityId: facility.id,
          }),
        ),
      );
    },
  );

  r.post(
    "/facilities/:id/population-snapshots",
    describeRoute({
      operationId: "createPopulationSnapshot",
      summary: "Record a facility's population on a date",
      description:
        "detainees + convicts must equal total; both may be left out (or null) when the report gives " +
        "totals and domicile only. Counts by domicile (official regency/city codes, each once) may not add " +
        "up to more than the total. One snapshot per facility and date (409 otherwise).",
      tags,
      responses: {
        201: jsonContent("Created", PopulationSnapshotSchema, true),
        ...errorResponses(400, 404, 409, 422),
      },
    }),
    requirePermission("organisation:write"),
    params(IdParams),
    jsonBody(CreatePopulationSnapshotSchema),
    async (c) => {
      const id = c.get("newId")();
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const facility = await visibleFacility(c, trx, c.req.valid("param").id);
          const input = unwrap(checkPopulation(c.req.valid("json")));
          const errors = await areaProblems(
            trx,
            input.byDomicile.map((d, i) => ({
              field: `byDomicile.${i}.regencyCode`,
              code: d.regencyCode,
              level: "regency" as const,
            })),
          );
          if (errors.length > 0)
            throw new ProblemError(422, "validation/reference", "A referenced record does not exist", {
              errors,
            });
          const saved = await insertPopulationSnapshot(trx, id, facility.id, input, c.get("now")());
          await audit(trx, c, {
            action: "create",
            resourceType: "population_snapshot",
            resourceId: id,
            before: null,
            after: saved,
          });
          return saved;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/facilities/${created.facilityId}/population-snapshots`);
      return c.json(created, 201);
    },
  );
}
