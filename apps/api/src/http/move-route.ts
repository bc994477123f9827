import type { Executor } from "@sinergi/db";
import type { MoveContext, Permission } from "@sinergi/domain";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { describeRoute } from "hono-openapi";
import type * as v from "valibot";
import { audit } from "../access/audit.ts";
import { requirePermission } from "../access/enforce.ts";
import type { AppEnv } from "../context.ts";
import { checkIfMatch, setEtag } from "./etag.ts";
import { type ErrorStatus, errorResponses, jsonContent } from "./openapi.ts";
import { jsonBody, params } from "./validate.ts";

/** Who and when, for a lifecycle move made by this request (the reason, when the body gave one). */
export function moveContext(c: Context<AppEnv>, reason?: string): MoveContext {
  return { actor: c.get("actor"), at: c.get("now")(), ...(reason === undefined ? {} : { reason }) };
}

/** One lifecycle move of a resource: `POST /<resources>/{id}/<move>`. */
export interface MoveRouteSpec<
  Current extends { readonly revision: number },
  Saved extends { readonly revision: number },
  Body,
> {
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: string[];
  readonly permission: Permission;
  readonly params: v.GenericSchema<unknown, { id: string }>;
  /** The body's schema; a move without one takes no body (and documents none). */
  readonly body?: v.GenericSchema<unknown, Body>;
  readonly response: { readonly description: string; readonly schema: v.GenericSchema };
  readonly errors?: readonly ErrorStatus[];
  /** The reason the move's history entry records, when the body gives one. */
  readonly reason?: (body: Body) => string | undefined;
  /** The audit log's name for the resource, and the action (`move:<name>`). */
  readonly resourceType: string;
  readonly action: string;
  /** The resource locked for update, or a 404 when the caller cannot see it (inside the transaction). */
  readonly load: (c: Context<AppEnv>, trx: Executor, id: string) => Promise<Current>;
  /** Makes the move and saves it (with its history); what the audit log keeps before and after. */
  readonly apply: (
    current: Current,
    body: Body,
    ctx: MoveContext,
    trx: Executor,
    c: Context<AppEnv>,
  ) => Promise<{ readonly saved: Saved; readonly before: unknown; readonly after: unknown }>;
  /** The answer's body (`ctx.at` is the move's instant, for what reads "today"). */
  readonly present: (saved: Saved, c: Context<AppEnv>, ctx: MoveContext) => unknown;
}

/**
 * Registers a lifecycle move the one way every resource makes it: the permission, the id and body
 * checked, then in one transaction the resource locked (404 when unseen), If-Match checked (428/412),
 * the move applied and saved, one audit entry written; the answer carries the new ETag.
 */
export function moveRoute<
  C extends { readonly revision: number },
  S extends { readonly revision: number },
  B,
>(r: Hono<AppEnv>, spec: MoveRouteSpec<C, S, B>): void {
  // Typed loosely: Hono's overloads cannot type a spread of middleware, and a move may take no body.
  const checks = [
    requirePermission(spec.permission),
    params(spec.params),
    ...(spec.body === undefined ? [] : [jsonBody(spec.body)]),
  ] as unknown as MiddlewareHandler<AppEnv>[];
  r.post(
    spec.path,
    describeRoute({
      operationId: spec.operationId,
      summary: spec.summary,
      ...(spec.description === undefined ? {} : { description: spec.description }),
      tags: spec.tags,
      responses: {
        200: jsonContent(spec.response.description, spec.response.schema, true),
        ...errorResponses(...(spec.errors ?? [400, 404, 409, 412, 422])),
      },
    }),
    ...checks,
    async (c: Context<AppEnv>) => {
      const { id } = (c.req as unknown as { valid(t: "param"): { id: string } }).valid("param");
      const body = (
        spec.body === undefined
          ? undefined
          : (c.req as unknown as { valid(t: "json"): unknown }).valid("json")
      ) as B;
      const ctx = moveContext(c, spec.reason?.(body));
      const saved = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await spec.load(c, trx, id);
          checkIfMatch(c, current.revision);
          const { saved, before, after } = await spec.apply(current, body, ctx, trx, c);
          await audit(trx, c, {
            action: spec.action,
            resourceType: spec.resourceType,
            resourceId: id,
            before,
            after,
          });
          return saved;
        });
      setEtag(c, saved.revision);
      return c.json(spec.present(saved, c, ctx) as object);
    },
  );
}
