import { type InmateRecord, inmateGrant, listInmates } from "@sinergi/db";
import { described, InmateSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { authRequired, requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, itemsOf, jsonContent } from "../../http/openapi.ts";
import { jsonBody } from "../../http/validate.ts";
import { presentInmate } from "./present.ts";

/** How many records one NIK may match (one per facility that ever held the person). */
const MAX_MATCHES = 50;

// The message never repeats the value: it is personal data.
const LookupSchema = v.strictObject(
  described(
    { nik: v.pipe(v.string("must be a string of 16 digits"), v.regex(/^\d{16}$/, "must be 16 digits")) },
    { nik: "The 16-digit NIK to look for." },
  ),
);

/** POST /inmates/lookup: find inmates by NIK, which never goes into a URL. */
export function inmateLookupRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.post(
    "/inmates/lookup",
    describeRoute({
      operationId: "lookupInmatesByNik",
      summary: "Find inmates by NIK (sent in the body, never the URL; each match is audited)",
      description:
        "Answers the records in the caller's scope with this NIK, masked as in lists; read one for the full " +
        "record. A partner system finds only records its agreement grants with personal data.",
      tags: ["Inmates"],
      responses: {
        200: jsonContent(
          "The matching inmates",
          itemsOf(InmateSchema, "The inmates in the caller's scope with this NIK, masked as in lists."),
        ),
        ...errorResponses(422),
      },
    }),
    requirePermission("inmates:personal-data"),
    jsonBody(LookupSchema),
    async (c) => {
      const { nik } = c.req.valid("json");
      const db = c.get("db");
      const p = c.get("principal");
      if (!p) throw authRequired();
      const now = c.get("now")();
      const restriction =
        p.scope.kind === "partner"
          ? { grantedTo: { partnerId: p.scope.partnerId, at: now } }
          : { viewer: viewerOf(c) };
      const page = await listInmates(db, {
        nik,
        ...restriction,
        sort: { field: "name", direction: "asc" },
        limit: MAX_MATCHES,
      });
      const items: InmateRecord[] = [];
      for (const inmate of page.items) {
        // A names-only grant must not let a partner test which NIKs are held.
        if (p.scope.kind === "partner") {
          const grant = await inmateGrant(db, p.scope.partnerId, inmate.id, now);
          if (grant?.personalData !== true) continue;
        }
        items.push(inmate);
      }
      if (items.length > 0)
        await db.transaction().execute(async (trx) => {
          for (const inmate of items)
            await audit(trx, c, {
              action: "lookup-by-nik",
              resourceType: "inmate",
              resourceId: inmate.id,
              before: null,
              after: null,
            });
        });
      return c.json({ items: items.map((i) => presentInmate(i, false)) });
    },
  );
  return r;
}
