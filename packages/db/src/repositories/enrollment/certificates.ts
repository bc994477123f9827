import type { Certificate, CertificateState, CompetencyUnit, SchemeType } from "@sinergi/domain";
import type { Selectable } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { FindOptions } from "../../record-store.ts";
import type { CertificatesTable } from "../../schema/enrollment.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** Entity type under which certificate moves are stored in lifecycle_history. */
export const CERTIFICATE_ENTITY = "certificate";

/** A stored certificate. */
export interface CertificateRecord extends Certificate {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toCertificate = (r: Selectable<CertificatesTable>): CertificateRecord => ({
  id: r.id,
  number: r.number,
  issuerNumber: r.issuerNumber,
  enrollmentId: r.enrollmentId,
  schemeName: r.schemeName,
  schemeType: r.schemeType as SchemeType | null,
  competency: r.competency,
  level: r.level,
  units: r.units as CompetencyUnit[],
  issuerPartnerId: r.issuerPartnerId,
  holderName: r.holderName,
  issuedOn: r.issuedOn,
  validUntil: r.validUntil,
  status: r.status as CertificateState,
  revokedReason: r.revokedReason,
  revokedOn: r.revokedOn,
  verificationCode: r.verificationCode,
  revision: r.revision,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Filters for listing certificates. */
export interface CertificateListQuery {
  readonly issuerPartnerId?: string | undefined;
  readonly status?: CertificateState | undefined;
  readonly facilityId?: string | undefined;
  /** Who is looking: only what it may see is listed (undefined: the system, which sees all). */
  readonly viewer?: Viewer;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists certificates, newest first. */
export async function listCertificates(
  db: Executor,
  q: CertificateListQuery,
): Promise<Page<CertificateRecord>> {
  let qb = db
    .selectFrom("certificates")
    .innerJoin("enrollments", "enrollments.id", "certificates.enrollmentId")
    .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
    .selectAll("certificates");
  if (q.issuerPartnerId) qb = qb.where("certificates.issuerPartnerId", "=", q.issuerPartnerId);
  if (q.status) qb = qb.where("certificates.status", "=", q.status);
  if (q.facilityId) qb = qb.where("cohorts.facilityId", "=", q.facilityId);
  const seen = seenBy("certificate", q.viewer, "certificates.id");
  if (seen) qb = qb.where(seen);
  return paginate(
    qb,
    {
      column: "certificates.createdAt",
      columnType: "timestamptz",
      idColumn: "certificates.id",
      direction: "desc",
      limit: q.limit,
      cursor: q.cursor,
    },
    toCertificate,
  );
}

/** One certificate, optionally locked. */
export async function findCertificate(db: Executor, id: string, options: FindOptions = {}) {
  let qb = db.selectFrom("certificates").selectAll().where("id", "=", id);
  const seen = seenBy("certificate", options.viewer, "certificates.id");
  if (seen) qb = qb.where(seen);
  if (options.forUpdate) qb = qb.forUpdate();
  const row = await qb.executeTakeFirst();
  return row && toCertificate(row);
}

/** The certificate of an enrollment, if any. */
export async function findCertificateOfEnrollment(db: Executor, enrollmentId: string) {
  const row = await db
    .selectFrom("certificates")
    .selectAll()
    .where("enrollmentId", "=", enrollmentId)
    .executeTakeFirst();
  return row && toCertificate(row);
}

/** A certificate by its public verification code (case-insensitive). */
export async function findCertificateByCode(db: Executor, code: string) {
  const row = await db
    .selectFrom("certificates")
    .selectAll()
    .where("verificationCode", "=", code.toUpperCase())
    .executeTakeFirst();
  return row && toCertificate(row);
}

/** Inserts a certificate. */
export async function insertCertificate(
  db: Executor,
  c: Certificate,
  at: string,
): Promise<CertificateRecord> {
  const row = await db
    .insertInto("certificates")
    .values({ ...c, units: json(c.units), createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCertificate(row);
}

/** Writes a certificate's status fields, bumping the revision. */
export async function saveCertificate(db: Executor, c: Certificate, at: string): Promise<CertificateRecord> {
  const row = await db
    .updateTable("certificates")
    .set((eb) => ({
      status: c.status,
      revokedReason: c.revokedReason,
      revokedOn: c.revokedOn,
      updatedAt: at,
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", c.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCertificate(row);
}

/** Next certificate number for a year: `SNG/<year>/<sequence>` (call inside the issuing transaction). */
export async function nextCertificateNumber(db: Executor, year: string): Promise<string> {
  const r = await db
    .selectFrom("certificates")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("number", "like", `SNG/${year}/%`)
    .executeTakeFirstOrThrow();
  return `SNG/${year}/${String(Number(r.n) + 1).padStart(5, "0")}`;
}

/** The issuer's name as a certificate shows it (null when the certificate names no issuer). */
export async function certificateIssuerName(
  db: Executor,
  issuerPartnerId: string | null,
): Promise<string | null> {
  if (issuerPartnerId === null) return null;
  const row = await db
    .selectFrom("partners")
    .select("name")
    .where("id", "=", issuerPartnerId)
    .executeTakeFirst();
  return row?.name ?? null;
}
