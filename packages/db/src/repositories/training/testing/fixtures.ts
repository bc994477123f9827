import { randomUUID } from "node:crypto";
import type { Executor } from "../../../connection.ts";

/** Ids of the rows of other slices a training test needs. */
export interface TrainingFixture {
  readonly regionalOfficeId: string;
  /** Rutan Medan (12.71, WIB). */
  readonly facilityId: string;
  /** Rutan Salatiga (33.73, WIB). */
  readonly otherFacilityId: string;
  /** A training provider (BLK). */
  readonly providerId: string;
  /** A certification body (LSP). */
  readonly lspId: string;
  /** A draft PKS of the Medan facility with the provider. */
  readonly agreementId: string;
}

/** Inserts a regional office, two facilities, two partners and a PKS directly (tables of other slices). */
export async function insertTrainingFixture(
  db: Executor,
  at = "2024-01-01T00:00:00.000Z",
): Promise<TrainingFixture> {
  const f: TrainingFixture = {
    regionalOfficeId: randomUUID(),
    facilityId: randomUUID(),
    otherFacilityId: randomUUID(),
    providerId: randomUUID(),
    lspId: randomUUID(),
    agreementId: randomUUID(),
  };
  const stamp = { createdAt: at, updatedAt: at };
  const tag = f.regionalOfficeId.slice(0, 8);
  await db
    .insertInto("regionalOffices")
    .values({ id: f.regionalOfficeId, name: `Kanwil ${tag}`, provinceCode: "12", ...stamp })
    .execute();
  await db
    .insertInto("facilities")
    .values([
      {
        id: f.facilityId,
        regionalOfficeId: f.regionalOfficeId,
        kind: "rutan",
        class: "I",
        name: `Rutan Medan ${tag}`,
        regencyCode: "12.71",
        timeZone: "Asia/Jakarta",
        ...stamp,
      },
      {
        id: f.otherFacilityId,
        regionalOfficeId: f.regionalOfficeId,
        kind: "rutan",
        class: "IIB",
        name: `Rutan Salatiga ${tag}`,
        regencyCode: "33.73",
        timeZone: "Asia/Jakarta",
        ...stamp,
      },
    ])
    .execute();
  await db
    .insertInto("partners")
    .values([
      { id: f.providerId, kind: "training_provider", name: "BLK Medan", fields: [], ...stamp },
      { id: f.lspId, kind: "certification_body", name: "LSP Pariwisata", fields: [], ...stamp },
    ])
    .execute();
  await db
    .insertInto("agreements")
    .values({
      id: f.agreementId,
      kind: "pks",
      title: "PKS Pelatihan Bersertifikat",
      facilityId: f.facilityId,
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
  return f;
}
