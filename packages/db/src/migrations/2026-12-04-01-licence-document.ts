import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** A facility licence may cite its scan: a stored document (the same table /documents writes). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "alter table facility_licences add column document_id uuid references documents (id)",
    "create index facility_licences_document on facility_licences (document_id)",
  ]);
}
