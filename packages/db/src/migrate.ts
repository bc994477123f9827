import { type Kysely, Migrator } from "kysely";
import { migrations } from "./migrations/index.ts";
import { syncAreas } from "./reference/areas.ts";
import type { Database } from "./schema/index.ts";

/** Applies every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
}

/** Brings a database to the current schema and reference data (idempotent; safe on every start). */
export async function prepareDatabase(db: Kysely<Database>): Promise<void> {
  await migrateToLatest(db);
  await syncAreas(db);
}
