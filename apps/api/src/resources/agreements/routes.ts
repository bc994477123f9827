import {
  appendHistory,
  findAgreement,
  insertAgreement,
  listAgreements,
  listAgreementVersions,
  listHistory,
  saveAgreement,
} from "@sinergi/db";
import {
  AgreementKindSchema,
  AgreementSchema,
  AgreementStateSchema,
  AgreementStatusSchema,
  AgreementVersionSchema,
  CooperationFieldSchema,
  CreateAgreementSchema,
  draftAgreement,
  HistoryWithTimesSchema,
  IdSchema,
  IsoDateSchema,
  timeInStates,
  UpdateAgreementSchema,
  updateAgreement,
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
import { jsonBody, params, query } from "../../http/validate.ts";
import { actionItemRoutes } from "./action-items.ts";
import { coverageRoute } from "./coverage.ts";
import { endingSoonRoute } from "./ending-soon.ts";
import { moveRoutes } from "./moves.ts";
import { outcomeRoutes } from "./outcomes.ts";
import {
  changeableAgreement,
  checkDocuments,
  checkPartiesInScope,
  checkReferences,
  domainAgreement,
  IdParams,
  moveContext,
  presentAgreement,
  tags,
} from "./present.ts";
import { recordRoute } from "./record.ts";

const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["endDate", "createdAt", "title", "signedOn"], "endDate"),
  kind: v.optional(AgreementKindSchema),
  facilityId: v.optional(IdSchema),
  regionalOfficeId: v.optional(IdSchema),
  partnerId: v.optional(IdSchema),
  state: v.optional(AgreementStateSchema),
  status: v.optional(AgreementStatusSchema),
  endBefore: v.optional(IsoDateSchema),
  endAfter: v.optional(IsoDateSchema),
  signedFrom: v.optional(IsoDateSchema),
  signedTo: v.optional(IsoDateSchema),
  field: v.optional(CooperationFieldSchema),
  renewsId: v.optional(IdSchema),
  q: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/** /agreements: MoU and PKS, their lifecycle, amendments, renewals and action plans. */
