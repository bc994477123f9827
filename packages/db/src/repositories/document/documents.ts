import type { DocumentMediaType, DocumentPurpose, Scope, StoredDocument } from "@sinergi/domain";
import { type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { seenBy } from "../../visibility/predicates.ts";

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
    .where(seenBy("document", scope, "documents.id") ?? sql<SqlBool>`true`)
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
    .where(seenBy("document", scope, "documents.id") ?? sql<SqlBool>`true`)
    .execute();
  return new Set(rows.map((r) => r.id));
}
