import {
  type Executor,
  findAgreement,
  findProgram,
  insertProgram,
  listPrograms,
  type ProgramRecord,
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
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { agreementVisible } from "../agreements/present.ts";
import { checkReferences, type Reference } from "../inmates/facility-scope.ts";

const tags = ["Programs"];
const IdParams = v.object({ id: IdSchema });
const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["name", "createdAt"], "name"),
  track: v.optional(ProgramTrackSchema),
  field: v.optional(TrainingFieldSchema),
  providerPartnerId: v.optional(IdSchema),
  fundingAgreementId: v.optional(IdSchema),
  q: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/**
 * The partners and agreement a program names, for the existence check. A funding agreement newly named
 * must also be one the caller may see: another facility's reads as missing.
 */
function references(c: Context<AppEnv>, p: Program, fundingChanged: boolean): Reference[] {
  const refs: Reference[] = [];
  if (p.providerPartnerId !== null)
    refs.push({ table: "partners", id: p.providerPartnerId, field: "providerPartnerId" });
  const fundingId = p.fundingAgreementId;
  if (fundingId !== null)
    refs.push({
      table: "agreements",
      id: fundingId,
      field: "fundingAgreementId",
      ...(fundingChanged
        ? {
            visible: async (db: Executor) => {
              const a = await findAgreement(db, fundingId);
              return a !== undefined && (await agreementVisible(c, a, db));
            },
          }
        : {}),
    });
  if (p.certificationScheme !== null)
    refs.push({
      table: "partners",
      id: p.certificationScheme.issuerPartnerId,
      field: "certificationScheme.issuerPartnerId",
    });
  return refs;
}

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
      tags,
      responses: { 200: jsonContent("A page of programs", listOf(ProgramSchema)), ...errorResponses(400) },
    }),
    requirePermission("training:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await withCursor(() => listPrograms(c.get("db"), q)));
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
      return c.json(found);
    },
  );

  r.post(
    "/programs",
    describeRoute({
      operationId: "createProgram",
      summary: "Create a program (minimum attendance share defaults to 0.8)",
      tags,
      responses: { 201: jsonContent("Created", ProgramSchema, true), ...errorResponses(400, 409, 422) },
    }),
    requirePermission("training:write"),
    jsonBody(CreateProgramSchema),
    async (c) => {
      const program = unwrap(createProgram(c.get("newId")(), c.req.valid("json")));
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          await checkReferences(trx, references(c, program, true));
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
      return c.json(created, 201);
    },
  );

  r.patch(
    "/programs/:id",
    describeRoute({
      operationId: "updateProgram",
      summary: "Update a program",
      tags,
      responses: { 200: jsonContent("Updated", ProgramSchema, true), ...errorResponses(400, 404, 412, 422) },
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
          checkIfMatch(c, current.revision);
          const next = unwrap(updateProgram(domainProgram(current), patch));
          await checkReferences(trx, references(c, next, patch.fundingAgreementId !== undefined));
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
      return c.json(updated);
    },
  );

  return r;
}
