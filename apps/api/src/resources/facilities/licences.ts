import {
  appendHistory,
  type Executor,
  type FacilityRecord,
  insertLicence,
  type LicenceRecord,
  listHistory,
  listLicences,
  saveLicence,
} from "@sinergi/db";
import {
  CreateLicenceSchema,
  checkNewLicence,
  dateInZone,
  ExpireLicenceSchema,
  expireLicence,
  GrantLicenceSchema,
  grantLicence,
  HistoryWithTimesSchema,
  historyEntry,
  LicenceSchema,
  LicenceStateSchema,
  LicenceTypeSchema,
  licenceStatusOn,
  RevokeLicenceSchema,
  revokeLicence,
  timeInStates,
  UpdateLicenceSchema,
} from "@sinergi/domain";
import type { Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { moveRoute } from "../../http/move-route.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { checkReferences } from "../../http/references.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { licenceDocumentRoute } from "./licence-document.ts";
import { licencesInScopeRoute } from "./licences-in-scope.ts";
import {
  IdParams,
  LICENCE_ENTITY,
  moveContext,
  licenceTags as tags,
  visibleFacility,
  visibleLicence,
} from "./shared.ts";

const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["createdAt", "type"], "createdAt"),
  status: v.optional(LicenceStateSchema),
  type: v.optional(LicenceTypeSchema),
});

/** A licence as the API returns it: stored fields plus its status today in the facility's time zone. */
const present = (l: LicenceRecord, f: FacilityRecord, now: string) => {
  const today = dateInZone(now, f.timeZone);
  return { ...l, statusToday: licenceStatusOn(l, today), statusDate: today };
};

/** A cited scan must be a stored document the caller can see: 422 naming `documentId` otherwise. */
async function checkScan(c: Context<AppEnv>, db: Executor, documentId: string | null | undefined) {
  if (typeof documentId === "string")
    await checkReferences(c, db, [
      { kind: "document", id: documentId, field: "documentId", message: "no such document" },
    ]);
}

const moves = [
  {
    name: "grant",
    summary: "Grant an applied licence (applied -> granted) with its number and dates",
    body: GrantLicenceSchema,
  },
  {
    name: "revoke",
    summary: "Revoke a licence or record a refused application (applied|granted -> revoked), with a reason",
    body: RevokeLicenceSchema,
  },
  {
    name: "expire",
    summary: "Record that a granted licence has expired (only once its expiry date has passed)",
    body: ExpireLicenceSchema,
  },
] as const;

