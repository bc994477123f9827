import {
  type ActionItemRecord,
  appendHistory,
  type Executor,
  findActionItem,
  findAgreement,
  insertActionItems,
  insertAdjustment,
  listActionItems,
  listAdjustments,
  saveActionItem,
} from "@sinergi/db";
import {
  type ActionItemMoveResult,
  ActionItemSchema,
  ActionItemStatusSchema,
  AdjustRealisationSchema,
  AgreementMoveNoteSchema,
  adjustRealisation,
  CreateActionItemSchema,
  createActionItem,
  IdSchema,
  moveActionItem,
  RealisationAdjustmentSchema,
  RecordRealisationSchema,
  recordRealisation,
  UpdateActionItemSchema,
  updateActionItem,
} from "@sinergi/domain";
import type { Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, itemsOf, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import {
  changeableAgreement,
  checkDocuments,
  evidenceDocuments,
  IdParams,
  moveContext,
  presentActionItem,
  tags,
} from "./present.ts";

const ItemParams = v.object({ id: IdSchema, itemId: IdSchema });
const base = "/agreements/:id/action-items";

/** The agreement, or 404 when the caller cannot see it; for a write locked, and 403 when it may only read it. */
async function agreementFor(c: Context<AppEnv>, db: Executor, id: string, forUpdate = false) {
  if (forUpdate) return changeableAgreement(c, db, id);
  const a = await findAgreement(db, id, { viewer: viewerOf(c) });
  if (!a) throw notFound("Agreement");
  return a;
}

/** Registers the action-plan routes on the agreements router. */
export function actionItemRoutes(r: Hono<AppEnv>): void {
  r.get(
    base,
    describeRoute({
      operationId: "listActionItems",
      summary: "The action plan (rencana aksi) of an agreement, in the order it was written",
      tags,
      responses: {
        200: jsonContent("A page of action items", listOf(ActionItemSchema)),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("agreements:read"),
    params(IdParams),
    query(v.strictObject({ ...pageQuery, status: v.optional(ActionItemStatusSchema) })),
    async (c) => {
      const { id } = c.req.valid("param");
      await agreementFor(c, c.get("db"), id);
      const page = await withCursor(() => listActionItems(c.get("db"), id, c.req.valid("query")));
      return c.json({ items: page.items.map(presentActionItem), nextCursor: page.nextCursor });
    },
  );

  r.get(
    `${base}/:itemId`,
    describeRoute({
      operationId: "getActionItem",
      summary: "Read one action item",
      tags,
      responses: { 200: jsonContent("The action item", ActionItemSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("agreements:read"),
    params(ItemParams),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      await agreementFor(c, c.get("db"), id);
      const item = await findActionItem(c.get("db"), id, itemId);
      if (!item) throw notFound("Action item");
      setEtag(c, item.revision);
      return c.json(presentActionItem(item));
    },
  );

  r.post(
    base,
    describeRoute({
      operationId: "createActionItem",
      summary: "Add an activity to the action plan of an agreement not yet signed",
      tags,
      responses: {
        201: jsonContent("Created", ActionItemSchema, true),
        ...errorResponses(400, 404, 409, 422),
      },
    }),
    requirePermission("agreements:write"),
    params(IdParams),
    jsonBody(CreateActionItemSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const at = c.get("now")();
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const a = await agreementFor(c, trx, id, true);
          await checkDocuments(c, trx, evidenceDocuments(c.req.valid("json").evidence, "evidence"));
          const item = unwrap(createActionItem(c.get("newId")(), id, a.state, c.req.valid("json")));
          const [saved] = await insertActionItems(trx, [item], at);
          await audit(trx, c, {
            action: "create",
            resourceType: "action_item",
            resourceId: item.id,
            before: null,
            after: item,
          });
          return saved as ActionItemRecord;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/agreements/${id}/action-items/${created.id}`);
      return c.json(presentActionItem(created), 201);
    },
  );

  r.patch(
    `${base}/:itemId`,
    describeRoute({
      operationId: "updateActionItem",
      summary: "Edit an activity while the agreement is not yet signed",
      tags,
      responses: {
        200: jsonContent("Updated", ActionItemSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("agreements:write"),
    params(ItemParams),
    jsonBody(UpdateActionItemSchema),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const at = c.get("now")();
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const a = await agreementFor(c, trx, id, true);
          const item = await findActionItem(trx, id, itemId, { forUpdate: true });
          if (!item) throw notFound("Action item");
          checkIfMatch(c, item.revision);
          await checkDocuments(c, trx, evidenceDocuments(c.req.valid("json").evidence, "evidence"));
          const next = unwrap(updateActionItem(item, a.state, c.req.valid("json")));
          const saved = await saveActionItem(trx, next, at);
          // The stored item (new revision), like `before`: `next` still carries the old one.
          await audit(trx, c, {
            action: "update",
            resourceType: "action_item",
            resourceId: itemId,
            before: item,
            after: saved,
          });
          return saved;
        });
      setEtag(c, updated.revision);
      return c.json(presentActionItem(updated));
    },
  );

  const itemMove = <S extends v.GenericSchema>(
    name: string,
    summary: string,
    schema: S,
    apply: (
      item: ActionItemRecord,
      agreementState: Parameters<typeof recordRealisation>[1],
      body: v.InferOutput<S>,
      ctx: ReturnType<typeof moveContext>,
    ) => ActionItemMoveResult,
  ) =>
    r.post(
      `${base}/:itemId/${name}`,
      describeRoute({
        operationId: `${name}ActionItem`,
        summary,
        tags,
        responses: {
          200: jsonContent("The action item after the change", ActionItemSchema, true),
          ...errorResponses(400, 404, 409, 412, 422),
        },
      }),
      requirePermission("agreements:write"),
      params(ItemParams),
      jsonBody(schema),
      async (c) => {
        const { id, itemId } = c.req.valid("param");
        const body = c.req.valid("json") as { reason?: string };
        const ctx = moveContext(c, body.reason);
        const saved = await c
          .get("db")
          .transaction()
          .execute(async (trx) => {
            const a = await agreementFor(c, trx, id, true);
            const item = await findActionItem(trx, id, itemId, { forUpdate: true });
            if (!item) throw notFound("Action item");
            checkIfMatch(c, item.revision);
            const evidence = (body as { evidence?: Parameters<typeof evidenceDocuments>[0] }).evidence;
            await checkDocuments(c, trx, evidenceDocuments(evidence, "evidence"));
            const { entity, history } = unwrap(apply(item, a.state, body as never, ctx));
            const after = await saveActionItem(trx, entity, ctx.at);
            if (history) await appendHistory(trx, "action_item", itemId, history);
            await audit(trx, c, {
              action: `move:${name}`,
              resourceType: "action_item",
              resourceId: itemId,
              before: item,
              after,
            });
            return after;
          });
        setEtag(c, saved.revision);
        return c.json(presentActionItem(saved));
      },
    );

  itemMove(
    "realisations",
    "Record realised work: adds the amount and evidence; the status follows (in_progress, done at target)",
    RecordRealisationSchema,
    (item, state, body, ctx) => recordRealisation(item, state, body, ctx),
  );
  itemMove(
    "complete",
    "Close an open activity as done (even below target)",
    AgreementMoveNoteSchema,
    (item, _s, _b, ctx) => moveActionItem(item, "complete", ctx),
  );
  itemMove("cancel", "Cancel an open activity", AgreementMoveNoteSchema, (item, _s, _b, ctx) =>
    moveActionItem(item, "cancel", ctx),
  );

  r.post(
    `${base}/:itemId/adjustments`,
    describeRoute({
      operationId: "adjustActionItem",
      summary:
        "Correct the realised amount of an activity: the earlier amount, the reason and evidence are kept",
      tags,
      responses: {
        200: jsonContent("The action item after the correction", ActionItemSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("agreements:write"),
    params(ItemParams),
    jsonBody(AdjustRealisationSchema),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const body = c.req.valid("json");
      const ctx = moveContext(c);
      const saved = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const a = await agreementFor(c, trx, id, true);
          const item = await findActionItem(trx, id, itemId, { forUpdate: true });
          if (!item) throw notFound("Action item");
          checkIfMatch(c, item.revision);
          await checkDocuments(c, trx, evidenceDocuments(body.evidence, "evidence"));
          const r = unwrap(adjustRealisation(item, a.state, body, c.get("newId")(), ctx));
          const after = await saveActionItem(trx, r.entity, ctx.at);
          await insertAdjustment(trx, r.adjustment);
          if (r.history) await appendHistory(trx, "action_item", itemId, r.history);
          await audit(trx, c, {
            action: "move:adjustments",
            resourceType: "action_item",
            resourceId: itemId,
            before: item,
            after: { ...after, adjustment: r.adjustment },
          });
          return after;
        });
      setEtag(c, saved.revision);
      return c.json(presentActionItem(saved));
    },
  );

  r.get(
    `${base}/:itemId/adjustments`,
    describeRoute({
      operationId: "listActionItemAdjustments",
      summary: "The corrections of an activity's realised amount, oldest first",
      tags,
      responses: {
        200: jsonContent(
          "Every correction, oldest first",
          itemsOf(RealisationAdjustmentSchema, "Every correction, oldest first."),
        ),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("agreements:read"),
    params(ItemParams),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      await agreementFor(c, c.get("db"), id);
      const item = await findActionItem(c.get("db"), id, itemId);
      if (!item) throw notFound("Action item");
      return c.json({ items: await listAdjustments(c.get("db"), itemId) });
    },
  );
}
