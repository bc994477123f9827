import { certificateIssuerName } from "@sinergi/db";
import { IdSchema } from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { etagOf } from "../../http/etag.ts";
import { errorResponses } from "../../http/openapi.ts";
import { params } from "../../http/validate.ts";
import { certificatePdf } from "./pdf.ts";
import { publicCheckUrl } from "./public.ts";
import { visibleCertificate } from "./routes.ts";

const IdParams = v.object({ id: IdSchema });

/** GET /certificates/{id}/pdf: the printable certificate, for those who may read it. */
export function certificatePdfRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get(
    "/certificates/:id/pdf",
    describeRoute({
      operationId: "getCertificatePdf",
      summary: "The printable certificate (A4 PDF with a QR code of the public check; names no facility)",
      tags: ["Certificates"],
      responses: {
        200: {
          description: "The certificate as a PDF",
          headers: {
            ETag: {
              description: "Entity tag of the certificate's revision the PDF shows.",
              schema: { type: "string" as const },
            },
          },
          content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } },
        },
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("certificates:read"),
    params(IdParams),
    async (c) => {
      const db = c.get("db");
      const cert = await visibleCertificate(c, c.req.valid("param").id, db);
      const pdf = await certificatePdf({
        certificate: cert,
        issuer: await certificateIssuerName(db, cert.issuerPartnerId),
        checkUrl: publicCheckUrl(c, cert.verificationCode),
        revoked: cert.status === "revoked",
      });
      return c.body(new Uint8Array(pdf), 200, {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="sertifikat-${cert.number.replaceAll("/", "-")}.pdf"`,
        "cache-control": "private, no-store",
        etag: etagOf(cert.revision),
      });
    },
  );
  return r;
}
