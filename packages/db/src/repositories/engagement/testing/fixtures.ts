import { randomUUID } from "node:crypto";
import type { Executor } from "../../../connection.ts";

/** Ids of the organisation rows an engagement test needs. */
export interface EngagementOrg {
  readonly regionalOfficeId: string;
  /** Rutan Salatiga, WIB. */
  readonly facilityId: string;
  /** Lapas Jayapura, WIT (two hours ahead of WIB). */
  readonly jayapuraFacilityId: string;
  readonly partnerIds: readonly [string, string, string];
}

/** Inserts a regional office, a WIB and a WIT facility and three partners directly (another slice's tables). */
export async function insertEngagementOrg(
  db: Executor,
  at = "2026-01-01T00:00:00.000Z",
): Promise<EngagementOrg> {
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
        kind: i === 0 ? "local_government" : "government_agency",
        name: `${["Pemkot Salatiga", "Dinas Sosial", "Dinas Perikanan"][i]} ${tag}`,
        fields: [],
        ...stamp,
      })),
    )
    .execute();
  return { regionalOfficeId, facilityId, jayapuraFacilityId, partnerIds };
}
