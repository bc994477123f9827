import { insertUser, listUsers, saveAccount, toAccount } from "@sinergi/db";
import {
  CreateUserSchema,
  changeAccess,
  RoleSchema,
  roleFitsScope,
  UpdateUserSchema,
  UserSchema,
  UserWithOneTimePasswordSchema,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { assertPasswordAccepted, strongOneTimePassword } from "../../access/password-rule.ts";
import { viewerOf } from "../../access/scope.ts";
import { hashPassword } from "../../access/secrets.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { withholdFromReplay } from "../../http/idempotency.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { ProblemError } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { userMoveRoutes } from "./moves.ts";
import { presentUser } from "./present.ts";
import { assertMayGrant, IdParams, tags, userInScope } from "./shared.ts";

const ListQuery = v.strictObject({
  ...pageQuery,
  role: v.optional(RoleSchema),
  q: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))),
});

/** /users: people who sign in; admins manage them within their own scope. */
export function usersRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/users",
    describeRoute({
      operationId: "listUsers",
      summary: "List users in the caller's scope, by email",
      description: "`q` matches part of the name or email.",
      tags,
      responses: { 200: jsonContent("A page of users", listOf(UserSchema)), ...errorResponses(400) },
    }),
    requirePermission("users:manage"),
    query(ListQuery),
    async (c) => {
      const q = c.req.valid("query");
      const now = c.get("now")();
      // Filtered in SQL, so pages stay full and cursors never point outside the scope.
      const page = await withCursor(() => listUsers(c.get("db"), { ...q, viewer: viewerOf(c) }));
      return c.json({ items: page.items.map((u) => presentUser(u, now)), nextCursor: page.nextCursor });
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
      const user = await userInScope(c, c.get("db"), c.req.valid("param").id);
      setEtag(c, user.revision);
      return c.json(presentUser(user, c.get("now")()));
    },
  );

  r.post(
    "/users",
    describeRoute({
      operationId: "createUser",
      summary: "Create a user with a role and scope inside one's own",
      description:
        "Without `password` the server makes a one-time password and returns it in `oneTimePassword`, " +
        "shown only in this response. Either way the person must choose their own at the first sign-in. " +
        "A given password must be hard to guess and must not contain the person's name or email.",
      tags,
      responses: {
        201: jsonContent("Created", UserWithOneTimePasswordSchema, true),
        ...errorResponses(400, 409, 422),
      },
    }),
    requirePermission("users:manage"),
    jsonBody(CreateUserSchema),
    async (c) => {
      const input = c.req.valid("json");
      const db = c.get("db");
      if (!roleFitsScope(input.role, input.scope))
        throw new ProblemError(422, "user/scope-misfit", "The scope does not fit the role", {
          errors: [{ field: "scope.kind", message: `does not fit role ${input.role}` }],
        });
      await assertMayGrant(c, db, input.role, input.scope);
      if (input.password !== undefined) await assertPasswordAccepted(input.password, input, "password");
      const generated = input.password === undefined ? await strongOneTimePassword(input) : undefined;
      const passwordHash = await hashPassword(input.password ?? generated ?? "");
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
            mustChangePassword: true,
          },
          now,
        );
        await audit(trx, c, {
          action: "create",
          resourceType: "user",
          resourceId: created.id,
          before: null,
          after: presentUser(created, now),
        });
        return created;
      });
      setEtag(c, user.revision);
      c.header("Location", `/api/v1/users/${user.id}`);
      withholdFromReplay(c);
      return c.json(
        { ...presentUser(user, now), ...(generated === undefined ? {} : { oneTimePassword: generated }) },
        201,
      );
    },
  );

  r.patch(
    "/users/:id",
    describeRoute({
      operationId: "updateUser",
      summary: "Change a user's name, role or scope (not one's own role or scope)",
      description: "The new role and scope take effect on the person's next request.",
      tags,
      responses: {
        200: jsonContent("Changed", UserSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("users:manage"),
    params(IdParams),
    jsonBody(UpdateUserSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const principal = c.get("principal")!;
      const now = c.get("now")();
      const user = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const before = await userInScope(c, trx, id, { forUpdate: true });
          checkIfMatch(c, before.revision);
          const account = unwrap(
            changeAccess(
              toAccount(before),
              { ...(patch.role ? { role: patch.role } : {}), ...(patch.scope ? { scope: patch.scope } : {}) },
              principal.id,
            ),
          );
          if (patch.role !== undefined || patch.scope !== undefined)
            await assertMayGrant(c, trx, account.role, account.scope);
          const after = await saveAccount(trx, account, now, {
            audible: true,
            ...(patch.name === undefined ? {} : { name: patch.name }),
          });
          await audit(trx, c, {
            action: "update",
            resourceType: "user",
            resourceId: id,
            before: presentUser(before, now),
            after: presentUser(after, now),
          });
          return after;
        });
      setEtag(c, user.revision);
      return c.json(presentUser(user, now));
    },
  );

  userMoveRoutes(r);
  return r;
}
