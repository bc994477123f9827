import { dateInZone } from "@sinergi/domain";
import { type Kysely, sql } from "kysely";
import type { Executor } from "../connection.ts";
import type { Database } from "../schema/index.ts";
import { seedAboveFacilities } from "./above-facilities.ts";
import { seedBarabai } from "./barabai.ts";
import { seedBlora } from "./blora.ts";
import { seedMasohi } from "./masohi.ts";
import { seedMedan } from "./medan.ts";
import { seedSalatiga } from "./salatiga.ts";
import { areaName, demoId, instant, type SeedContext, type SeedCounts, zeroCounts } from "./shared.ts";

export { MEDAN_EARLIEST_NOW } from "./medan.ts";
export type { SeedCounts } from "./shared.ts";

/** What `seedDemoData` did: whether it wrote anything, and how many rows of each kind. */
export interface SeedSummary {
  readonly seeded: boolean;
  readonly counts: SeedCounts;
}

const ORGANISATION_TABLES = ["regionalOffices", "facilities", "partners", "agreements", "inmates"] as const;

/** True when the database holds no organisation data yet (reference areas do not count). */
export async function isEmpty(db: Executor): Promise<boolean> {
  for (const table of ORGANISATION_TABLES) {
    const row = await db.selectFrom(table).select("id").limit(1).executeTakeFirst();
    if (row) return false;
  }
  return true;
}

/** Province codes of the four regional offices of the story. */
const REGIONAL_OFFICES = ["33", "81", "63", "12"] as const;

/**
 * Loads the five field reports (Salatiga, Masohi, Barabai, Medan, Blora) into an empty database, all or
 * nothing in one transaction; a database that already holds data is left alone (`seeded: false`).
 * `now` is the ISO instant the demo is read at: overdue follow-ups and running cohorts are relative to it.
 */
export async function seedDemoData(db: Kysely<Database>, options: { now: string }): Promise<SeedSummary> {
  if (Number.isNaN(Date.parse(options.now))) throw new Error("demo seed: now must be an ISO instant");
  const counts = zeroCounts();
  const seeded = await db.transaction().execute(async (trx) => {
    // Two processes starting on one PostgreSQL must not both seed.
    await sql`select pg_advisory_xact_lock(hashtext('sinergi-demo-seed'))`.execute(trx);
    if (!(await isEmpty(trx))) return false;
    const areas = await trx.selectFrom("areas").select("code").limit(1).executeTakeFirst();
    if (!areas) throw new Error("demo seed: the areas table is empty; load reference areas first");
    const ctx: SeedContext = {
      trx,
      now: options.now,
      today: dateInZone(options.now, "Asia/Jakarta"),
      counts,
    };
    for (const code of REGIONAL_OFFICES) {
      const at = instant("2021-01-04", "08:00", "Asia/Jakarta");
      await trx
        .insertInto("regionalOffices")
        .values({
          id: demoId(`regional-office:${code}`),
          name: `Kanwil ${await areaName(ctx, code)}`,
          provinceCode: code,
          createdAt: at,
          updatedAt: at,
        })
        .execute();
      counts.regionalOffices += 1;
    }
    await seedAboveFacilities(ctx);
    await seedSalatiga(ctx);
    await seedMasohi(ctx);
    await seedBarabai(ctx);
    await seedMedan(ctx);
    await seedBlora(ctx);
    return true;
  });
  return { seeded, counts: seeded ? counts : zeroCounts() };
}
