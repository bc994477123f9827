import { randomUUID } from "node:crypto";
import type { Database } from "@sinergi/db";
import type { Kysely } from "kysely";

/** Organisation rows the engagement API tests need (tables of another slice, written directly). */
export interface EngagementOrg {
  readonly regionalOfficeId: string;
  /** Rutan Salatiga, WIB. */
  readonly facilityId: string;
  /** Lapas Jayapura, WIT. */
  readonly jayapuraFacilityId: string;
  readonly partnerIds: readonly [string, string, string];
}

/** Inserts a regional office, a WIB and a WIT facility and three partners. */
export async function insertEngagementOrg(db: Kysely<Database>): Promise<EngagementOrg> {
  const at = "2026-01-01T00:00:00.000Z";
  const regionalOfficeId = randomUUID();
  const facilityId = randomUUID();
  const jayapuraFacilityId = randomUUID();
  const partnerIds = [randomUUID(), randomUUID(), randomUUID()] as const;
  const tag = regionalOfficeId.slice(0, 8);
  const stamp = { createdAt: at, updatedAt: at };
  await db
    .insertInto("regionalOffices")
    .values({ id: regionalOfficeId, name: `Kanwil ${tag}`, provinceCode: "33", ...stamp })
    .execute();
  const facility = (id: string, name: string, regencyCode: string, timeZone: string) => ({
    id,
    regionalOfficeId,
    kind: "rutan",
    class: "IIB",
    name: `${name} ${tag}`,
    regencyCode,
    timeZone,
    ...stamp,
  });
  await db
    .insertInto("facilities")
    .values([
      facility(facilityId, "Rutan Salatiga", "33.73", "Asia/Jakarta"),
      facility(jayapuraFacilityId, "Lapas Jayapura", "91.71", "Asia/Jayapura"),
    ])
    .execute();
  await db
    .insertInto("partners")
    .values(
      partnerIds.map((id, i) => ({
        id,
        kind: "government_agency",
        name: `${["Pemkot Salatiga", "Dinas Sosial", "Dinas Perikanan"][i]} ${tag}`,
        fields: [],
        ...stamp,
      })),
    )
    .execute();
  return { regionalOfficeId, facilityId, jayapuraFacilityId, partnerIds };
}

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
