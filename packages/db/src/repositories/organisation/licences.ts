import type { CreateLicence, FacilityLicence, LicenceState, LicenceType } from "@sinergi/domain";
import { type Selectable, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { type Page, paginate, sortedPage } from "../../pagination.ts";
import { finder } from "../../record-store.ts";
import type { FacilityLicencesTable } from "../../schema/organisation.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A stored facility licence. */
export interface LicenceRecord extends FacilityLicence {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toLicence = (r: Selectable<FacilityLicencesTable>): LicenceRecord => ({
  id: r.id,
  facilityId: r.facilityId,
  type: r.type as LicenceType,
  number: r.number,
  issuer: r.issuer,
  status: r.status as LicenceState,
  appliedOn: r.appliedOn,
  grantedOn: r.grantedOn,
  expiresOn: r.expiresOn,
  revokedReason: r.revokedReason,
  notes: r.notes,
  documentId: r.documentId,
  revision: r.revision,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Filters and order for a facility's licences. */
export interface LicenceListQuery {
  readonly facilityId: string;
  readonly status?: LicenceState | undefined;
  readonly type?: LicenceType | undefined;
  readonly sort: { readonly field: "createdAt" | "type"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists one facility's licences. */
export async function listLicences(db: Executor, q: LicenceListQuery): Promise<Page<LicenceRecord>> {
  let qb = db.selectFrom("facilityLicences").selectAll().where("facilityId", "=", q.facilityId);
  if (q.status) qb = qb.where("status", "=", q.status);
  if (q.type) qb = qb.where("type", "=", q.type);
  return paginate(qb, sortedPage(q, { createdAt: "timestamptz", type: "text" }), toLicence);
}

/** Filters and order for licences across the facilities a viewer sees. */
export interface ScopedLicenceListQuery {
  readonly viewer: Viewer;
  readonly status?: LicenceState | undefined;
  readonly type?: LicenceType | undefined;
  /** Only licences that end within this many days of `now` in their facility's own zone (or have ended). */
  readonly expiresWithinDays?: number | undefined;
  /** The instant "today" is read from, in each facility's zone. */
  readonly now: string;
  /** Sorting by expiry lists only licences that have an expiry date. */
  readonly sort: { readonly field: "createdAt" | "type" | "expiresOn"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** A licence with what a list across facilities shows beside it: its facility's name and time zone. */
export interface ScopedLicenceRecord extends LicenceRecord {
  readonly facilityName: string;
  readonly facilityTimeZone: string;
}

/**
 * Lists licences across every facility the viewer sees, in one statement: a national or regional admin's
 * "licences ending soon" without asking facility by facility.
 */
export async function listLicencesInScope(
  db: Executor,
  q: ScopedLicenceListQuery,
): Promise<Page<ScopedLicenceRecord>> {
  let qb = db
    .selectFrom("facilityLicences")
    .innerJoin("facilities", "facilities.id", "facilityLicences.facilityId")
    .selectAll("facilityLicences")
    .select(["facilities.name as facilityName", "facilities.timeZone as facilityTimeZone"]);
  const seen = seenBy("facility", q.viewer, "facility_licences.facility_id");
  if (seen) qb = qb.where(seen);
  if (q.status) qb = qb.where("facilityLicences.status", "=", q.status);
  if (q.type) qb = qb.where("facilityLicences.type", "=", q.type);
  if (q.expiresWithinDays !== undefined)
    qb = qb.where(
      sql<boolean>`facility_licences.expires_on <= (cast(${q.now} as timestamptz) at time zone facilities.time_zone)::date + ${q.expiresWithinDays}::int`,
    );
  if (q.sort.field === "expiresOn") qb = qb.where("facilityLicences.expiresOn", "is not", null);
  const page = await paginate(qb, {
    column: `facilityLicences.${q.sort.field}`,
    columnType: ({ createdAt: "timestamptz", type: "text", expiresOn: "date" } as const)[q.sort.field],
    idColumn: "facilityLicences.id",
    direction: q.sort.direction,
    limit: q.limit,
    cursor: q.cursor,
  });
  return {
    items: page.items.map((r) => ({
      ...toLicence(r),
      facilityName: r.facilityName,
      facilityTimeZone: r.facilityTimeZone,
    })),
    nextCursor: page.nextCursor,
  };
}

/** Inserts a licence for a facility. */
export async function insertLicence(
  db: Executor,
  id: string,
  facilityId: string,
  input: CreateLicence,
  at: string,
): Promise<LicenceRecord> {
  const row = await db
    .insertInto("facilityLicences")
    .values({ id, facilityId, ...input, revokedReason: null, createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLicence(row);
}

/** Writes a licence's editable and lifecycle fields (after an edit or a move) and bumps the revision. */
export async function saveLicence(db: Executor, l: FacilityLicence, at: string): Promise<LicenceRecord> {
  const row = await db
    .updateTable("facilityLicences")
    .set((eb) => ({
      number: l.number,
      issuer: l.issuer,
      status: l.status,
      appliedOn: l.appliedOn,
      grantedOn: l.grantedOn,
      expiresOn: l.expiresOn,
      revokedReason: l.revokedReason,
      notes: l.notes,
      documentId: l.documentId,
      updatedAt: at,
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", l.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLicence(row);
}

/** One licence, optionally locked for update. */
export const findLicence = finder("facilityLicences", toLicence, "licence");
