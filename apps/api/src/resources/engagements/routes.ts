import {
  appendHistory,
  deleteEngagement,
  type EngagementRecord,
  findEngagement,
  followUpsOfEngagement,
  insertEngagement,
  insertFollowUps,
  listEngagements,
  saveEngagement,
} from "@sinergi/db";
import {
  CreateEngagementSchema,
  EngagementKindSchema,
  EngagementSchema,
  type FollowUp,
  type HistoryEntry,
  IdSchema,
  IsoDateSchema,
  openFollowUp,
  recordEngagement,
  UpdateEngagementSchema,
  updateEngagement,
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
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { checkReferences } from "../../http/references.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { engagementReferences, IdParams, moveContext, presentFollowUp } from "./present.ts";

const tags = ["Engagements"];
const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery<"date" | "createdAt">(["date", "createdAt"], "-date"),
  facilityId: v.optional(IdSchema),
  partnerId: v.optional(IdSchema),
  kind: v.optional(EngagementKindSchema),
  from: v.optional(IsoDateSchema),
  to: v.optional(IsoDateSchema),
});

/** /engagements: visits and meetings between a facility and its partners, with their follow-ups. */
export function engagementsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  const withFollowUps = async (
    db: Parameters<typeof followUpsOfEngagement>[0],
    e: EngagementRecord,
    now: string,
  ) => ({
    ...e,
    followUps: (await followUpsOfEngagement(db, e.id)).map((f) => presentFollowUp(f, now)),
  });

  r.get(
    "/engagements",
    describeRoute({
      operationId: "listEngagements",
      summary: "List engagements",
      description:
        "Filters combine with AND; `from` and `to` are inclusive dates. Sort by `date` (default newest first) " +
        "or `createdAt`. List items do not carry follow-ups: read one engagement or list `/follow-ups`.",
      tags,
      responses: {
        200: jsonContent("A page of engagements", listOf(EngagementSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("engagements:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      if (q.from !== undefined && q.to !== undefined && q.from > q.to)
        throw new ProblemError(400, "validation", "The request is not valid", {
          errors: [{ field: "query.to", message: "must not be before from" }],
        });
      const page = await withCursor(() => listEngagements(c.get("db"), { ...q, viewer: viewerOf(c) }));
      return c.json(page);
    },
  );

  r.get(
    "/engagements/:id",
    describeRoute({
      operationId: "getEngagement",
      summary: "Read an engagement with its follow-ups",
      tags,
      responses: { 200: jsonContent("The engagement", EngagementSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("engagements:read"),
    params(IdParams),
    async (c) => {
      const found = await findEngagement(c.get("db"), c.req.valid("param").id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Engagement");
      setEtag(c, found.revision);
      return c.json(await withFollowUps(c.get("db"), found, c.get("now")()));
    },
  );

  r.post(
    "/engagements",
    describeRoute({
      operationId: "createEngagement",
      summary: "Record an engagement, with its initial follow-ups in the same transaction",
      tags,
      responses: { 201: jsonContent("Created", EngagementSchema, true), ...errorResponses(400, 409, 422) },
    }),
    requirePermission("engagements:write"),
    jsonBody(CreateEngagementSchema),
    async (c) => {
      const { followUps: initial = [], ...input } = c.req.valid("json");
      const ctx = moveContext(c);
      const newId = c.get("newId");
      const engagement = unwrap(recordEngagement(newId(), input));
      const opened = initial.map((f, i) =>
        unwrap(openFollowUp(newId(), engagement.id, engagement.date, f, ctx, `followUps.${i}`)),
      );
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          await checkReferences(c, trx, engagementReferences(engagement));
          const saved = await insertEngagement(trx, engagement, ctx.at);
          const followUps: FollowUp[] = opened.map((o) => o.entity);
          await insertFollowUps(trx, followUps, ctx.at);
          for (const o of opened)
            await appendHistory(trx, "follow_up", o.entity.id, o.history as HistoryEntry);
          await audit(trx, c, {
            action: "create",
            resourceType: "engagement",
            resourceId: saved.id,
            before: null,
            after: { ...engagement, followUps },
          });
          return withFollowUps(trx, saved, ctx.at);
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/engagements/${created.id}`);
      return c.json(created, 201);
    },
  );

  r.patch(
    "/engagements/:id",
    describeRoute({
      operationId: "updateEngagement",
      summary: "Edit an engagement (not its facility); the date may not pass a follow-up's due date",
      tags,
      responses: {
        200: jsonContent("Updated", EngagementSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("engagements:write"),
    params(IdParams),
    jsonBody(UpdateEngagementSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const now = c.get("now")();
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await findEngagement(trx, id, { forUpdate: true, viewer: viewerOf(c) });
          if (!current) throw notFound("Engagement");
          checkIfMatch(c, current.revision);
          const dueDates = (await followUpsOfEngagement(trx, id)).map((f) => f.dueDate);
          const next = unwrap(updateEngagement(current, patch, dueDates));
          await checkReferences(c, trx, engagementReferences({ partnerIds: patch.partnerIds }));
          const saved = await saveEngagement(trx, next, current, now);
          // Both sides without the row's bookkeeping: `next`, copied from `current`, kept its old revision.
          const { revision: _r, createdAt: _c, updatedAt: _u, ...before } = current;
          const { revision: _r2, createdAt: _c2, updatedAt: _u2, ...after } = saved;
          await audit(trx, c, {
            action: "update",
            resourceType: "engagement",
            resourceId: id,
            before,
            after,
          });
          return withFollowUps(trx, saved, now);
        });
      setEtag(c, updated.revision);
      return c.json(updated);
    },
  );

  r.delete(
    "/engagements/:id",
    describeRoute({
      operationId: "deleteEngagement",
      summary: "Delete an engagement recorded in error, with its follow-ups",
      tags,
      responses: { 204: { description: "Deleted" }, ...errorResponses(400, 404, 412) },
    }),
    requirePermission("engagements:write"),
    params(IdParams),
    async (c) => {
      const { id } = c.req.valid("param");
      await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await findEngagement(trx, id, { forUpdate: true, viewer: viewerOf(c) });
          if (!current) throw notFound("Engagement");
          checkIfMatch(c, current.revision);
          const before = await withFollowUps(trx, current, c.get("now")());
          await deleteEngagement(trx, id);
          await audit(trx, c, {
            action: "delete",
            resourceType: "engagement",
            resourceId: id,
            before,
            after: null,
          });
        });
      return c.body(null, 204);
    },
  );

  return r;
}
