import { findAlert, listAlerts, markAlertRead } from "@sinergi/db";
import { described, describedPicklist, IdSchema, IsoInstantSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { authRequired, requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { flagQuery, listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { params, query } from "../../http/validate.ts";

const tags = ["Alerts"];
const IdParams = v.object({ id: IdSchema });

const AlertSchema = v.object(
  described(
    {
      id: IdSchema,
      kind: describedPicklist(
        ["agreement_ending", "follow_up_overdue", "licence_expiring", "report_failed"],
        {
          agreement_ending: "An agreement ends in 90, 30 or 7 days.",
          follow_up_overdue: "A follow-up is past its due date and still open.",
          licence_expiring: "A facility licence expires within 60 days.",
          report_failed: "A monthly report could not be made.",
        },
      ),
      facilityId: v.nullable(IdSchema),
      regionalOfficeId: v.nullable(IdSchema),
      subjectId: v.nullable(IdSchema),
      detail: v.record(v.string(), v.unknown()),
      raisedAt: IsoInstantSchema,
      read: v.boolean(),
      readAt: v.nullable(IsoInstantSchema),
    },
    {
      id: "The alert's id.",
      kind: "What the alert is about.",
      facilityId: "The facility it concerns; null when it concerns an office or the directorate.",
      regionalOfficeId: "The regional office it concerns, if any.",
      subjectId: "The agreement, follow-up, licence or report it is about.",
      detail: "Facts for the message (e.g. the end date and days left).",
      raisedAt: "When it was raised.",
      read: "Whether the caller has marked it read.",
      readAt: "When the caller marked it read; null while unread.",
    },
  ),
);

const show = <T extends { readAt: string | null }>(a: T) => ({ ...a, read: a.readAt !== null });

/** /alerts: the alerts of the caller's scope, each marked read per person. */
export function alertsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/alerts",
    describeRoute({
      operationId: "listAlerts",
      summary: "List the alerts of one's scope",
      description:
        "Agreements ending, follow-ups overdue, licences expiring and failed reports placed on the caller's " +
        "facilities or office, newest first; `unread=true` keeps those the caller has not marked read.",
      tags,
      responses: {
        200: jsonContent("A page of alerts", listOf(AlertSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("alerts:read"),
    query(
      v.strictObject({
        ...pageQuery,
        unread: flagQuery({
          true: "Only the alerts not yet marked read.",
          false: "Every alert (the default).",
        }),
      }),
    ),
    async (c) => {
      const p = c.get("principal");
      if (!p) throw authRequired();
      const q = c.req.valid("query");
      const userId = p.kind === "user" ? p.id : null;
      const page = await withCursor(() => listAlerts(c.get("db"), { ...q, viewer: p.scope, userId }));
      return c.json({ items: page.items.map(show), nextCursor: page.nextCursor });
    },
  );

  r.post(
    "/alerts/:id/read",
    describeRoute({
      operationId: "markAlertRead",
      summary: "Mark an alert as read for oneself",
      description:
        "Idempotent: marking it again keeps the first time. Read marks belong to people; an API key keeps none.",
      tags,
      responses: {
        200: jsonContent("The alert, already marked read by the caller", AlertSchema),
        201: jsonContent("The alert, now marked read by the caller", AlertSchema),
        ...errorResponses(400, 403, 404),
      },
    }),
    requirePermission("alerts:read"),
    params(IdParams),
    async (c) => {
      const p = c.get("principal");
      if (!p) throw authRequired();
      const db = c.get("db");
      const id = c.req.valid("param").id;
      if (!(await findAlert(db, id, p.scope, null))) throw notFound("Alert");
      if (p.kind !== "user")
        throw new ProblemError(403, "auth/forbidden", "Only a person marks alerts as read");
      // The first mark creates the caller's read mark (audited); marking again changes nothing.
      const { alert, created } = await db.transaction().execute(async (trx) => {
        const made = await markAlertRead(trx, id, p.id, c.get("now")());
        const read = await findAlert(trx, id, p.scope, p.id);
        if (!read) throw notFound("Alert");
        const { readAt: _, ...about } = read;
        if (made)
          await audit(trx, c, {
            action: "create",
            resourceType: "alert",
            resourceId: id,
            before: null,
            after: about,
          });
        return { alert: read, created: made };
      });
      return c.json(show(alert), created ? 201 : 200);
    },
  );

  return r;
}
