import type { Inmate, LegalStatus, NikValidation, SentenceFacts, Sex } from "@sinergi/domain";
import { type Selectable, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { containing } from "../../like.ts";
import { type Page, paginate } from "../../pagination.ts";
import { recordStore } from "../../record-store.ts";
import type { InmatesTable } from "../../schema/training.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";
import { type AuditEntryInput, auditInsertSql } from "../access/audit.ts";
import { inmateGrantedTo } from "./record-grants.ts";

/** A stored inmate: the domain entity plus revision and timestamps. */
export interface InmateRecord extends Inmate {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toInmate = (row: Selectable<InmatesTable>): InmateRecord => ({
  id: row.id,
  facilityId: row.facilityId,
  registrationNumber: row.registrationNumber,
  name: row.name,
  nik: row.nik,
  sex: row.sex as Sex,
  birthDate: row.birthDate,
  legalStatus: row.legalStatus as LegalStatus,
  domicileRegencyCode: row.domicileRegencyCode,
  admissionDate: row.admissionDate,
  expectedReleaseDate: row.expectedReleaseDate,
  nikValidation: row.nikValidation as NikValidation,
  sentence: (row.sentence as SentenceFacts | null) ?? null,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Domain -> columns (everything but id, revision and timestamps). */
const columns = (i: Inmate) => ({
  facilityId: i.facilityId,
  registrationNumber: i.registrationNumber,
  name: i.name,
  nik: i.nik,
  sex: i.sex,
  birthDate: i.birthDate,
  legalStatus: i.legalStatus,
  domicileRegencyCode: i.domicileRegencyCode,
  admissionDate: i.admissionDate,
  expectedReleaseDate: i.expectedReleaseDate,
  nikValidation: i.nikValidation,
  sentence: i.sentence === null ? null : json(i.sentence),
});

/** Filters and order for listing inmates. */
export interface InmateListQuery {
  readonly facilityId?: string | undefined;
  /** Who is looking: only what it may see is listed (undefined: the system, which sees all). */
  readonly viewer?: Viewer;
  /** Only inmates whose records an agreement in force grants this partner (a partner system's view). */
  readonly grantedTo?: { readonly partnerId: string; readonly at: string } | undefined;
  readonly legalStatus?: LegalStatus | undefined;
  /** Effective domicile: recorded or from the NIK. */
  readonly domicileRegencyCode?: string | undefined;
  /** Case-insensitive part of the name. */
  readonly q?: string | undefined;
  /** Exactly this NIK (from a request body, never a URL). */
  readonly nik?: string | undefined;
  readonly sort: {
    readonly field: "name" | "registrationNumber" | "admissionDate" | "createdAt";
    readonly direction: "asc" | "desc";
  };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists inmates with keyset pagination. */
export async function listInmates(db: Executor, query: InmateListQuery): Promise<Page<InmateRecord>> {
  let qb = db.selectFrom("inmates").selectAll();
  if (query.facilityId !== undefined) qb = qb.where("facilityId", "=", query.facilityId);
  const seen = seenBy("inmate", query.viewer, "inmates.id");
  // A partner's grants, not its scope, open inmate records to it.
  if (seen && query.grantedTo === undefined) qb = qb.where(seen);
  if (query.grantedTo !== undefined)
    qb = qb.where(inmateGrantedTo(query.grantedTo.partnerId, query.grantedTo.at));
  if (query.legalStatus !== undefined) qb = qb.where("legalStatus", "=", query.legalStatus);
  if (query.domicileRegencyCode !== undefined)
    qb = qb.where("effectiveDomicileCode", "=", query.domicileRegencyCode);
  if (query.q !== undefined) qb = qb.where("name", "ilike", containing(query.q));
  if (query.nik !== undefined) qb = qb.where("nik", "=", query.nik);
  return paginate(
    qb,
    {
      column: query.sort.field,
      columnType: (
        { name: "text", registrationNumber: "text", admissionDate: "date", createdAt: "timestamptz" } as const
      )[query.sort.field],
      idColumn: "id",
      direction: query.sort.direction,
      limit: query.limit,
      cursor: query.cursor,
    },
    toInmate,
  );
}

const store = recordStore<"inmates", Inmate, InmateRecord>("inmates", toInmate, columns, "inmate");
/** One inmate, optionally locked for update inside a transaction. */
export const findInmate = store.find;
/** Inserts a inmate. */
export const insertInmate = store.insert;
/** Writes the whole inmate and bumps the revision. */
export const saveInmate = store.save;

/**
 * One inmate the viewer may see, in one statement; with `audit`, the same statement writes that audit
 * entry when (and only when) the inmate was found, so a personal-data read is logged without a round
 * trip of its own.
 */
export async function readInmate(
  db: Executor,
  id: string,
  viewer: Viewer | undefined,
  audit?: AuditEntryInput,
): Promise<InmateRecord | undefined> {
  let qb = db.selectFrom("inmates").selectAll("inmates").where("inmates.id", "=", id);
  const seen = seenBy("inmate", viewer, "inmates.id");
  if (seen) qb = qb.where(seen);
  if (audit === undefined) {
    const row = await qb.executeTakeFirst();
    return row && toInmate(row);
  }
  const { rows } = await sql<Selectable<InmatesTable>>`with found as (${qb}),
    logged as (${auditInsertSql(audit, sql`exists (select 1 from found)`)})
    select * from found`.execute(db);
  return rows[0] && toInmate(rows[0]);
}
