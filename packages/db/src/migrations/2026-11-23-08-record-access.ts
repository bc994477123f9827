import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** A PKS may grant its partner read access to some inmates' records (see the domain's record-access). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `alter table agreements add column record_access jsonb check (
      record_access is null or (
        jsonb_typeof(record_access) = 'object'
        and record_access ->> 'covers' in ('area_residents', 'participants')
        and jsonb_typeof(record_access -> 'personalData') = 'boolean'
      ))`,
    "alter table agreements add constraint agreements_record_access_pks check (record_access is null or kind = 'pks')",
    // The grant lookup: in-force PKSs of one partner that grant something.
    "create index agreements_record_access on agreements (facility_id) where record_access is not null",
  ]);
}
