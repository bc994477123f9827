import {
  appendHistory,
  findEngagement,
  followUpFields,
  insertFollowUps,
  listFollowUps,
  listHistory,
  saveFollowUp,
} from "@sinergi/db";
import {
  CreateFollowUpSchema,
  FollowUpSchema,
  FollowUpStateSchema,
  HistoryWithTimesSchema,
  IdSchema,
  openFollowUp,
  timeInStates,
  UpdateFollowUpSchema,
  updateFollowUp,
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
import { flagQuery, listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { IdParams, moveContext, presentFollowUp } from "../engagements/present.ts";
import { followUpMovesRoutes } from "./moves.ts";
import { visibleFollowUp } from "./shared.ts";

const tags = ["Follow-ups"];
const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["dueDate", "createdAt"], "dueDate"),
  facilityId: v.optional(IdSchema),
  engagementId: v.optional(IdSchema),
  status: v.optional(FollowUpStateSchema),
  overdue: flagQuery({ true: "Only those overdue today.", false: "Only those not overdue today." }),
  ownerName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
});

/** /follow-ups (and /engagements/{id}/follow-ups): what was promised at a visit, by whom and by when. */
export function followUpsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/follow-ups",
    describeRoute({
      operationId: "listFollowUps",
      summary: "List follow-ups",
      description:
        "Filters combine with AND. `overdue=true` keeps open follow-ups whose due date lies before today in " +
        "their facility's own time zone (`false` keeps the rest); `ownerName` matches the whole name, ignoring case.",
      tags,
      responses: { 200: jsonContent("A page of follow-ups", listOf(FollowUpSchema)), ...errorResponses(400) },
    }),
    requirePermission("engagements:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      const now = c.get("now")();
      const page = await withCursor(() => listFollowUps(c.get("db"), { ...q, viewer: viewerOf(c) }, now));
      return c.json({ items: page.items.map((f) => presentFollowUp(f, now)), nextCursor: page.nextCursor });
    },
  );

  r.post(
    "/engagements/:id/follow-ups",
    describeRoute({
      operationId: "createFollowUp",
      summary: "Open a follow-up of an engagement (due no earlier than the engagement)",
      tags,
      responses: { 201: jsonContent("Created", FollowUpSchema, true), ...errorResponses(400, 404, 422) },
    }),
    requirePermission("engagements:write"),
    params(IdParams),
    jsonBody(CreateFollowUpSchema),
    async (c) => {
      const { id: engagementId } = c.req.valid("param");
      const ctx = moveContext(c);
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const engagement = await findEngagement(trx, engagementId, { viewer: viewerOf(c) });
          if (!engagement) throw notFound("Engagement");
          const { entity, history } = unwrap(
            openFollowUp(c.get("newId")(), engagementId, engagement.date, c.req.valid("json"), ctx),
          );
          await insertFollowUps(trx, [entity], ctx.at);
          await appendHistory(trx, "follow_up", entity.id, history);
          await audit(trx, c, {
            action: "create",
            resourceType: "follow_up",
            resourceId: entity.id,
            before: null,
            after: entity,
          });
          return visibleFollowUp(c, trx, entity.id);
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/follow-ups/${created.id}`);
      return c.json(presentFollowUp(created, ctx.at), 201);
    },
  );

  r.get(
    "/follow-ups/:id",
    describeRoute({
      operationId: "getFollowUp",
      summary: "Read a follow-up",
      tags,
      responses: { 200: jsonContent("The follow-up", FollowUpSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("engagements:read"),
    params(IdParams),
    async (c) => {
      const found = await visibleFollowUp(c, c.get("db"), c.req.valid("param").id);
      setEtag(c, found.revision);
      return c.json(presentFollowUp(found, c.get("now")()));
    },
  );

  r.patch(
    "/follow-ups/:id",
    describeRoute({
      operationId: "updateFollowUp",
      summary: "Edit the text, owner or due date of an open follow-up",
      tags,
      responses: {
        200: jsonContent("Updated", FollowUpSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("engagements:write"),
    params(IdParams),
    jsonBody(UpdateFollowUpSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const now = c.get("now")();
      const saved = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await visibleFollowUp(c, trx, id, true);
          checkIfMatch(c, current.revision);
          const next = unwrap(
            updateFollowUp(followUpFields(current), c.req.valid("json"), current.engagementDate),
          );
          const after = await saveFollowUp(trx, next, now);
          await audit(trx, c, {
            action: "update",
            resourceType: "follow_up",
            resourceId: id,
            before: followUpFields(current),
            after: next,
          });
          return after;
        });
      setEtag(c, saved.revision);
      return c.json(presentFollowUp(saved, now));
    },
  );

  r.route("/", followUpMovesRoutes());

  r.get(
    "/follow-ups/:id/history",
    describeRoute({
      operationId: "getFollowUpHistory",
      summary: "Lifecycle history of a follow-up and the time spent in each state (ms)",
      tags,
      responses: {
        200: jsonContent("History, oldest first", HistoryWithTimesSchema),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("engagements:read"),
    params(IdParams),
    async (c) => {
      const { id } = c.req.valid("param");
      await visibleFollowUp(c, c.get("db"), id);
      const items = await listHistory(c.get("db"), "follow_up", id);
      return c.json({ items, timeInStates: timeInStates(items, c.get("now")()) });
    },
  );

  return r;
}
