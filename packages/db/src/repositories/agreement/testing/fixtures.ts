import { randomUUID } from "node:crypto";
import type { Executor } from "../../../connection.ts";

/** Ids of the organisation rows an agreement test needs. */
export interface OrgFixture {
  readonly regionalOfficeId: string;
  readonly facilityId: string;
  readonly jayapuraFacilityId: string;
  readonly partnerIds: readonly [string, string, string];
}

/** Inserts a regional office, two facilities (WIB and WIT) and three partners directly (tables of another slice). */
export async function insertOrgFixture(db: Executor, at = "2024-01-01T00:00:00.000Z"): Promise<OrgFixture> {
  const regionalOfficeId = randomUUID();
  const facilityId = randomUUID();
  const jayapuraFacilityId = randomUUID();
  const partnerIds = [randomUUID(), randomUUID(), randomUUID()] as const;
  const stamp = { createdAt: at, updatedAt: at };
  await db
    .insertInto("regionalOffices")
    .values({
      id: regionalOfficeId,
      name: `Kanwil ${regionalOfficeId.slice(0, 8)}`,
      provinceCode: "33",
      ...stamp,
    })
    .execute();
  await db
    .insertInto("facilities")
    .values([
      {
        id: facilityId,
        regionalOfficeId,
        kind: "rutan",
        class: "IIB",
        name: `Rutan Salatiga ${facilityId.slice(0, 8)}`,
        regencyCode: "33.73",
        timeZone: "Asia/Jakarta",
        ...stamp,
      },
      {
        id: jayapuraFacilityId,
        regionalOfficeId,
        kind: "lapas",
        class: "IIA",
        name: `Lapas Jayapura ${jayapuraFacilityId.slice(0, 8)}`,
        regencyCode: "91.71",
        timeZone: "Asia/Jayapura",
        // Created later: an office's MoU reads in the zone of the office's first facility.
        createdAt: new Date(Date.parse(at) + 1000).toISOString(),
        updatedAt: at,
      },
    ])
    .execute();
  await db
    .insertInto("partners")
    .values(
      partnerIds.map((id, i) => ({
        id,
        kind: "government_agency",
        fields: [],
        name: ["Dinas Kesehatan", "Dinas Sosial", "Dinas Dukcapil"][i] ?? "Dinas",
        ...stamp,
      })),
    )
    .execute();
  return { regionalOfficeId, facilityId, jayapuraFacilityId, partnerIds };
}
