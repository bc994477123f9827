import { findInmate, inmateRecordExport } from "@sinergi/db";
import { described, IdSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { params } from "../../http/validate.ts";
import { presentInmate } from "./present.ts";

const ExportSchema = v.object(
  described(
    {
      exportedAt: v.string(),
      inmate: v.record(v.string(), v.unknown()),
      enrollments: v.array(v.record(v.string(), v.unknown())),
      certificates: v.array(v.record(v.string(), v.unknown())),
      history: v.array(v.record(v.string(), v.unknown())),
      audit: v.array(v.record(v.string(), v.unknown())),
    },
    {
      exportedAt: "When the export was made (ISO 8601 instant).",
      inmate: "The inmate's record, personal data unmasked.",
      enrollments: "Every enrollment of the inmate, with its attendance.",
      certificates: "Every certificate issued to the inmate, revoked ones included.",
      history: "Every lifecycle move of the inmate's enrollments.",
      audit: "Who read, changed or exported the record, and when (from the audit log).",
    },
  ),
);

/** GET /inmates/{id}/export: an inmate's whole record, for a data-subject request under UU PDP. */
export function inmateExportRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get(
    "/inmates/:id/export",
    describeRoute({
      operationId: "exportInmate",
      summary:
        "Export an inmate's whole record as JSON: data, enrollments, certificates, history, who read or changed it",
      tags: ["Inmates"],
      responses: { 200: jsonContent("The whole record", ExportSchema), ...errorResponses(400, 404) },
    }),
    requirePermission("inmates:export"),
    params(v.object({ id: IdSchema })),
    async (c) => {
      const db = c.get("db");
      const inmate = await findInmate(db, c.req.valid("param").id, { viewer: viewerOf(c) });
      if (!inmate) throw notFound("Inmate");
      const kept = await inmateRecordExport(db, inmate.id);
      // The export is itself a read of personal data, so it is recorded like one.
      await audit(db, c, {
        action: "export",
        resourceType: "inmate",
        resourceId: inmate.id,
        before: null,
        after: null,
      });
      c.header("Cache-Control", "no-store");
      c.header("Content-Disposition", `attachment; filename="inmate-${inmate.id}.json"`);
      return c.json({
        exportedAt: c.get("now")(),
        inmate: presentInmate(inmate, true),
        ...kept,
      });
    },
  );
  return r;
}
