import { findCertificateByCode, findPartner } from "@sinergi/db";
import {
  CERTIFICATE_FIELDS,
  CertificateStatusTodaySchema,
  certificateStatusOn,
  dateInZone,
  described,
  isVerificationCode,
} from "@sinergi/domain";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { publicAccess } from "../../access/enforce.ts";
import { sharedRateLimit } from "../../access/rate-limit.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";

/** What anyone may see of a certificate: every certified field, and nothing that names a facility or prison. */
export const PublicCertificateSchema = v.object(
  described(
    {
      number: v.string(),
      holderName: v.string(),
      competency: v.string(),
      level: v.nullable(v.string()),
      schemeName: v.string(),
      issuer: v.nullable(v.string()),
      issuedOn: v.string(),
      validUntil: v.nullable(v.string()),
      status: CertificateStatusTodaySchema,
      revokedReason: v.nullable(v.string()),
      revokedOn: v.nullable(v.string()),
    },
    { ...CERTIFICATE_FIELDS, status: CERTIFICATE_FIELDS.statusToday },
  ),
);

/** GET /public/certificates/{code}: the check an employer makes, with no sign-in. */
export function publicCertificateRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get(
    "/public/certificates/:code",
    describeRoute({
      operationId: "verifyCertificate",
      summary: "Check a certificate by its verification code (no sign-in)",
      tags: ["Public certificate check"],
      security: [],
      responses: {
        200: jsonContent("The certified facts", PublicCertificateSchema),
        429: { description: "Too many checks from this client" },
        ...errorResponses(404),
      },
    }),
    publicAccess(),
    sharedRateLimit({
      name: "certificate-check",
      windowMs: 60 * 1000,
      limit: 60,
      code: "rate-limited",
      title: "Too many checks; try again in a minute",
    }),
    async (c) => {
      const code = c.req.param("code");
      // An unknown or malformed code is the same plain 404: nothing hints at which codes exist.
      const cert = isVerificationCode(code) ? await findCertificateByCode(c.get("db"), code) : undefined;
      if (!cert) throw notFound("Certificate");
      const issuer = cert.issuerPartnerId ? await findPartner(c.get("db"), cert.issuerPartnerId) : undefined;
      c.header("Cache-Control", "no-store");
      return c.json({
        number: cert.number,
        holderName: cert.holderName,
        competency: cert.competency,
        level: cert.level,
        schemeName: cert.schemeName,
        issuer: issuer?.name ?? null,
        issuedOn: cert.issuedOn,
        validUntil: cert.validUntil,
        status: certificateStatusOn(cert, dateInZone(c.get("now")(), "Asia/Jakarta")),
        revokedReason: cert.revokedReason,
        revokedOn: cert.revokedOn,
      });
    },
  );
  return r;
}
