import { type Kysely, Migrator, sql } from "kysely";
import { migrations } from "./migrations/index.ts";
import { syncAreas } from "./reference/areas.ts";
import type { Database } from "./schema/index.ts";

/**
 * Whether every known migration is already recorded: one read, where the migrator would first make
 * sure its tables exist and take its lock (DDL and a transaction; slow on a reopened PGlite).
 */
async function allMigrationsApplied(db: Kysely<Database>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const applied = new Set(rows.map((r) => r.name));
    return Object.keys(migrations).every((name) => applied.has(name));
  } catch {
    // No migration table yet: a new database, which the migrator sets up.
    return false;
  }
}

/** Applies every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  if (await allMigrationsApplied(db)) return;
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
