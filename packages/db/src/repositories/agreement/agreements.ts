import {
  type Agreement,
  type AgreementKind,
  type AgreementState,
  type AgreementStatus,
  provinceTimeZone,
  type RecordAccess,
  type Signatory,
} from "@sinergi/domain";
import { type Expression, type RawBuilder, type Selectable, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { containing } from "../../like.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { FindOptions } from "../../record-store.ts";
import type { AgreementsTable } from "../../schema/agreement.ts";
import { facilityZoneSql, provinceZoneSql } from "../../time-zones.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A stored agreement: the domain entity plus revision and timestamps. */
export interface AgreementRecord extends Agreement {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The signed document as shown: the stored document's facts (documentId null for a legacy typed-in hash). */
export interface SignedDocumentShown {
  readonly documentId: string | null;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sha256: string;
}

/** A stored agreement with what its status needs: the facility's time zone and its live successor. */
export interface AgreementView extends AgreementRecord {
  /** IANA zone of the facility, else of the regional office's province, else Asia/Jakarta (national). */
  readonly timeZone: string;
  readonly signedDocument: SignedDocumentShown | null;
  /** The successor that was not withdrawn, if any. */
  readonly successorId: string | null;
  readonly successorState: AgreementState | null;
}

type AgreementRow = Selectable<AgreementsTable> & {
  partnerIds: string[] | null;
  documentFileName: string | null;
  documentMediaType: string | null;
  documentSha256: string | null;
  timeZone: string;
  successorId: string | null;
  successorState: string | null;
};

/** The stored document's facts, else the legacy typed-in one (before documents were stored). */
function documentOf(row: AgreementRow): SignedDocumentShown | null {
  if (row.signedDocumentId !== null && row.documentSha256 !== null)
    return {
      documentId: row.signedDocumentId,
      fileName: row.documentFileName ?? "",
      mediaType: row.documentMediaType ?? "",
      sha256: row.documentSha256,
    };
  const legacy = row.signedDocument;
  if (legacy === null || typeof legacy !== "object") return null;
  const l = legacy as { fileName?: string; mediaType?: string; sha256?: string };
  return {
    documentId: null,
    fileName: l.fileName ?? "",
    mediaType: l.mediaType ?? "",
    sha256: l.sha256 ?? "",
  };
}

/** A stored signatory; those filed before positions and roles read their title as the position. */
function signatoryOf(raw: unknown): Signatory {
  const s = raw as Partial<Signatory> & { title?: string };
  return {
    name: s.name ?? "",
    position: s.position ?? s.title ?? "",
    side: s.side ?? "facility",
    ...(s.nip === undefined ? {} : { nip: s.nip }),
    role: s.role ?? "signs",
  };
}

const recordAccessOf = (value: unknown): RecordAccess | null =>
  value !== null && typeof value === "object" ? (value as RecordAccess) : null;

/** Row -> view. */
export function toAgreement(row: AgreementRow): AgreementView {
  return {
    id: row.id,
    kind: row.kind as AgreementKind,
    title: row.title,
    facilityId: row.facilityId,
    regionalOfficeId: row.regionalOfficeId,
    partnerIds: row.partnerIds ?? [],
    parentMouId: row.parentMouId,
    fields: row.fields,
    facilityDocumentNumber: row.facilityDocumentNumber,
    partnerDocumentNumber: row.partnerDocumentNumber,
    signatories: (row.signatories as unknown[]).map(signatoryOf),
    signedDocumentId: row.signedDocumentId,
    signedDocument: documentOf(row),
    startDate: row.startDate,
    endDate: row.endDate,
    recordAccess: recordAccessOf(row.recordAccess),
    renewsId: row.renewsId,
    state: row.state as AgreementState,
    signedAt: row.signedAt,
    signedOn: row.signedOn,
    signedTime: row.signedTime,
    terminatedOn: row.terminatedOn,
    terminationReason: row.terminationReason,
    version: row.version,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    timeZone: row.timeZone,
    successorId: row.successorId,
    successorState: row.successorState as AgreementState | null,
  };
}

/** SQL: the agreement's time zone (facility's, else its regional office's province's, else WIB: national). */
const timeZoneSql = sql<string>`coalesce(
  (select ${sql.raw(facilityZoneSql("f"))} from facilities f where f.id = agreements.facility_id),
  (select ${sql.raw(provinceZoneSql("ro.province_code"))} from regional_offices ro
    where ro.id = agreements.regional_office_id),
  'Asia/Jakarta')`;

/** SQL: the day `at` falls on in the agreement's own time zone. */
export const agreementTodaySql = (at: string): RawBuilder<string> =>
  sql<string>`(cast(${at} as timestamptz) at time zone ${timeZoneSql})::date`;

/** SQL: the agreement's last day in force: its end date, or the day before a termination that comes first. */
export const agreementEndSql = sql<string>`(case when agreements.state = 'terminated'
    then least(agreements.end_date, agreements.terminated_on - 1) else agreements.end_date end)`;

/**
 * SQL: the derived status as of an instant, the same rules as the domain's `agreementStatus`: a
 * termination takes effect on its day, before which the agreement reads by its dates (ending the day before).
 * `today` may be given when the caller knows the agreement's zone already (its facility's, in a join).
 */
export function agreementStatusSql(at: string, today: RawBuilder<string> = agreementTodaySql(at)) {
  const end = agreementEndSql;
  return sql<AgreementStatus>`case
    when agreements.state = 'terminated' and ${today} >= agreements.terminated_on then 'terminated'
    when agreements.state not in ('signed', 'terminated') then agreements.state
    when exists (select 1 from agreements s where s.renews_id = agreements.id
      and s.state in ('signed', 'terminated')) then 'renewed'
    when ${today} < agreements.start_date then 'upcoming'
    when ${today} > ${end} then 'expired'
    when ${end} - ${today} <= 90 then 'expiring'
    else 'active' end`;
}

function selectAgreements(db: Executor) {
  return db
    .selectFrom("agreements")
    .leftJoin("documents as sd", "sd.id", "agreements.signedDocumentId")
    .selectAll("agreements")
    .select([
      "sd.fileName as documentFileName",
      "sd.mediaType as documentMediaType",
      "sd.sha256 as documentSha256",
      sql<string[]>`array(select ap.partner_id::text from agreement_partners ap
        where ap.agreement_id = agreements.id order by ap.partner_id)`.as("partnerIds"),
      timeZoneSql.as("timeZone"),
      sql<string | null>`(select s.id::text from agreements s where s.renews_id = agreements.id
        and s.state <> 'withdrawn' limit 1)`.as("successorId"),
      sql<string | null>`(select s.state from agreements s where s.renews_id = agreements.id
        and s.state <> 'withdrawn' limit 1)`.as("successorState"),
    ]);
}

/** Filters and order for listing agreements. */
export interface AgreementListQuery {
  readonly kind?: AgreementKind | undefined;
  readonly facilityId?: string | undefined;
  readonly regionalOfficeId?: string | undefined;
  readonly partnerId?: string | undefined;
  readonly state?: AgreementState | undefined;
  /** Derived status on the day `at` falls on in each agreement's time zone. */
  readonly status?: AgreementStatus | undefined;
  readonly endBefore?: string | undefined;
  readonly endAfter?: string | undefined;
  /** Signed on or after this local day. */
  readonly signedFrom?: string | undefined;
  /** Signed on or before this local day. */
  readonly signedTo?: string | undefined;
  readonly field?: string | undefined;
  readonly renewsId?: string | undefined;
  readonly q?: string | undefined;
  /** Who is looking: only agreements it may see are listed. */
  readonly viewer?: Viewer;
  readonly sort: {
    readonly field: "endDate" | "createdAt" | "title" | "signedOn";
    readonly direction: "asc" | "desc";
  };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

const sortColumns = {
  endDate: { column: "agreements.sortEndDate", type: "date" },
  createdAt: { column: "agreements.createdAt", type: "timestamptz" },
  title: { column: "agreements.title", type: "text" },
  signedOn: { column: "agreements.sortSignedOn", type: "date" },
} as const;

/** Lists agreements with keyset pagination; `at` is the instant the status filter reads on. */
export async function listAgreements(
  db: Executor,
  query: AgreementListQuery,
  at: string,
): Promise<Page<AgreementView>> {
  let qb = selectAgreements(db);
  if (query.kind !== undefined) qb = qb.where("agreements.kind", "=", query.kind);
  if (query.facilityId !== undefined) qb = qb.where("agreements.facilityId", "=", query.facilityId);
  if (query.regionalOfficeId !== undefined)
    qb = qb.where("agreements.regionalOfficeId", "=", query.regionalOfficeId);
  if (query.state !== undefined) qb = qb.where("agreements.state", "=", query.state);
  if (query.renewsId !== undefined) qb = qb.where("agreements.renewsId", "=", query.renewsId);
  if (query.endBefore !== undefined) qb = qb.where("agreements.endDate", "<", query.endBefore);
  if (query.endAfter !== undefined) qb = qb.where("agreements.endDate", ">", query.endAfter);
  if (query.signedFrom !== undefined) qb = qb.where("agreements.signedOn", ">=", query.signedFrom);
  if (query.signedTo !== undefined) qb = qb.where("agreements.signedOn", "<=", query.signedTo);
  if (query.field !== undefined) {
    const field = query.field;
    qb = qb.where(sql<SqlBool>`agreements.fields @> array[${field}]::text[]`);
  }
  if (query.partnerId !== undefined) {
    const partnerId = query.partnerId;
    qb = qb.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("agreementPartners as ap")
          .select("ap.agreementId")
          .whereRef("ap.agreementId", "=", "agreements.id")
          .where("ap.partnerId", "=", partnerId),
      ),
    );
  }
  if (query.q !== undefined) qb = qb.where("agreements.title", "ilike", containing(query.q));
  const seen = seenBy("agreement", query.viewer, "agreements.id");
  if (seen) qb = qb.where(seen);
  if (query.status !== undefined) {
    const status: Expression<string> = agreementStatusSql(at);
    qb = qb.where(status, "=", query.status);
  }
  const sort = sortColumns[query.sort.field];
  return paginate(
    qb,
    {
      column: sort.column,
      columnType: sort.type,
      idColumn: "agreements.id",
      direction: query.sort.direction,
      limit: query.limit,
      cursor: query.cursor,
    },
    toAgreement,
  );
}

/** One agreement, optionally locked for update inside a transaction. */
export async function findAgreement(
  db: Executor,
  id: string,
  options: FindOptions = {},
): Promise<AgreementView | undefined> {
  let qb = selectAgreements(db).where("agreements.id", "=", id);
  const seen = seenBy("agreement", options.viewer, "agreements.id");
  if (seen) qb = qb.where(seen);
  if (options.forUpdate) qb = qb.forUpdate(["agreements"]);
  const row = await qb.executeTakeFirst();
  return row && toAgreement(row);
}

/** The derived status the database computes for an agreement at an instant (mirrors the domain). */
export async function agreementStatusInDb(db: Executor, id: string, at: string): Promise<AgreementStatus> {
  const row = await db
    .selectFrom("agreements")
    .select(agreementStatusSql(at).as("status"))
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row.status;
}

const columnsOf = (a: Agreement) => ({
  kind: a.kind,
  title: a.title,
  facilityId: a.facilityId,
  regionalOfficeId: a.regionalOfficeId,
  parentMouId: a.parentMouId,
  fields: [...a.fields],
  facilityDocumentNumber: a.facilityDocumentNumber,
  partnerDocumentNumber: a.partnerDocumentNumber,
  signatories: json(a.signatories),
  signedDocumentId: a.signedDocumentId,
  startDate: a.startDate,
  endDate: a.endDate,
  recordAccess: a.recordAccess === null ? null : json(a.recordAccess),
  renewsId: a.renewsId,
  state: a.state,
  signedAt: a.signedAt,
  signedOn: a.signedOn,
  signedTime: a.signedTime,
  terminatedOn: a.terminatedOn,
  terminationReason: a.terminationReason,
  version: a.version,
});

async function writePartners(db: Executor, id: string, partnerIds: readonly string[]): Promise<void> {
  if (partnerIds.length === 0) return;
  await db
    .insertInto("agreementPartners")
    .values(partnerIds.map((partnerId) => ({ agreementId: id, partnerId })))
    .execute();
}

/** Inserts a new agreement and its partners. */
export async function insertAgreement(db: Executor, a: Agreement, at: string): Promise<AgreementView> {
  await db
    .insertInto("agreements")
    .values({ id: a.id, ...columnsOf(a), createdAt: at, updatedAt: at })
    .execute();
  await writePartners(db, a.id, a.partnerIds);
  const saved = await findAgreement(db, a.id);
  if (!saved) throw new Error("inserted agreement vanished");
  return saved;
}

/** Writes an agreement's new content (after an edit or a move) and bumps the revision. */
export async function saveAgreement(
  db: Executor,
  a: Agreement,
  previous: Pick<Agreement, "partnerIds">,
  at: string,
): Promise<AgreementView> {
  await db
    .updateTable("agreements")
    .set((eb) => ({ ...columnsOf(a), updatedAt: at, revision: eb("revision", "+", 1) }))
    .where("id", "=", a.id)
    .execute();
  const same =
    previous.partnerIds.length === a.partnerIds.length &&
    previous.partnerIds.every((p) => a.partnerIds.includes(p));
  if (!same) {
    await db.deleteFrom("agreementPartners").where("agreementId", "=", a.id).execute();
    await writePartners(db, a.id, a.partnerIds);
  }
  const saved = await findAgreement(db, a.id);
  if (!saved) throw new Error("saved agreement vanished");
  return saved;
}

/** States of an agreement's successors (renewals), withdrawn ones included. */
export async function successorStates(db: Executor, id: string): Promise<AgreementState[]> {
  const rows = await db.selectFrom("agreements").select("state").where("renewsId", "=", id).execute();
  return rows.map((r) => r.state as AgreementState);
}

/** The time zone an agreement with these parties reads its dates in (before it is stored). */
export async function agreementTimeZone(
  db: Executor,
  parties: Pick<Agreement, "facilityId" | "regionalOfficeId">,
): Promise<string> {
  if (parties.facilityId !== null) {
    const f = await db
      .selectFrom("facilities")
      .select(sql<string>`coalesce(time_zone_override, time_zone)`.as("zone"))
      .where("id", "=", parties.facilityId)
      .executeTakeFirst();
    if (f) return f.zone;
  }
  if (parties.regionalOfficeId !== null) {
    const ro = await db
      .selectFrom("regionalOffices")
      .select("provinceCode")
      .where("id", "=", parties.regionalOfficeId)
      .executeTakeFirst();
    if (ro) return provinceTimeZone(ro.provinceCode);
  }
  return "Asia/Jakarta";
}
