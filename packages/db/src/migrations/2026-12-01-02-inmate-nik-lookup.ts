import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** Finding an inmate by NIK across facilities (POST /inmates/lookup) without scanning them all. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ["create index inmates_nik on inmates (nik) where nik is not null"]);
}
