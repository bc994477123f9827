import {
  findInmate,
  type InmateRecord,
  inmateGrant,
  insertInmate,
  isVisible,
  listInmates,
  readInmate,
  saveInmate,
} from "@sinergi/db";
import {
  CreateInmateSchema,
  createInmate,
  IdSchema,
  InmateSchema,
  LegalStatusSchema,
  RegencyCodeSchema,
  seesPersonalData,
  UpdateInmateSchema,
  updateInmate,
} from "@sinergi/domain";
import { type Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit, auditEntry } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { withholdFromReplay } from "../../http/idempotency.ts";
import { listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { checkReferences } from "../../http/references.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { inmateExportRoutes } from "./export.ts";
import { inmateLookupRoutes } from "./lookup.ts";
import { auditedInmate, presentInmate } from "./present.ts";

const tags = ["Inmates"];
const IdParams = v.object({ id: IdSchema });
// No NIK or birth-date filter on purpose: personal data never goes into a URL.
const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["name", "registrationNumber", "admissionDate", "createdAt"], "name"),
  facilityId: v.optional(IdSchema),
  legalStatus: v.optional(LegalStatusSchema),
  domicileRegencyCode: v.optional(RegencyCodeSchema),
  q: v.optional(
    v.pipe(
      v.string(),
      v.minLength(1),
      v.maxLength(100),
      // Refused rather than searched: a NIK in a URL ends up in browser history and proxy logs.
      v.check((q) => !/\d{16}/.test(q), "must not hold a NIK: find one with POST /inmates/lookup"),
    ),
  ),
});

const fullView = (c: Context<AppEnv>): boolean => {
  const p = c.get("principal");
  return p !== undefined && seesPersonalData(p);
};

/**
 * Whether the caller may read this inmate and see the personal data: by facility scope, or for a
 * partner system through an agreement in force whose clause covers the inmate.
 */
async function readAccess(
  c: Context<AppEnv>,
  inmate: InmateRecord,
): Promise<{ visible: boolean; full: boolean }> {
  const p = c.get("principal");
  if (!p) return { visible: false, full: false };
  if (p.scope.kind !== "partner")
    return {
      visible: await isVisible(c.get("db"), "inmate", p.scope, inmate.id),
      full: seesPersonalData(p),
    };
  const grant = await inmateGrant(c.get("db"), p.scope.partnerId, inmate.id, c.get("now")());
  return { visible: grant !== null, full: grant !== null && seesPersonalData(p, grant) };
}