/** Licence routes: nested list/create under a facility, then /licences/{id} read, edit, moves, history. */
export function licenceRoutes(r: Hono<AppEnv>): void {
  r.get(
    "/facilities/:id/licences",
    describeRoute({
      operationId: "listFacilityLicences",
      summary: "List a facility's licences",
      description: "`statusToday` reads a granted licence past its expiry date as expired.",
      tags,
      responses: {
        200: jsonContent("A page of licences", listOf(LicenceSchema)),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("organisation:read"),
    params(IdParams),
    query(ListQuery),
    async (c) => {
      const db = c.get("db");
      const facility = await visibleFacility(c, db, c.req.valid("param").id);
      const page = await withCursor(() =>
        listLicences(db, { ...c.req.valid("query"), facilityId: facility.id }),
      );
      const now = c.get("now")();
      return c.json({ items: page.items.map((l) => present(l, facility, now)), nextCursor: page.nextCursor });
    },
  );

  r.post(
    "/facilities/:id/licences",
    describeRoute({
      operationId: "createFacilityLicence",
      summary: "Record a facility licence (applied, or already granted with its number and grant date)",
      tags,
      responses: {
        201: jsonContent("Created", LicenceSchema, true),
        ...errorResponses(400, 404, 409, 422),
      },
    }),
    requirePermission("organisation:write"),
    params(IdParams),
    jsonBody(CreateLicenceSchema),
    async (c) => {
      const id = c.get("newId")();
      const ctx = moveContext(c);
      const { saved, facility } = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const facility = await visibleFacility(c, trx, c.req.valid("param").id);
          const input = unwrap(checkNewLicence(c.req.valid("json")));
          await checkScan(c, trx, input.documentId);
          const saved = await insertLicence(trx, id, facility.id, input, ctx.at);
          await appendHistory(trx, LICENCE_ENTITY, id, historyEntry(ctx, null, input.status));
          await audit(trx, c, {
            action: "create",
            resourceType: "licence",
            resourceId: id,
            before: null,
            after: saved,
          });
          return { saved, facility };
        });
      setEtag(c, saved.revision);
      c.header("Location", `/api/v1/licences/${saved.id}`);
      return c.json(present(saved, facility, ctx.at), 201);
    },
  );

  licencesInScopeRoute(r);

  r.get(
    "/licences/:id",
    describeRoute({
      operationId: "getLicence",
      summary: "Read a licence with its status today",
      tags,
      responses: { 200: jsonContent("The licence", LicenceSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("organisation:read"),
    params(IdParams),
    async (c) => {
      const { licence, facility } = await visibleLicence(c, c.get("db"), c.req.valid("param").id);
      setEtag(c, licence.revision);
      return c.json(present(licence, facility, c.get("now")()));
    },
  );

  r.get(
    "/licences/:id/history",
    describeRoute({
      operationId: "getLicenceHistory",
      summary: "A licence's moves, oldest first, and the time spent in each state",
      tags,
      responses: { 200: jsonContent("The history", HistoryWithTimesSchema), ...errorResponses(400, 404) },
    }),
    requirePermission("organisation:read"),
    params(IdParams),
    async (c) => {
      const db = c.get("db");
      const { licence } = await visibleLicence(c, db, c.req.valid("param").id);
      const items = await listHistory(db, LICENCE_ENTITY, licence.id);
      return c.json({ items, timeInStates: timeInStates(items, c.get("now")()) });
    },
  );

  licenceDocumentRoute(r);

  r.patch(
    "/licences/:id",
    describeRoute({
      operationId: "updateLicence",
      summary: "Edit a licence's issuer, notes, application date or scan (status changes only through moves)",
      tags,
      responses: {
        200: jsonContent("Updated", LicenceSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("organisation:write"),
    params(IdParams),
    jsonBody(UpdateLicenceSchema),
    async (c) => {
      const now = c.get("now")();
      const { saved, facility } = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const { licence, facility } = await visibleLicence(c, trx, c.req.valid("param").id, true);
          checkIfMatch(c, licence.revision);
          const patch = c.req.valid("json");
          await checkScan(c, trx, patch.documentId);
          const saved = await saveLicence(
            trx,
            {
              ...licence,
              ...(patch.issuer === undefined ? {} : { issuer: patch.issuer }),
              ...(patch.notes === undefined ? {} : { notes: patch.notes }),
              ...(patch.appliedOn === undefined ? {} : { appliedOn: patch.appliedOn }),
              ...(patch.documentId === undefined ? {} : { documentId: patch.documentId }),
            },
            now,
          );
          await audit(trx, c, {
            action: "update",
            resourceType: "licence",
            resourceId: licence.id,
            before: licence,
            after: saved,
          });
          return { saved, facility };
        });
      setEtag(c, saved.revision);
      return c.json(present(saved, facility, now));
    },
  );

  for (const m of moves)
    moveRoute(r, {
      path: `/licences/:id/${m.name}`,
      operationId: `${m.name}Licence`,
      summary: m.summary,
      tags,
      permission: "organisation:write",
      params: IdParams,
      body: m.body as v.GenericSchema<unknown, Record<string, unknown>>,
      response: { description: "The licence after the move", schema: LicenceSchema },
      resourceType: "licence",
      action: m.name,
      load: async (c, trx, id) => {
        const { licence, facility } = await visibleLicence(c, trx, id, true);
        return { revision: licence.revision, licence, facility };
      },
      apply: async ({ licence, facility }, body, ctx, trx) => {
        const result =
          m.name === "grant"
            ? grantLicence(licence, v.parse(GrantLicenceSchema, body), ctx)
            : m.name === "revoke"
              ? revokeLicence(licence, v.parse(RevokeLicenceSchema, body).reason, ctx)
              : expireLicence(licence, dateInZone(ctx.at, facility.timeZone), ctx);
        const { entity, history } = unwrap(result);
        const saved = await saveLicence(trx, entity, ctx.at);
        await appendHistory(trx, LICENCE_ENTITY, licence.id, history);
        return {
          saved: { revision: saved.revision, licence: saved, facility, at: ctx.at },
          before: licence,
          after: saved,
        };
      },
      present: ({ licence, facility, at }) => present(licence, facility, at),
    });
}
