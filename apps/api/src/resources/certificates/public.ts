import { type CertificateRecord, certificateIssuerName, findCertificateByCode } from "@sinergi/db";
import {
  CERTIFICATE_FIELDS,
  CertificateStatusTodaySchema,
  CertifiedUnitSchema,
  certificateStatusOn,
  dateInZone,
  described,
  isVerificationCode,
  KkniLevelSchema,
  SchemeTypeSchema,
  verificationCodeFrom,
} from "@sinergi/domain";
import { type Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { publicAccess } from "../../access/enforce.ts";
import { sharedRateLimit } from "../../access/rate-limit.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { query } from "../../http/validate.ts";

/** What anyone may see of a certificate: every certified field, and nothing that names a facility or prison. */
export const PublicCertificateSchema = v.object(
  described(
    {
      number: v.string(),
      issuerNumber: v.nullable(v.string()),
      holderName: v.string(),
      competency: v.string(),
      schemeType: v.nullable(SchemeTypeSchema),
      level: v.nullable(KkniLevelSchema),
      schemeName: v.string(),
      units: v.array(CertifiedUnitSchema),
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

/** The public check's link for a code, on the address the caller reached the API at: what the QR holds. */
export const publicCheckUrl = (c: Context<AppEnv>, code: string): string =>
  `${new URL(c.req.url).origin}/api/v1/public/certificates/${code}`;

/** Every certified field of a certificate, and nothing that names a facility or prison. */
async function publicView(c: Context<AppEnv>, cert: CertificateRecord) {
  const issuer = await certificateIssuerName(c.get("db"), cert.issuerPartnerId);
  return {
    number: cert.number,
    issuerNumber: cert.issuerNumber,
    holderName: cert.holderName,
    competency: cert.competency,
    schemeType: cert.schemeType,
    level: cert.level,
    schemeName: cert.schemeName,
    units: cert.units.map((u) => ({ code: u.code, title: u.title })),
    issuer,
    issuedOn: cert.issuedOn,
    validUntil: cert.validUntil,
    status: certificateStatusOn(cert, dateInZone(c.get("now")(), "Asia/Jakarta")),
    revokedReason: cert.revokedReason,
    revokedOn: cert.revokedOn,
  };
}

const checkLimit = () =>
  sharedRateLimit({
    name: "certificate-check",
    windowMs: 60 * 1000,
    limit: 60,
    code: "rate-limited",
    title: "Too many checks; try again in a minute",
  });

/** GET /public/certificates/{code} and /public/certificate-check: the check an employer makes, with no sign-in. */
export function publicCertificateRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get(
    "/public/certificate-check",
    describeRoute({
      operationId: "findCertificate",
      summary: "Check a certificate by its code as typed, or by the link its QR code holds (no sign-in)",
      tags: ["Public certificate check"],
      security: [],
      responses: {
        200: jsonContent("The certified facts", PublicCertificateSchema),
        429: { description: "Too many checks from this client" },
        ...errorResponses(400, 404),
      },
    }),
    publicAccess(),
    checkLimit(),
    query(
      v.strictObject(
        described(
          {
            ref: v.pipe(
              v.string(),
              v.minLength(1, "must not be empty"),
              v.maxLength(500, "must be at most 500 characters"),
            ),
          },
          {
            ref:
              "The verification code as printed (any case, spaces or hyphens allowed), or the whole link the " +
              "certificate's QR code holds.",
          },
        ),
      ),
    ),
    async (c) => {
      const code = verificationCodeFrom(c.req.valid("query").ref);
      // No code, an unknown one: the same plain 404, so nothing hints at which codes exist.
      const cert = code === null ? undefined : await findCertificateByCode(c.get("db"), code);
      if (!cert) throw notFound("Certificate");
      c.header("Cache-Control", "no-store");
      return c.json(await publicView(c, cert));
    },
  );
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
    checkLimit(),
    async (c) => {
      const code = c.req.param("code");
      // An unknown or malformed code is the same plain 404: nothing hints at which codes exist.
      const cert = isVerificationCode(code) ? await findCertificateByCode(c.get("db"), code) : undefined;
      if (!cert) throw notFound("Certificate");
      c.header("Cache-Control", "no-store");
      return c.json(await publicView(c, cert));
    },
  );
  return r;
}
