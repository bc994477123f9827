import { documentContent, findDocument } from "@sinergi/db";
import { DOCUMENT_MEDIA_TYPES } from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { params } from "../../http/validate.ts";
import { IdParams, licenceTags as tags, visibleLicence } from "./shared.ts";

/** GET /licences/{id}/document: the licence's scan, for whoever may read the licence. */
export function licenceDocumentRoute(r: Hono<AppEnv>): void {
  r.get(
    "/licences/:id/document",
    describeRoute({
      operationId: "downloadLicenceScan",
      summary: "Download the licence's scan (each download is audited)",
      description:
        "Anyone who may read the licence may download the document it cites; 404 when it cites none.",
      tags,
      responses: {
        200: {
          description: "The file as uploaded, with its sniffed content type",
          content: Object.fromEntries(
            DOCUMENT_MEDIA_TYPES.map((t) => [
              t,
              { schema: { type: "string", format: "binary", description: `A ${t} file.` } },
            ]),
          ),
        },
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("organisation:read"),
    params(IdParams),
    async (c) => {
      const { found, content } = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const { licence } = await visibleLicence(c, trx, c.req.valid("param").id);
          // The licence grants the sight: its scan was visible to whoever cited it, in the same scope.
          const found =
            licence.documentId === null
              ? undefined
              : await findDocument(trx, licence.documentId, { kind: "national" });
          const content = found && (await documentContent(trx, found.id));
          if (!found || !content) throw notFound("Document");
          await audit(trx, c, {
            action: "download",
            resourceType: "document",
            resourceId: found.id,
            before: null,
            after: { fileName: found.fileName, sha256: found.sha256, sizeBytes: found.sizeBytes },
          });
          return { found, content };
        });
      return c.body(new Uint8Array(content), 200, {
        "Content-Type": found.mediaType,
        "Content-Length": String(content.length),
        "Content-Disposition": `attachment; filename="${found.fileName.replace(/[^\x20-\x7e]/g, "_")}"`,
        ETag: `"${found.sha256}"`,
      });
    },
  );
}
