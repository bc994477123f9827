import { assertNever, ROLES, type Role, rolePermissions } from "@sinergi/domain";
import type { Hono } from "hono";
import { SESSION_COOKIE } from "../access/authenticate.ts";
import { type AccessRule, accessRuleOf } from "../access/enforce.ts";
import type { AppEnv } from "../context.ts";
import { problemResponse } from "./openapi.ts";

/** Who may call an operation, as the OpenAPI document states it (`x-sinergi-access`). */
export interface OperationAccess {
  readonly rule: AccessRule["kind"];
  readonly permission?: string;
  /** For a rule of several permissions: the caller needs one, which one depends on the request. */
  readonly permissions?: readonly string[];
  /** Roles that may call it (each within its own scope); empty for public operations. */
  readonly roles: readonly Role[];
}

/** The roles an access rule admits. */
export function rolesFor(rule: AccessRule): readonly Role[] {
  switch (rule.kind) {
    case "public":
      return [];
    case "signed-in":
      // People hold every role but partner_system; API keys every role but national_admin.
      return ROLES.filter(
        (r) =>
          !(rule.as === "user" && r === "partner_system") &&
          !(rule.as === "api_key" && r === "national_admin"),
      );
    case "permission":
      return ROLES.filter((r) => rolePermissions(r).has(rule.permission));
    case "any-permission":
      return ROLES.filter((r) => rule.permissions.some((p) => rolePermissions(r).has(p)));
    case "national":
      return ["national_admin"];
    default:
      return assertNever(rule);
  }
}

/** Every /api/v1 operation's combined access (a route may stack rules: all must pass). */
export function operationAccess(app: Hono<AppEnv>): Map<string, OperationAccess> {
  const rules = new Map<string, AccessRule[]>();
  for (const r of app.routes) {
    if (!r.path.startsWith("/api/v1/") || r.method === "ALL") continue;
    const rule = accessRuleOf(r.handler);
    if (!rule) continue;
    const key = `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`;
    rules.set(key, [...(rules.get(key) ?? []), rule]);
  }
  const out = new Map<string, OperationAccess>();
  for (const [key, list] of rules) {
    const roles = list.map(rolesFor).reduce((a, b) => a.filter((r) => b.includes(r)));
    const permission = list.find((r) => r.kind === "permission");
    const anyOf = list.find((r) => r.kind === "any-permission");
    const strictest = list.find((r) => r.kind === "national") ?? permission ?? anyOf ?? list[0];
    out.set(key, {
      rule: strictest?.kind ?? "public",
      ...(permission?.kind === "permission" ? { permission: permission.permission } : {}),
      ...(anyOf?.kind === "any-permission" ? { permissions: anyOf.permissions } : {}),
      roles,
    });
  }
  return out;
}

type Operation = {
  description?: string;
  security?: unknown[];
  responses?: Record<string, unknown>;
  [k: string]: unknown;
};

/**
 * Writes each operation's access into the OpenAPI document: the security schemes (session cookie, bearer
 * API key), `security: []` on public operations, who may call each one (`x-sinergi-access` and a line in
 * its description), and its 401/403 answers.
 */
export function documentAccess<T extends { paths?: object; components?: object }>(
  spec: T,
  app: Hono<AppEnv>,
): T {
  const paths = (spec.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [key, access] of operationAccess(app)) {
    const [method, path] = key.split(" ") as [string, string];
    const op = paths[path]?.[method];
    if (!op) continue;
    op["x-sinergi-access"] = access;
    if (access.rule === "public") {
      op.security = [];
      const line = "**Access:** public: no sign-in or key needed.";
      op.description = op.description ? `${op.description}\n\n${line}` : line;
      continue;
    }
    const who =
      access.rule === "signed-in"
        ? "any signed-in caller"
        : `${access.roles.map((r) => r.replace(/_/g, " ")).join(", ")}, within their scope`;
    const needs = access.permission
      ? `permission \`${access.permission}\` — `
      : access.permissions
        ? `one of ${access.permissions.map((p) => `\`${p}\``).join(", ")} (see the description) — `
        : "";
    const line = `**Access:** ${needs}${who}.`;
    op.description = op.description ? `${op.description}\n\n${line}` : line;
    op.responses = {
      ...op.responses,
      401: problemResponse(401),
      ...(access.rule === "signed-in" ? {} : { 403: problemResponse(403) }),
    };
  }
  const components = (spec.components ?? {}) as Record<string, unknown>;
  return {
    ...spec,
    components: {
      ...components,
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "Set by POST /api/v1/auth/sign-in (the console).",
        },
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key made by an admin (POST /api/v1/api-keys), for external systems.",
        },
      },
    },
    security: [{ session: [] }, { apiKey: [] }],
  };
}