export function agreementsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  coverageRoute(r);
  // Before `/agreements/:id`, which would take "ending-soon" for an id.
  endingSoonRoute(r);

  r.get(
    "/agreements",
    describeRoute({
      operationId: "listAgreements",
      summary: "List agreements",
      description:
        "Filters combine with AND. `status` is the derived status today in each agreement's facility time " +
        "zone; `endBefore`/`endAfter` are strict; `signedFrom`/`signedTo` are inclusive local signing days. " +
        "Sort by `endDate` (undated drafts last), `createdAt`, `title` or `signedOn` (unsigned last). " +
        "A facility also reads the MoUs framing its agreements: its regional office's and national ones.",
      tags,
      responses: {
        200: jsonContent("A page of agreements", listOf(AgreementSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("agreements:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      const now = c.get("now")();
      const page = await withCursor(() => listAgreements(c.get("db"), { ...q, viewer: viewerOf(c) }, now));
      return c.json({ items: page.items.map((a) => presentAgreement(a, now)), nextCursor: page.nextCursor });
    },
  );

  r.get(
    "/agreements/:id",
    describeRoute({
      operationId: "getAgreement",
      summary: "Read an agreement with its status today",
      tags,
      responses: { 200: jsonContent("The agreement", AgreementSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("agreements:read"),
    params(IdParams),
    async (c) => {
      const found = await findAgreement(c.get("db"), c.req.valid("param").id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Agreement");
      setEtag(c, found.revision);
      return c.json(presentAgreement(found, c.get("now")()));
    },
  );

  r.post(
    "/agreements",
    describeRoute({
      operationId: "createAgreement",
      summary: "Draft an agreement",
      tags,
      responses: { 201: jsonContent("Created", AgreementSchema, true), ...errorResponses(400, 409, 422) },
    }),
    requirePermission("agreements:write"),
    jsonBody(CreateAgreementSchema),
    async (c) => {
      const ctx = moveContext(c);
      const { entity, history } = unwrap(draftAgreement(c.get("newId")(), c.req.valid("json"), ctx));
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          await checkReferences(trx, entity);
          await checkPartiesInScope(c, trx, entity);
          await checkDocuments(c, trx, [{ field: "signedDocumentId", id: entity.signedDocumentId }]);
          const saved = await insertAgreement(trx, entity, ctx.at);
          await appendHistory(trx, "agreement", saved.id, history);
          await audit(trx, c, {
            action: "create",
            resourceType: "agreement",
            resourceId: saved.id,
            before: null,
            after: entity,
          });
          return saved;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/agreements/${created.id}`);
      return c.json(presentAgreement(created, ctx.at), 201);
    },
  );

  r.patch(
    "/agreements/:id",
    describeRoute({
      operationId: "updateAgreement",
      summary: "Edit the terms of an agreement that is not yet signed",
      tags,
      responses: {
        200: jsonContent("Updated", AgreementSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("agreements:write"),
    params(IdParams),
    jsonBody(UpdateAgreementSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const now = c.get("now")();
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await changeableAgreement(c, trx, id);
          checkIfMatch(c, current.revision);
          const next = unwrap(updateAgreement(current, c.req.valid("json")));
          await checkReferences(trx, next);
          await checkPartiesInScope(c, trx, next);
          if (next.signedDocumentId !== current.signedDocumentId)
            await checkDocuments(c, trx, [{ field: "signedDocumentId", id: next.signedDocumentId }]);
          const saved = await saveAgreement(trx, next, current, now);
          await audit(trx, c, {
            action: "update",
            resourceType: "agreement",
            resourceId: id,
            before: domainAgreement(current),
            after: domainAgreement(next),
          });
          return saved;
        });
      setEtag(c, updated.revision);
      return c.json(presentAgreement(updated, now));
    },
  );

  r.get(
    "/agreements/:id/history",
    describeRoute({
      operationId: "getAgreementHistory",
      summary: "Lifecycle history of an agreement and the time spent in each state (ms)",
      tags,
      responses: {
        200: jsonContent("History, oldest first", HistoryWithTimesSchema),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("agreements:read"),
    params(IdParams),
    async (c) => {
      const { id } = c.req.valid("param");
      const found = await findAgreement(c.get("db"), id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Agreement");
      const items = await listHistory(c.get("db"), "agreement", id);
      return c.json({ items, timeInStates: timeInStates(items, c.get("now")()) });
    },
  );

  r.get(
    "/agreements/:id/versions",
    describeRoute({
      operationId: "listAgreementVersions",
      summary: "Versions of an agreement: the original and each addendum, the current one last",
      tags,
      responses: {
        200: jsonContent(
          "Versions, oldest first",
          itemsOf(AgreementVersionSchema, "Every version, oldest first; the last is the one in force."),
        ),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("agreements:read"),
    params(IdParams),
    async (c) => {
      const { id } = c.req.valid("param");
      const found = await findAgreement(c.get("db"), id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Agreement");
      const earlier = await listAgreementVersions(c.get("db"), id);
      const items = [
        ...earlier.map((e) => ({ ...e, current: false })),
        {
          version: found.version,
          current: true,
          supersededAt: null,
          supersededBy: null,
          reason: null,
          snapshot: domainAgreement(found),
        },
      ];
      return c.json({ items });
    },
  );

  r.get(
    "/agreements/:id/versions/:version",
    describeRoute({
      operationId: "getAgreementVersion",
      summary: "One version of an agreement as it read then",
      tags,
      responses: {
        200: jsonContent("The version", AgreementVersionSchema),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("agreements:read"),
    params(
      v.object({
        id: IdSchema,
        version: v.pipe(
          v.string(),
          v.regex(/^[1-9]\d{0,5}$/, "must be a version number from 1"),
          v.transform(Number),
          v.metadata({ type: "integer", minimum: 1, maximum: 999_999 }),
        ),
      }),
    ),
    async (c) => {
      const { id, version } = c.req.valid("param");
      const found = await findAgreement(c.get("db"), id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Agreement");
      if (version === found.version)
        return c.json({
          version,
          current: true,
          supersededAt: null,
          supersededBy: null,
          reason: null,
          snapshot: domainAgreement(found),
        });
      const earlier = (await listAgreementVersions(c.get("db"), id)).find((e) => e.version === version);
      if (!earlier) throw notFound("Agreement version");
      return c.json({ ...earlier, current: false });
    },
  );

  recordRoute(r);
  moveRoutes(r);
  actionItemRoutes(r);
  outcomeRoutes(r);
  return r;
}
