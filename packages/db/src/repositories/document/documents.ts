import {
  assertNever,
  type DocumentMediaType,
  type DocumentPurpose,
  type Scope,
  type StoredDocument,
} from "@sinergi/domain";
import { type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";

/** A stored document's facts with its revision and timestamps (no bytes). */
export interface DocumentRecord extends StoredDocument {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const FACTS = [
  "id",
  "purpose",
  "fileName",
  "mediaType",
  "sizeBytes",
  "sha256",
  "facilityId",
  "regionalOfficeId",
  "uploadedBy",
  "revision",
  "createdAt",
  "updatedAt",
] as const;

type FactsRow = {
  id: string;
  purpose: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  facilityId: string | null;
  regionalOfficeId: string | null;
  uploadedBy: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
};

/** Row -> record. */
const toDocument = (row: FactsRow): DocumentRecord => ({
  ...row,
  purpose: row.purpose as DocumentPurpose,
  mediaType: row.mediaType as DocumentMediaType,
});

/** Stores a document and its bytes. */
export async function insertDocument(
  db: Executor,
  doc: StoredDocument,
  content: Uint8Array,
  at: string,
): Promise<DocumentRecord> {
  const row = await db
    .insertInto("documents")
    .values({ ...doc, content, createdAt: at, updatedAt: at })
    .returning([...FACTS])
    .executeTakeFirstOrThrow();
  return toDocument(row);
}

/**
 * SQL: the document lies in the scope. National sees all; a regional office its own, its facilities'
 * and national ones; a facility its own, its office's and national ones; a partner those its
 * agreements were signed as (or amended with).
 */
function visibleTo(scope: Scope) {
  const national = sql<SqlBool>`(documents.facility_id is null and documents.regional_office_id is null)`;
  switch (scope.kind) {
    case "national":
      return sql<SqlBool>`true`;
    case "regional":
      return sql<SqlBool>`(${national} or documents.regional_office_id = ${scope.regionalOfficeId}
        or exists (select 1 from facilities f where f.id = documents.facility_id
          and f.regional_office_id = ${scope.regionalOfficeId}))`;
    case "facility":
      return sql<SqlBool>`(${national} or documents.facility_id = ${scope.facilityId}
        or documents.regional_office_id = (select f.regional_office_id from facilities f where f.id = ${scope.facilityId}))`;
    case "partner":
      return sql<SqlBool>`exists (select 1 from agreements a
        join agreement_partners ap on ap.agreement_id = a.id and ap.partner_id = ${scope.partnerId}
        where a.signed_document_id = documents.id
          or exists (select 1 from agreement_versions v where v.agreement_id = a.id
            and v.snapshot ->> 'signedDocumentId' = documents.id::text))`;
    default:
      return assertNever(scope);
  }
}

/** A document's facts when it exists and lies in the scope. */
export async function findDocument(
  db: Executor,
  id: string,
  scope: Scope,
): Promise<DocumentRecord | undefined> {
  const row = await db
    .selectFrom("documents")
    .select([...FACTS])
    .where("id", "=", id)
    .where(visibleTo(scope))
    .executeTakeFirst();
  return row && toDocument(row);
}

/** A document's bytes (call after `findDocument` has said it is in scope). */
export async function documentContent(db: Executor, id: string): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom("documents").select("content").where("id", "=", id).executeTakeFirst();
  return row?.content;
}

/** Which of these ids name documents in the scope (the others are missing or out of reach). */
export async function documentsInScope(
  db: Executor,
  ids: readonly string[],
  scope: Scope,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("documents")
    .select("id")
    .where("id", "in", [...ids])
    .where(visibleTo(scope))
    .execute();
  return new Set(rows.map((r) => r.id));
}
