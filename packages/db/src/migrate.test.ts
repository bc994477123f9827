import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "./connection.ts";
import { migrateToLatest } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";
import { emptyTestBackends } from "./testing/index.ts";

const applied = async (handle: SinergiDb) =>
  (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(handle.db)).rows.map(
    (r) => r.name,
  );

/** The quick check on restart must never skip a migration a database still lacks. */
describe.each(emptyTestBackends())("migrating to the latest on $name", (backend) => {
  let handle: SinergiDb;

  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("applies the migrations a database part of the way there still lacks", async () => {
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    const partial = await migrator.migrateTo("2026-12-02-05-idempotent-replay");
    if (partial.error) throw partial.error;
    expect((await applied(handle)).length).toBeLessThan(Object.keys(migrations).length);
    await migrateToLatest(handle.db);
    expect(await applied(handle)).toEqual(Object.keys(migrations).sort());
  });

  it("leaves a database that has every migration as it is when asked again", async () => {
    await migrateToLatest(handle.db);
    expect(await applied(handle)).toEqual(Object.keys(migrations).sort());
  });
});
