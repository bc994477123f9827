import { randomUUID } from "node:crypto";
import type { Database } from "@sinergi/db";
import type { Kysely } from "kysely";

/** Organisation rows the training API tests need (tables of other slices, written directly). */
export interface TrainingOrg {
  readonly regionalOfficeId: string;
  /** Rutan Medan (12.71). */
  readonly facilityId: string;
  /** A facility of another regional office. */
  readonly otherFacilityId: string;
  readonly providerId: string;
  readonly lspId: string;
  readonly agreementId: string;
}

/** Inserts two regional offices with a facility each, a provider, an LSP and a draft PKS. */
export async function insertTrainingOrg(db: Kysely<Database>): Promise<TrainingOrg> {
  const at = "2024-01-01T00:00:00.000Z";
  const stamp = { createdAt: at, updatedAt: at };
  const [regionalOfficeId, otherOfficeId, facilityId, otherFacilityId, providerId, lspId, agreementId] =
    Array.from({ length: 7 }, () => randomUUID()) as [string, string, string, string, string, string, string];
  const tag = regionalOfficeId.slice(0, 8);
  await db
    .insertInto("regionalOffices")
    .values([
      { id: regionalOfficeId, name: `Kanwil Sumut ${tag}`, provinceCode: "12", ...stamp },
      { id: otherOfficeId, name: `Kanwil Jateng ${tag}`, provinceCode: "33", ...stamp },
    ])
    .execute();
  const facility = (id: string, officeId: string, name: string, regencyCode: string) => ({
    id,
    regionalOfficeId: officeId,
    kind: "rutan",
    class: "I",
    name: `${name} ${tag}`,
    regencyCode,
    timeZone: "Asia/Jakarta",
    ...stamp,
  });
  await db
    .insertInto("facilities")
    .values([
      facility(facilityId, regionalOfficeId, "Rutan Medan", "12.71"),
      facility(otherFacilityId, otherOfficeId, "Rutan Salatiga", "33.73"),
    ])
    .execute();
  await db
    .insertInto("partners")
    .values([
      { id: providerId, kind: "training_provider", name: `BLK Medan ${tag}`, fields: [], ...stamp },
      { id: lspId, kind: "certification_body", name: `LSP ${tag}`, fields: [], ...stamp },
    ])
    .execute();
  await db
    .insertInto("agreements")
    .values({
      id: agreementId,
      kind: "pks",
      title: "PKS Pelatihan Bersertifikat",
      facilityId,
      regionalOfficeId: null,
      parentMouId: null,
      fields: ["manpower"],
      facilityDocumentNumber: null,
      partnerDocumentNumber: null,
      signedDocument: null,
      startDate: null,
      endDate: null,
      renewsId: null,
      state: "draft",
      signedAt: null,
      terminatedOn: null,
      terminationReason: null,
      ...stamp,
    })
    .execute();
  return { regionalOfficeId, facilityId, otherFacilityId, providerId, lspId, agreementId };
}
