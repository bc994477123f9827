import { randomBytes } from "node:crypto";
import {
  appendHistory,
  CERTIFICATE_ENTITY,
  type CertificateRecord,
  type Executor,
  findCertificate,
  findCertificateOfEnrollment,
  findInmate,
  findProgram,
  insertCertificate,
  listCertificates,
  listHistory,
  nextCertificateNumber,
  saveCertificate,
} from "@sinergi/db";
import {
  CertificateSchema,
  CertificateStateSchema,
  certificateStatusOn,
  dateInZone,
  formatVerificationCode,
  HistoryEntrySchema,
  IdSchema,
  IssueCertificateSchema,
  issueCertificate,
  overallResult,
  RevokeCertificateSchema,
  revokeCertificate,
} from "@sinergi/domain";
import { type Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { listOf, pageQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { jsonBody, params, query } from "../../http/validate.ts";
import { visibleEnrollment } from "../enrollments/shared.ts";
import { certificatePdfRoutes } from "./pdf-route.ts";
import { publicCertificateRoutes } from "./public.ts";

const tags = ["Certificates"];
const IdParams = v.object({ id: IdSchema });
const HistorySchema = v.array(HistoryEntrySchema);

/** Today in Indonesia's western zone: certificates are national documents, read the same everywhere. */
const todayOf = (now: string) => dateInZone(now, "Asia/Jakarta");
// Field by field (the type asks for each): a spread with a key added cost V8 several times this a row.
const present = (
  cert: CertificateRecord,
  now: string,
): CertificateRecord & { readonly statusToday: ReturnType<typeof certificateStatusOn> } => ({
  id: cert.id,
  number: cert.number,
  issuerNumber: cert.issuerNumber,
  enrollmentId: cert.enrollmentId,
  schemeName: cert.schemeName,
  schemeType: cert.schemeType,
  competency: cert.competency,
  level: cert.level,
  units: cert.units,
  issuerPartnerId: cert.issuerPartnerId,
  holderName: cert.holderName,
  issuedOn: cert.issuedOn,
  validUntil: cert.validUntil,
  status: cert.status,
  revokedReason: cert.revokedReason,
  revokedOn: cert.revokedOn,
  verificationCode: cert.verificationCode,
  revision: cert.revision,
  createdAt: cert.createdAt,
  updatedAt: cert.updatedAt,
  statusToday: certificateStatusOn(cert, todayOf(now)),
});

/** The certificate if the caller may see it: its issuer for a partner, its facility otherwise; else 404. */
export async function visibleCertificate(c: Context<AppEnv>, id: string, db: Executor, forUpdate = false) {
  const cert = await findCertificate(db, id, { forUpdate, viewer: viewerOf(c) });
  if (!cert) throw notFound("Certificate");
  return cert;
}

/** Issuing and revoking competency certificates; the public check lives in ./public.ts. */
export function certificatesRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.post(
    "/enrollments/:id/certificate",
    describeRoute({
      operationId: "issueCertificate",
      summary: "Issue the certificate of a completed, competent enrollment of a certified program",
      tags,
      responses: {
        201: jsonContent("Issued", CertificateSchema, true),
        ...errorResponses(400, 404, 409, 422),
      },
    }),
    requirePermission("certificates:issue"),
    params(IdParams),
    jsonBody(IssueCertificateSchema),
    async (c) => {
      const now = c.get("now")();
      const { issuedOn: askedOn, issuerNumber } = c.req.valid("json");
      const issuedOn = askedOn ?? todayOf(now);
      const cert = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const { enrollment, cohort } = await visibleEnrollment(c, c.req.valid("param").id, trx, true);
          if (await findCertificateOfEnrollment(trx, enrollment.id))
            throw new ProblemError(
              409,
              "certificate/already-issued",
              "This enrollment already has a certificate",
            );
          if (issuedOn < cohort.startDate || issuedOn > todayOf(now))
            throw new ProblemError(422, "validation", "The request is not valid", {
              errors: [
                {
                  field: "issuedOn",
                  message:
                    issuedOn < cohort.startDate
                      ? "must not be before the cohort starts"
                      : "must not be in the future",
                },
              ],
            });
          const program = await findProgram(trx, cohort.programId);
          const inmate = await findInmate(trx, enrollment.inmateId);
          const issued = unwrap(
            issueCertificate(
              {
                enrollmentState: enrollment.state,
                // Competent when every unit of the scheme, as it stands now, is.
                assessmentResult: overallResult(
                  enrollment.assessment,
                  program?.certificationScheme?.competencyUnits ?? [],
                ),
                scheme: program?.certificationScheme ?? null,
                programName: program?.name ?? "",
              },
              {
                id: c.get("newId")(),
                number: await nextCertificateNumber(trx, issuedOn.slice(0, 4)),
                // 80 bits from the OS's CSPRNG: one certificate's link reveals nothing of another's.
                verificationCode: formatVerificationCode(randomBytes(10)),
                enrollmentId: enrollment.id,
                holderName: inmate?.name ?? "",
                issuedOn,
                issuerNumber: issuerNumber ?? null,
              },
            ),
          );
          const saved = await insertCertificate(trx, issued, now);
          await appendHistory(trx, CERTIFICATE_ENTITY, saved.id, {
            at: now,
            actor: c.get("actor"),
            from: null,
            to: "issued",
          });
          await audit(trx, c, {
            action: "create",
            resourceType: "certificate",
            resourceId: saved.id,
            before: null,
            after: saved,
          });
          return saved;
        });
      setEtag(c, cert.revision);
      c.header("Location", `/api/v1/certificates/${cert.id}`);
      return c.json(present(cert, now), 201);
    },
  );

  r.get(
    "/certificates",
    describeRoute({
      operationId: "listCertificates",
      summary: "List certificates in your scope (a partner: those it issued)",
      tags,
      responses: {
        200: jsonContent("A page of certificates", listOf(CertificateSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("certificates:read"),
    query(
      v.strictObject({
        ...pageQuery,
        issuerPartnerId: v.optional(IdSchema),
        status: v.optional(CertificateStateSchema),
        facilityId: v.optional(IdSchema),
      }),
    ),
    async (c) => {
      const q = c.req.valid("query");
      const page = await withCursor(() => listCertificates(c.get("db"), { ...q, viewer: viewerOf(c) }));
      const now = c.get("now")();
      return c.json({ items: page.items.map((x) => present(x, now)), nextCursor: page.nextCursor });
    },
  );

  r.get(
    "/certificates/:id",
    describeRoute({
      operationId: "getCertificate",
      summary: "Read a certificate",
      tags,
      responses: {
        200: jsonContent("The certificate", CertificateSchema, true),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("certificates:read"),
    params(IdParams),
    async (c) => {
      const cert = await visibleCertificate(c, c.req.valid("param").id, c.get("db"));
      setEtag(c, cert.revision);
      return c.json(present(cert, c.get("now")()));
    },
  );

  r.get(
    "/certificates/:id/history",
    describeRoute({
      operationId: "getCertificateHistory",
      summary: "A certificate's lifecycle history",
      tags,
      responses: { 200: jsonContent("Moves, oldest first", HistorySchema), ...errorResponses(400, 404) },
    }),
    requirePermission("certificates:read"),
    params(IdParams),
    async (c) => {
      const cert = await visibleCertificate(c, c.req.valid("param").id, c.get("db"));
      return c.json(await listHistory(c.get("db"), CERTIFICATE_ENTITY, cert.id));
    },
  );

  r.post(
    "/certificates/:id/revoke",
    describeRoute({
      operationId: "revokeCertificate",
      summary: "Revoke a certificate (it is kept and reads as revoked, also on the public check)",
      tags,
      responses: {
        200: jsonContent("Revoked", CertificateSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("certificates:revoke"),
    params(IdParams),
    jsonBody(RevokeCertificateSchema),
    async (c) => {
      const now = c.get("now")();
      const saved = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const before = await visibleCertificate(c, c.req.valid("param").id, trx, true);
          checkIfMatch(c, before.revision);
          const { reason } = c.req.valid("json");
          const moved = unwrap(
            revokeCertificate(before, reason, todayOf(now), { actor: c.get("actor"), at: now }),
          );
          const after = await saveCertificate(trx, moved.entity, now);
          await appendHistory(trx, CERTIFICATE_ENTITY, after.id, moved.history);
          await audit(trx, c, {
            action: "move:revoke",
            resourceType: "certificate",
            resourceId: after.id,
            before,
            after,
          });
          return after;
        });
      setEtag(c, saved.revision);
      return c.json(present(saved, now));
    },
  );

  r.route("/", certificatePdfRoutes());
  r.route("/", publicCertificateRoutes());
  return r;
}
