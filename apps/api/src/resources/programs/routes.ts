import {
  type Executor,
  findProgram,
  insertProgram,
  listPrograms,
  type ProgramRecord,
  programsAsSeenBy,
  type Reference,
  saveProgram,
} from "@sinergi/db";
import {
  CreateProgramSchema,
  createProgram,
  IdSchema,
  type Program,
  ProgramSchema,
  ProgramTrackSchema,
  TrainingFieldSchema,
  UpdateProgramSchema,
  updateProgram,
} from "@sinergi/domain";
import { type Context, Hono } from "hono";
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
import { notFound } from "../../http/problem.ts";
import { checkReferences } from "../../http/references.ts";
import { assertInRegister, ownerFor } from "../../http/register.ts";
import { jsonBody, params, query } from "../../http/validate.ts";

const tags = ["Programs"];
const IdParams = v.object({ id: IdSchema });
const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["name", "createdAt"], "name"),
  track: v.optional(ProgramTrackSchema),
  field: v.optional(TrainingFieldSchema),
  providerPartnerId: v.optional(IdSchema),
  fundingAgreementId: v.optional(IdSchema),
  facilityId: v.optional(IdSchema),
  q: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/**
 * The partners and agreement a program names. A funding agreement newly named must be one the caller
 * may see (another facility's reads as missing); one kept from before need only still exist.
 */
function references(p: Program, fundingChanged: boolean): Reference[] {
  const refs: Reference[] = [];
  if (p.providerPartnerId !== null)
    refs.push({ kind: "partner", id: p.providerPartnerId, field: "providerPartnerId" });
  if (p.fundingAgreementId !== null)
    refs.push({
      kind: "agreement",
      id: p.fundingAgreementId,
      field: "fundingAgreementId",
      ...(fundingChanged ? {} : { existenceOnly: true }),
    });
  if (p.certificationScheme !== null)
    refs.push({
      kind: "partner",
      id: p.certificationScheme.issuerPartnerId,
      field: "certificationScheme.issuerPartnerId",
    });
  return refs;
}

/** A program as the caller may read it: a funding agreement it cannot see reads as none. */
const present = async (c: Context<AppEnv>, db: Executor, p: ProgramRecord): Promise<ProgramRecord> =>
  (await programsAsSeenBy(db, viewerOf(c), [p]))[0] ?? p;

/** The domain program inside a record (what the audit log keeps). */
const domainProgram = ({ revision: _r, createdAt: _c, updatedAt: _u, ...p }: ProgramRecord): Program => p;

/** /programs: training programmes, their provider, funding agreement and certification scheme. */
export function programsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/programs",
    describeRoute({
      operationId: "listPrograms",
      summary: "List programs",
      description:
        "`facilityId` keeps the programs run at that facility (a cohort there the caller may see); " +
        "another facility outside the caller's scope runs none, as a random id.",
      tags,
      responses: { 200: jsonContent("A page of programs", listOf(ProgramSchema)), ...errorResponses(400) },
    }),
    requirePermission("training:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await withCursor(() => listPrograms(c.get("db"), { ...q, viewer: viewerOf(c) })));
    },
  );

  r.get(
    "/programs/:id",
    describeRoute({
      operationId: "getProgram",
      summary: "Read a program",
      tags,
      responses: { 200: jsonContent("The program", ProgramSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("training:read"),
    params(IdParams),
    async (c) => {
      const found = await findProgram(c.get("db"), c.req.valid("param").id);
      if (!found) throw notFound("Program");
      setEtag(c, found.revision);
      return c.json(await present(c, c.get("db"), found));
    },
  );

  r.post(
    "/programs",
    describeRoute({
      operationId: "createProgram",
      summary: "Create a program (minimum attendance share defaults to 0.8)",
      description:
        "The program goes to the caller's register: a facility's or regional admin's own Kanwil (naming " +
        "another is 403), or for a national admin the `ownerRegionalOfficeId` it names (none: national).",
      tags,
      responses: { 201: jsonContent("Created", ProgramSchema, true), ...errorResponses(400, 403, 409, 422) },
    }),
    requirePermission("training:write"),
    jsonBody(CreateProgramSchema),
    async (c) => {
      const body = c.req.valid("json");
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const owner = await ownerFor(c, trx, body.ownerRegionalOfficeId);
          const program = unwrap(createProgram(c.get("newId")(), { ...body, ownerRegionalOfficeId: owner }));
          await checkReferences(c, trx, references(program, true));
          const saved = await insertProgram(trx, program, c.get("now")());
          await audit(trx, c, {
            action: "create",
            resourceType: "program",
            resourceId: saved.id,
            before: null,
            after: program,
          });
          return saved;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/programs/${created.id}`);
      return c.json(await present(c, c.get("db"), created), 201);
    },
  );

  r.patch(
    "/programs/:id",
    describeRoute({
      operationId: "updateProgram",
      summary: "Update a program",
      description:
        "Only in its register: a national program by national admins, a Kanwil's by that Kanwil and its facilities' admins (403 otherwise).",
      tags,
      responses: {
        200: jsonContent("Updated", ProgramSchema, true),
        ...errorResponses(400, 403, 404, 412, 422),
      },
    }),
    requirePermission("training:write"),
    params(IdParams),
    jsonBody(UpdateProgramSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await findProgram(trx, id, { forUpdate: true });
          if (!current) throw notFound("Program");
          await assertInRegister(c, trx, "program", id);
          checkIfMatch(c, current.revision);
          const next = unwrap(updateProgram(domainProgram(current), patch));
          await checkReferences(c, trx, references(next, patch.fundingAgreementId !== undefined));
          const saved = await saveProgram(trx, next, c.get("now")());
          await audit(trx, c, {
            action: "update",
            resourceType: "program",
            resourceId: id,
            before: domainProgram(current),
            after: next,
          });
          return saved;
        });
      setEtag(c, updated.revision);
      return c.json(await present(c, c.get("db"), updated));
    },
  );

  return r;
}
