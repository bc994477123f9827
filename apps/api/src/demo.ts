import { type Database, seedDemoData } from "@sinergi/db";
import type { Kysely } from "kysely";

/** Loads the five field reports' demo data into an empty embedded database; a used one is left alone. */
export async function loadDemoDataOnFirstStart(
  db: Kysely<Database>,
  log: (line: Record<string, unknown>) => void,
): Promise<void> {
  const { seeded, counts } = await seedDemoData(db, { now: new Date().toISOString() });
  if (seeded) log({ msg: "demo data loaded (Salatiga, Masohi, Barabai, Medan, Blora)", ...counts });
}