/** /inmates: WBP of a facility; NIK and birth date masked in lists, full on one read when the role allows. */
export function inmatesRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/inmates",
    describeRoute({
      operationId: "listInmates",
      summary: "List inmates (NIK and birth date masked)",
      description:
        "A partner system lists only the inmates an agreement in force grants it. " +
        "Filters: facilityId, legalStatus, domicileRegencyCode (the recorded domicile, else the NIK's regency " +
        "under today's code), " +
        "q (part of the name). There is no NIK filter: personal data never goes into a URL (POST /inmates/lookup).",
      tags,
      responses: {
        200: jsonContent("A page of inmates", listOf(InmateSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("inmates:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      const scope = c.get("principal")?.scope;
      // A partner system lists only the records an agreement in force grants it.
      const restriction =
        scope?.kind === "partner"
          ? { grantedTo: { partnerId: scope.partnerId, at: c.get("now")() } }
          : { viewer: viewerOf(c) };
      const page = await withCursor(() => listInmates(c.get("db"), { ...q, ...restriction }));
      return c.json({ items: page.items.map((i) => presentInmate(i, false)), nextCursor: page.nextCursor });
    },
  );

  r.get(
    "/inmates/:id",
    describeRoute({
      operationId: "getInmate",
      summary: "Read an inmate (full NIK and birth date for roles with personal-data access; audited)",
      description:
        "A partner system reads only inmates an agreement in force grants it (its PKS's `recordAccess`: " +
        "residents of its area or participants of its programs at that facility), with NIK and birth date " +
        "only when the clause includes personal data.",
      tags,
      responses: {
        200: jsonContent("The inmate", InmateSchema, true),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("inmates:read"),
    params(IdParams),
    async (c) => {
      const db = c.get("db");
      const id = c.req.valid("param").id;
      const p = c.get("principal");
      if (p !== undefined && p.scope.kind !== "partner") {
        // Scope and the personal-data audit entry go in the read's own statement: one round trip.
        const full = seesPersonalData(p);
        const personalRead = { action: "read-personal-data", resourceType: "inmate", resourceId: id };
        const entry = full ? auditEntry(c, { ...personalRead, before: null, after: null }) : undefined;
        const found = await readInmate(db, id, p.scope, entry);
        if (!found) throw notFound("Inmate");
        setEtag(c, found.revision);
        return c.json(presentInmate(found, full));
      }
      const found = await findInmate(db, id);
      const { visible, full } = found ? await readAccess(c, found) : { visible: false, full: false };
      if (!found || !visible) throw notFound("Inmate");
      if (full)
        await audit(db, c, {
          action: "read-personal-data",
          resourceType: "inmate",
          resourceId: found.id,
          before: null,
          after: null,
        });
      setEtag(c, found.revision);
      return c.json(presentInmate(found, full));
    },
  );

  r.post(
    "/inmates",
    describeRoute({
      operationId: "createInmate",
      summary: "Register an inmate (the NIK must agree with birth date and sex unless Dukcapil validated it)",
      description:
        "A NIK that disagrees with birth date or sex is refused, unless `nikValidation` is valid: then it is " +
        "kept and `nikDiscrepancies` says where. With `sentence` (start, length, remissions) the expected " +
        "release is computed (`sentenceDates` also gives the ½ and ⅔ dates) and cannot be given beside it.",
      tags,
      responses: {
        201: jsonContent("Created", InmateSchema, true),
        ...errorResponses(400, 409, 422),
      },
    }),
    requirePermission("inmates:write"),
    jsonBody(CreateInmateSchema),
    async (c) => {
      const body = c.req.valid("json");
      const inmate = unwrap(createInmate(c.get("newId")(), body));
      const at = c.get("now")();
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          await checkReferences(c, trx, [
            { kind: "facility", id: inmate.facilityId, field: "facilityId" },
            ...(inmate.domicileRegencyCode === null
              ? []
              : [
                  {
                    kind: "regency" as const,
                    id: inmate.domicileRegencyCode,
                    field: "domicileRegencyCode",
                    message: "no such regency",
                  },
                ]),
          ]);
          const saved = await insertInmate(trx, inmate, at);
          await audit(trx, c, {
            action: "create",
            resourceType: "inmate",
            resourceId: saved.id,
            before: null,
            after: auditedInmate(saved),
          });
          return saved;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/inmates/${created.id}`);
      if (fullView(c)) withholdFromReplay(c); // the NIK is not copied into the replay store
      return c.json(presentInmate(created, fullView(c)), 201);
    },
  );

  r.patch(
    "/inmates/:id",
    describeRoute({
      operationId: "updateInmate",
      summary: "Update an inmate (NIK rechecked against birth date and sex; a new NIK is unverified again)",
      description:
        "`sentence` replaces the sentence facts (null clears them); while they are recorded the expected " +
        "release follows them and `expectedReleaseDate` is refused.",
      tags,
      responses: {
        200: jsonContent("Updated", InmateSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("inmates:write"),
    params(IdParams),
    jsonBody(UpdateInmateSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await findInmate(trx, id, { forUpdate: true, viewer: viewerOf(c) });
          if (!current) throw notFound("Inmate");
          checkIfMatch(c, current.revision);
          const next = unwrap(updateInmate(current, patch));
          if (patch.domicileRegencyCode)
            await checkReferences(c, trx, [
              {
                kind: "regency",
                id: patch.domicileRegencyCode,
                field: "domicileRegencyCode",
                message: "no such regency",
              },
            ]);
          const saved = await saveInmate(trx, next, c.get("now")());
          await audit(trx, c, {
            action: "update",
            resourceType: "inmate",
            resourceId: id,
            before: auditedInmate(current),
            after: auditedInmate(saved),
          });
          return saved;
        });
      setEtag(c, updated.revision);
      return c.json(presentInmate(updated, fullView(c)));
    },
  );

  r.route("/", inmateExportRoutes());
  r.route("/", inmateLookupRoutes());
  return r;
}
