import { findUser, insertUser, listUsers, toUser } from "@sinergi/db";
import { IdSchema, RoleSchema, roleFitsScope, ScopeSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { scopeExists, scopeWithin } from "../../access/scope.ts";
import { hashPassword } from "../../access/secrets.ts";
import type { AppEnv } from "../../context.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { UserSchema } from "../auth/schemas.ts";

const tags = ["Users"];
const IdParams = v.object({ id: IdSchema });
const CreateUserSchema = v.strictObject({
  email: v.pipe(v.string(), v.trim(), v.email("must be an email address"), v.maxLength(254)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(200)),
  password: v.pipe(v.string(), v.minLength(12, "must be at least 12 characters"), v.maxLength(1024)),
  role: RoleSchema,
  scope: ScopeSchema,
});

/** /users: people who sign in; admins create them within their own scope. */
export function usersRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/users",
    describeRoute({
      operationId: "listUsers",
      summary: "List users",
      tags,
      responses: { 200: jsonContent("A page of users", listOf(UserSchema)), ...errorResponses(400) },
    }),
    requirePermission("users:manage"),
    query(v.strictObject({ ...pageQuery, role: v.optional(RoleSchema) })),
    async (c) => {
      const q = c.req.valid("query");
      // Filtered in SQL, so pages stay full and cursors never point outside the scope.
      const within = c.get("principal")?.scope;
      return c.json(await withCursor(() => listUsers(c.get("db"), { ...q, within })));
    },
  );

  r.get(
    "/users/:id",
    describeRoute({
      operationId: "getUser",
      summary: "Read a user",
      tags,
      responses: { 200: jsonContent("The user", UserSchema, true), ...errorResponses(400, 404) },
    }),
    requirePermission("users:manage"),
    params(IdParams),
    async (c) => {
      const user = await findUser(c.get("db"), c.req.valid("param").id);
      if (!user || !(await scopeWithin(c.get("db"), c.get("principal")!.scope, user.scope)))
        throw notFound("User");
      setEtag(c, user.revision);
      return c.json(user);
    },
  );

  r.post(
    "/users",
    describeRoute({
      operationId: "createUser",
      summary: "Create a user with a role and scope inside one's own",
      tags,
      responses: { 201: jsonContent("Created", UserSchema, true), ...errorResponses(400, 409, 422) },
    }),
    requirePermission("users:manage"),
    jsonBody(CreateUserSchema),
    async (c) => {
      const input = c.req.valid("json");
      const db = c.get("db");
      if (!roleFitsScope(input.role, input.scope))
        throw new ProblemError(422, "validation", "The scope does not fit the role", {
          errors: [{ field: "scope.kind", message: `does not fit role ${input.role}` }],
        });
      if (
        !(await scopeExists(db, input.scope)) ||
        !(await scopeWithin(db, c.get("principal")!.scope, input.scope))
      )
        throw new ProblemError(422, "validation", "The scope is unknown or outside yours", {
          errors: [{ field: "scope", message: "is unknown or outside your own scope" }],
        });
      if (input.role === "national_admin" && c.get("principal")!.role !== "national_admin")
        throw new ProblemError(403, "auth/forbidden", "Only a national admin may create another");
      const passwordHash = await hashPassword(input.password);
      const now = c.get("now")();
      const user = await db.transaction().execute(async (trx) => {
        const created = await insertUser(
          trx,
          {
            id: c.get("newId")(),
            email: input.email,
            name: input.name,
            passwordHash,
            role: input.role,
            scope: input.scope,
          },
          now,
        );
        await audit(trx, c, {
          action: "create",
          resourceType: "user",
          resourceId: created.id,
          before: null,
          after: created,
        });
        return created;
      });
      setEtag(c, user.revision);
      c.header("Location", `/api/v1/users/${user.id}`);
      return c.json(user, 201);
    },
  );

  r.post(
    "/users/:id/disable",
    describeRoute({
      operationId: "disableUser",
      summary: "Disable a user (ends their sessions)",
      tags,
      responses: { 200: jsonContent("Disabled", UserSchema, true), ...errorResponses(400, 404, 412) },
    }),
    requirePermission("users:manage"),
    params(IdParams),
    async (c) => {
      const { id } = c.req.valid("param");
      const now = c.get("now")();
      const user = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const before = await findUser(trx, id, { forUpdate: true });
          if (!before || !(await scopeWithin(trx, c.get("principal")!.scope, before.scope)))
            throw notFound("User");
          if (before.id === c.get("principal")!.id)
            throw new ProblemError(409, "user/cannot-disable-self", "You cannot disable your own account");
          checkIfMatch(c, before.revision);
          const row = await trx
            .updateTable("users")
            .set((eb) => ({ disabledAt: now, updatedAt: now, revision: eb("revision", "+", 1) }))
            .where("id", "=", id)
            .returningAll()
            .executeTakeFirstOrThrow();
          await trx.deleteFrom("sessions").where("userId", "=", id).execute();
          const after = toUser(row);
          await audit(trx, c, {
            action: "move:disable",
            resourceType: "user",
            resourceId: id,
            before,
            after,
          });
          return after;
        });
      setEtag(c, user.revision);
      return c.json(user);
    },
  );

  return r;
}
