import {
  type Executor,
  findPartner,
  insertPartner,
  listPartners,
  partnerAncestors,
  updatePartner,
} from "@sinergi/db";
import {
  AreaCodeSchema,
  CooperationFieldSchema,
  CreatePartnerSchema,
  checkParent,
  domainError,
  IdSchema,
  PartnerKindSchema,
  PartnerSchema,
  UpdatePartnerSchema,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { domainProblem } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { flagQuery, idsQuery, listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { type FieldProblem, notFound, ProblemError } from "../../http/problem.ts";
import { assertInRegister, ownerFor } from "../../http/register.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { areaProblems } from "../areas/check.ts";

const tags = ["Partners"];
const IdParams = v.object({ id: IdSchema });
const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["name", "createdAt"], "name"),
  ids: idsQuery,
  kind: v.optional(PartnerKindSchema),
  parentId: v.optional(IdSchema),
  topLevel: flagQuery({
    true: "Only partners with no parent agency above them.",
    false: "Every partner (the default).",
  }),
  areaCode: v.optional(AreaCodeSchema),
  field: v.optional(CooperationFieldSchema),
  q: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/** Checks the area code and the parent (exists, is a government body, makes no cycle); 422 naming the field. */
async function checkPartnerReferences(
  db: Executor,
  partnerId: string | null,
  p: { areaCode: string | null; parentId: string | null },
): Promise<void> {
  const errors: FieldProblem[] =
    p.areaCode === null ? [] : await areaProblems(db, [{ field: "areaCode", code: p.areaCode }]);
  if (p.parentId !== null) {
    const parent = await findPartner(db, p.parentId);
    if (!parent) errors.push({ field: "parentId", message: "no such partner" });
    else if (errors.length === 0) {
      const code = checkParent(partnerId, parent, await partnerAncestors(db, parent.id));
      if (code !== null)
        throw domainProblem(
          domainError(
            code,
            code === "partner/parent-cycle"
              ? "the parent would be the partner itself or one of its own sub-agencies"
              : "a parent must be a local government or a government agency",
            { field: "parentId" },
          ),
        );
    }
  }
  if (errors.length > 0)
    throw new ProblemError(422, "validation/reference", "A referenced record does not exist", { errors });
}

/** /partners: local governments, their agencies, training providers, certification bodies and others. */
export function partnersRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/partners",
    describeRoute({
      operationId: "listPartners",
      summary: "List partners",
      description:
        "Filters combine with AND. `areaCode` matches the area and every area inside it (`81` finds " +
        "partners in all of Maluku); `field` keeps partners cooperating in that field; `q` searches names. " +
        "`topLevel=true` lists the register's top level (local governments, agencies with no parent, " +
        "providers) and `parentId` the units directly below one: the two walk the tree a page at a time.",
      tags,
      responses: { 200: jsonContent("A page of partners", listOf(PartnerSchema)), ...errorResponses(400) },
    }),
    requirePermission("organisation:read"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      const page = await withCursor(() => listPartners(c.get("db"), { ...q, viewer: viewerOf(c) }));
      return c.json(page);
    },
  );

  r.get(
    "/partners/:id",
    describeRoute({
      operationId: "getPartner",
      summary: "Read a partner",
      tags,
      responses: { 200: jsonContent("The partner", PartnerSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("organisation:read"),
    params(IdParams),
    async (c) => {
      const found = await findPartner(c.get("db"), c.req.valid("param").id, { viewer: viewerOf(c) });
      if (!found) throw notFound("Partner");
      setEtag(c, found.revision);
      return c.json(found);
    },
  );

  r.post(
    "/partners",
    describeRoute({
      operationId: "createPartner",
      summary: "Create a partner",
      description:
        "`areaCode` must be an official area and `parentId` a local government or agency. The partner goes " +
        "to the caller's register: a facility's or regional admin's own Kanwil (naming another is 403), " +
        "or for a national admin the `ownerRegionalOfficeId` it names (none: the national register).",
      tags,
      responses: { 201: jsonContent("Created", PartnerSchema, true), ...errorResponses(400, 403, 409, 422) },
    }),
    requirePermission("organisation:write"),
    jsonBody(CreatePartnerSchema),
    async (c) => {
      const input = c.req.valid("json");
      const id = c.get("newId")();
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const owner = await ownerFor(c, trx, input.ownerRegionalOfficeId);
          await checkPartnerReferences(trx, id, input);
          const saved = await insertPartner(
            trx,
            id,
            { ...input, ownerRegionalOfficeId: owner },
            c.get("now")(),
          );
          await audit(trx, c, {
            action: "create",
            resourceType: "partner",
            resourceId: id,
            before: null,
            after: saved,
          });
          return saved;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/partners/${created.id}`);
      return c.json(created, 201);
    },
  );

  r.patch(
    "/partners/:id",
    describeRoute({
      operationId: "updatePartner",
      summary: "Update a partner",
      description:
        "Only in its register: a national partner by national admins, a Kanwil's by that Kanwil and its facilities' admins (403 otherwise).",
      tags,
      responses: {
        200: jsonContent("Updated", PartnerSchema, true),
        ...errorResponses(400, 403, 404, 409, 412, 422),
      },
    }),
    requirePermission("organisation:write"),
    params(IdParams),
    jsonBody(UpdatePartnerSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const updated = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await findPartner(trx, id, { forUpdate: true, viewer: viewerOf(c) });
          if (!current) throw notFound("Partner");
          await assertInRegister(c, trx, "partner", id);
          checkIfMatch(c, current.revision);
          await checkPartnerReferences(trx, id, {
            areaCode: patch.areaCode === undefined ? null : patch.areaCode,
            parentId: patch.parentId === undefined ? null : patch.parentId,
          });
          const saved = await updatePartner(trx, id, patch, c.get("now")());
          await audit(trx, c, {
            action: "update",
            resourceType: "partner",
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

  return r;
}
