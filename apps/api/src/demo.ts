import type { Database } from "@sinergi/db";
import type { Kysely } from "kysely";

/** Loads the five field reports' demo data into an empty embedded database (wired when the seed lands). */
export async function loadDemoDataOnFirstStart(
  _db: Kysely<Database>,
  _log: (line: Record<string, unknown>) => void,
): Promise<void> {}
