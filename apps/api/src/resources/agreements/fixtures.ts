import { randomUUID } from "node:crypto";
import type { Database } from "@sinergi/db";
import type { Kysely } from "kysely";

/** Organisation rows the agreement API tests need (tables of another slice, written directly). */
export interface AgreementOrg {
  readonly regionalOfficeId: string;
  readonly facilityId: string;
  readonly jayapuraFacilityId: string;
  readonly partnerIds: readonly [string, string, string];
}

/** Inserts a regional office, a WIB and a WIT facility and three partners. */
export async function insertAgreementOrg(db: Kysely<Database>): Promise<AgreementOrg> {
  const at = "2024-01-01T00:00:00.000Z";
  const later = "2024-01-01T00:00:01.000Z";
  const regionalOfficeId = randomUUID();
  const facilityId = randomUUID();
  const jayapuraFacilityId = randomUUID();
  const partnerIds = [randomUUID(), randomUUID(), randomUUID()] as const;
  const tag = regionalOfficeId.slice(0, 8);
  await db
    .insertInto("regionalOffices")
    .values({ id: regionalOfficeId, name: `Kanwil ${tag}`, provinceCode: "63", createdAt: at, updatedAt: at })
    .execute();
  const facility = (id: string, name: string, regencyCode: string, timeZone: string, createdAt: string) => ({
    id,
    regionalOfficeId,
    kind: "rutan",
    class: "IIB",
    name: `${name} ${tag}`,
    regencyCode,
    timeZone,
    createdAt,
    updatedAt: createdAt,
  });
  await db
    .insertInto("facilities")
    .values([
      facility(facilityId, "Rutan Barabai", "63.07", "Asia/Makassar", at),
      facility(jayapuraFacilityId, "Lapas Jayapura", "91.71", "Asia/Jayapura", later),
    ])
    .execute();
  await db
    .insertInto("partners")
    .values(
      partnerIds.map((id, i) => ({
        id,
        kind: "government_agency",
        name: `${["Dinas Kesehatan", "Dinas Perpustakaan", "Dinas Pendidikan"][i]} ${tag}`,
        fields: [],
        createdAt: at,
        updatedAt: at,
      })),
    )
    .execute();
  return { regionalOfficeId, facilityId, jayapuraFacilityId, partnerIds };
}

/** Everything signing needs, with a 2024-03-05 .. 2027-03-04 term. */
export const signingFacts = {
  facilityDocumentNumber: "W17.PAS.PAS.10-PK.01.05-123",
  partnerDocumentNumber: "440/123/DINKES/2024",
  signatories: [
    { name: "Budi Santoso", title: "Kepala Rutan", side: "facility" },
    { name: "dr. Siti Aminah", title: "Kepala Dinas Kesehatan", side: "partner" },
  ],
  signedDocument: { fileName: "pks-dinkes.pdf", mediaType: "application/pdf", sha256: "A".repeat(64) },
  startDate: "2024-03-05",
  endDate: "2027-03-04",
};
