import {
  type Executor,
  findRegionalOffice,
  insertFacility,
  listFacilities,
  updateFacility,
} from "@sinergi/db";
import {
  CreateFacilitySchema,
  checkFacilityClass,
  FacilityKindSchema,
  FacilitySchema,
  facilityTimeZone,
  IdSchema,
  RegencyCodeSchema,
  UpdateFacilitySchema,
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
import { idsQuery, listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { type FieldProblem, ProblemError } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { areaProblems } from "../areas/check.ts";
import { licenceRoutes } from "./licences.ts";
import { populationRoutes } from "./population.ts";
import { assertMayPlace, IdParams, facilityTags as tags, visibleFacility } from "./shared.ts";

const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["name", "createdAt"], "name"),
  ids: idsQuery,
  regionalOfficeId: v.optional(IdSchema),
  kind: v.optional(FacilityKindSchema),
  regencyCode: v.optional(RegencyCodeSchema),
  q: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/** 422 naming each field whose regional office or regency/city does not exist. */
async function checkFacilityReferences(
  db: Executor,
  f: { regionalOfficeId?: string | undefined; regencyCode?: string | undefined },
): Promise<void> {
  const errors: FieldProblem[] = [];
  if (f.regionalOfficeId !== undefined && !(await findRegionalOffice(db, f.regionalOfficeId)))
    errors.push({ field: "regionalOfficeId", message: "no such regional office" });
  if (f.regencyCode !== undefined)
    errors.push(
      ...(await areaProblems(db, [{ field: "regencyCode", code: f.regencyCode, level: "regency" }])),
    );
  if (errors.length > 0)
    throw new ProblemError(422, "validation/reference", "A referenced record does not exist", { errors });
}

/** /facilities: Rutan, Lapas and LPKA, with their population snapshots and licences. */
export function facilitiesRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/facilities",
    describeRoute({
      operationId: "listFacilities",
      summary: "List facilities in the caller's scope",
      description: "Filters combine with AND; `q` searches names. `timeZone` is the effective zone.",
      tags,
      responses: { 200: jsonContent("A page of facilities", listOf(FacilitySchema)), ...errorResponses(400) },
    }),
    requirePermission("organisation:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await withCursor(() => listFacilities(c.get("db"), { ...q, viewer: viewerOf(c) })));
    },
  );

  r.get(
    "/facilities/:id",
    describeRoute({
      operationId: "getFacility",
      summary: "Read a facility",
      tags,
      responses: { 200: jsonContent("The facility", FacilitySchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("organisation:read"),
    params(IdParams),
    async (c) => {
      const found = await visibleFacility(c, c.get("db"), c.req.valid("param").id);
      setEtag(c, found.revision);
      return c.json(found);
    },
  );

  r.post(
    "/facilities",
    describeRoute({
      operationId: "createFacility",
      summary: "Create a facility",
      description:
        "`regencyCode` must be an official regency/city. The time zone follows the province unless " +
        "`timeZoneOverride` is set. Kind and class are checked together (Rutan I/IIA/IIB; Lapas " +
        "I/IIA/IIB/III; LPKA I/II: 422 facility/class-not-of-kind). A regional role may create facilities " +
        "under its own office only.",
      tags,
      responses: { 201: jsonContent("Created", FacilitySchema, true), ...errorResponses(400, 409, 422) },
    }),
    requirePermission("organisation:write"),
    jsonBody(CreateFacilitySchema),
    async (c) => {
      const input = c.req.valid("json");
      assertMayPlace(c.get("principal")?.scope, input.regionalOfficeId);
      unwrap(checkFacilityClass(input.kind, input.class));
      const id = c.get("newId")();
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          await checkFacilityReferences(trx, input);
          const saved = await insertFacility(trx, id, input, facilityTimeZone(input), c.get("now")());
          await audit(trx, c, {
            action: "create",
            resourceType: "facility",
            resourceId: id,
            before: null,
            after: saved,
          });
          return saved;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/facilities/${created.id}`);
      return c.json(created, 201);
    },
  );

  r.patch(
    "/facilities/:id",
    describeRoute({
      operationId: "updateFacility",
      summary: "Update a facility",
      description:
        "Moving a facility to another regional office needs a national role. Kind and class are checked " +
        "together, the unchanged one as stored.",
      tags,
      responses: {
        200: jsonContent("Updated", FacilitySchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("organisation:write"),
    params(IdParams),
    jsonBody(UpdateFacilitySchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await visibleFacility(c, trx, id, { forUpdate: true });
          checkIfMatch(c, current.revision);
          unwrap(checkFacilityClass(patch.kind ?? current.kind, patch.class ?? current.class));
          if (patch.regionalOfficeId !== undefined && patch.regionalOfficeId !== current.regionalOfficeId)
            assertMayPlace(c.get("principal")?.scope, patch.regionalOfficeId);
          await checkFacilityReferences(trx, patch);
          const timeZone = facilityTimeZone({
            regencyCode: patch.regencyCode ?? current.regencyCode,
            timeZoneOverride:
              patch.timeZoneOverride === undefined ? current.timeZoneOverride : patch.timeZoneOverride,
          });
          const saved = await updateFacility(trx, id, patch, timeZone, c.get("now")());
          await audit(trx, c, {
            action: "update",
            resourceType: "facility",
            resourceId: id,
            before: current,
            after: saved,
          });
          return saved;
        });
      setEtag(c, updated.revision);
      return c.json(updated);
    },
  );

  populationRoutes(r);
  licenceRoutes(r);
  return r;
}
