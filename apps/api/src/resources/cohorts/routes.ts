import {
  appendHistory,
  COHORT_ENTITY,
  findCohort,
  insertCohort,
  listCohorts,
  listHistory,
  saveCohort,
} from "@sinergi/db";
import {
  CohortHistoryEntrySchema,
  CohortSchema,
  CohortStateSchema,
  CreateCohortSchema,
  createCohort,
  historyEntry,
  IdSchema,
  IsoDateSchema,
  UpdateCohortSchema,
  updateCohort,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, itemsOf, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { checkReferences } from "../../http/references.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { moveRoutes } from "./moves.ts";
import { domainCohort, IdParams, presentCohort, tags } from "./present.ts";

const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["startDate", "name", "createdAt"], "startDate"),
  programId: v.optional(IdSchema),
  facilityId: v.optional(IdSchema),
  state: v.optional(CohortStateSchema),
  from: v.optional(IsoDateSchema),
  to: v.optional(IsoDateSchema),
});

/** /cohorts: runs of a program at a facility, with their lifecycle and history. */
export function cohortsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/cohorts",
    describeRoute({
      operationId: "listCohorts",
      summary: "List cohorts",
      description: "`from`/`to` select cohorts whose dates overlap the range (end >= from, start <= to).",
      tags,
      responses: { 200: jsonContent("A page of cohorts", listOf(CohortSchema)), ...errorResponses(400) },
    }),
    requirePermission("training:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      const page = await withCursor(() => listCohorts(c.get("db"), { ...q, viewer: viewerOf(c) }));
      return c.json({ items: page.items.map(presentCohort), nextCursor: page.nextCursor });
    },
  );

  r.get(
    "/cohorts/:id",
    describeRoute({
      operationId: "getCohort",
      summary: "Read a cohort",
      tags,
      responses: { 200: jsonContent("The cohort", CohortSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("training:read"),
    params(IdParams),
    async (c) => {
      const found = await findCohort(c.get("db"), c.req.valid("param").id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Cohort");
      setEtag(c, found.revision);
      return c.json(presentCohort(found));
    },
  );

  r.get(
    "/cohorts/:id/history",
    describeRoute({
      operationId: "getCohortHistory",
      summary: "A cohort's lifecycle history, oldest first",
      tags,
      responses: {
        200: jsonContent("The moves", itemsOf(CohortHistoryEntrySchema, "Every move, oldest first.")),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("training:read"),
    params(IdParams),
    async (c) => {
      const db = c.get("db");
      const found = await findCohort(db, c.req.valid("param").id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Cohort");
      return c.json({ items: await listHistory(db, COHORT_ENTITY, found.id) });
    },
  );

  r.post(
    "/cohorts",
    describeRoute({
      operationId: "createCohort",
      summary: "Plan a cohort (state planned)",
      tags,
      responses: { 201: jsonContent("Created", CohortSchema, true), ...errorResponses(400, 409, 422) },
    }),
    requirePermission("training:write"),
    jsonBody(CreateCohortSchema),
    async (c) => {
      const cohort = unwrap(createCohort(c.get("newId")(), c.req.valid("json")));
      const at = c.get("now")();
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          await checkReferences(c, trx, [
            { kind: "facility", id: cohort.facilityId, field: "facilityId" },
            { kind: "program", id: cohort.programId, field: "programId" },
          ]);
          const saved = await insertCohort(trx, cohort, at);
          await appendHistory(
            trx,
            COHORT_ENTITY,
            saved.id,
            historyEntry({ actor: c.get("actor"), at }, null, "planned"),
          );
          await audit(trx, c, {
            action: "create",
            resourceType: "cohort",
            resourceId: saved.id,
            before: null,
            after: cohort,
          });
          return saved;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/cohorts/${created.id}`);
      return c.json(presentCohort(created), 201);
    },
  );

  r.patch(
    "/cohorts/:id",
    describeRoute({
      operationId: "updateCohort",
      summary:
        "Update a cohort (program and facility fixed once open; nothing after completion or cancellation)",
      tags,
      responses: {
        200: jsonContent("Updated", CohortSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("training:write"),
    params(IdParams),
    jsonBody(UpdateCohortSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await findCohort(trx, id, { forUpdate: true, viewer: viewerOf(c) });
          if (!current) throw notFound("Cohort");
          checkIfMatch(c, current.revision);
          const next = unwrap(updateCohort(domainCohort(current), patch));
          await checkReferences(c, trx, [
            ...(patch.facilityId === undefined
              ? []
              : [{ kind: "facility" as const, id: patch.facilityId, field: "facilityId" }]),
            ...(patch.programId === undefined
              ? []
              : [{ kind: "program" as const, id: patch.programId, field: "programId" }]),
          ]);
          const saved = await saveCohort(trx, next, c.get("now")());
          await audit(trx, c, {
            action: "update",
            resourceType: "cohort",
            resourceId: id,
            before: domainCohort(current),
            after: next,
          });
          return saved;
        });
      setEtag(c, updated.revision);
      return c.json(presentCohort(updated));
    },
  );

  moveRoutes(r);
  return r;
}
