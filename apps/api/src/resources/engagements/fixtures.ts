import type { Database } from "@sinergi/db";
import type { Kysely } from "kysely";

/** Row counts of the engagement tables, to show that a refused request changed nothing. */
export async function engagementCounts(db: Kysely<Database>) {
  const n = async (table: "engagements" | "engagementPartners" | "followUps" | "lifecycleHistory") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    engagements: await n("engagements"),
    partners: await n("engagementPartners"),
    followUps: await n("followUps"),
    history: await n("lifecycleHistory"),
  };
}
