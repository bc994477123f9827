import type { Executor } from "../connection.ts";
import {
  insertDraftPksRow,
  insertFacilityRow,
  insertOfficeRow,
  insertPartnerRow,
  insertProgramRow,
} from "./rows.ts";

/** An office with a home facility, a Jayapura facility (WIT) and three government partners. */
export interface OrgFixture {
  readonly regionalOfficeId: string;
  readonly facilityId: string;
  /** Lapas Jayapura, WIT, created a second after the home facility (an office's MoU reads in its first one's zone). */
  readonly jayapuraFacilityId: string;
  /** Pemkot (local government), Dinas Kesehatan, Dinas Sosial. */
  readonly partnerIds: readonly [string, string, string];
}

const HOMES = {
  salatiga: { provinceCode: "33", name: "Rutan Salatiga", regencyCode: "33.73", timeZone: "Asia/Jakarta" },
  barabai: { provinceCode: "63", name: "Rutan Barabai", regencyCode: "63.07", timeZone: "Asia/Makassar" },
} as const;

/** Inserts the organisation an agreement or engagement test needs: Salatiga (WIB) or Barabai (WITA) at home. */
export async function insertOrgFixture(
  db: Executor,
  options: { at?: string; home?: keyof typeof HOMES } = {},
): Promise<OrgFixture> {
  const at = options.at ?? "2024-01-01T00:00:00.000Z";
  const home = HOMES[options.home ?? "salatiga"];
  const regionalOfficeId = await insertOfficeRow(db, { provinceCode: home.provinceCode, name: "Kanwil", at });
  const facilityId = await insertFacilityRow(db, { regionalOfficeId, ...home, at });
  const jayapuraFacilityId = await insertFacilityRow(db, {
    regionalOfficeId,
    name: "Lapas Jayapura",
    regencyCode: "91.71",
    timeZone: "Asia/Jayapura",
    kind: "lapas",
    class: "IIA",
    at,
    createdAt: new Date(Date.parse(at) + 1000).toISOString(),
  });
  const partnerIds = [
    await insertPartnerRow(db, { kind: "local_government", name: "Pemkot", at }),
    await insertPartnerRow(db, { kind: "government_agency", name: "Dinas Kesehatan", at }),
    await insertPartnerRow(db, { kind: "government_agency", name: "Dinas Sosial", at }),
  ] as const;
  return { regionalOfficeId, facilityId, jayapuraFacilityId, partnerIds };
}

/** Rutan Medan with a training provider, an LSP and a draft PKS, and a facility of another office. */
export interface TrainingFixture {
  readonly regionalOfficeId: string;
  /** Rutan Medan (12.71, WIB). */
  readonly facilityId: string;
  /** Rutan Salatiga, of another regional office. */
  readonly otherFacilityId: string;
  /** A training provider (BLK). */
  readonly providerId: string;
  /** A certification body (LSP). */
  readonly lspId: string;
  /** A draft PKS of the Medan facility. */
  readonly agreementId: string;
}

/** Inserts the rows of other slices a training test needs. */
export async function insertTrainingFixture(
  db: Executor,
  at = "2024-01-01T00:00:00.000Z",
): Promise<TrainingFixture> {
  const medan = await medanAndElsewhere(db, at);
  const providerId = await insertPartnerRow(db, { kind: "training_provider", name: "BLK Medan", at });
  const lspId = await insertPartnerRow(db, { kind: "certification_body", name: "LSP Pariwisata", at });
  const agreementId = await insertDraftPksRow(db, { facilityId: medan.facilityId, at });
  return { ...medan, providerId, lspId, agreementId };
}

/** Rutan Medan with a certified and an uncertified program, two LSPs, and a facility elsewhere. */
export interface CertificationFixture {
  readonly facilityId: string;
  readonly otherFacilityId: string;
  readonly lspId: string;
  readonly otherLspId: string;
  /** Barbershop, certified by `lspId` (KKNI level 2, one unit I.56PAR00.001.2, 36 months). */
  readonly certifiedProgramId: string;
  /** Literacy, no certification scheme. */
  readonly uncertifiedProgramId: string;
}

/** Inserts the rows of other slices an enrollment or certificate test needs. */
export async function insertCertificationFixture(
  db: Executor,
  at = "2024-01-01T00:00:00.000Z",
): Promise<CertificationFixture> {
  const { facilityId, otherFacilityId } = await medanAndElsewhere(db, at);
  const providerId = await insertPartnerRow(db, { kind: "training_provider", name: "BLK", at });
  const lspId = await insertPartnerRow(db, { kind: "certification_body", name: "LSP Barber", at });
  const otherLspId = await insertPartnerRow(db, { kind: "certification_body", name: "LSP Roti", at });
  const certifiedProgramId = await insertProgramRow(db, {
    name: "Barbershop",
    providerPartnerId: providerId,
    scheme: {
      issuerPartnerId: lspId,
      name: "Skema Pangkas Rambut",
      schemeType: "kkni",
      competencyUnits: [{ code: "I.56PAR00.001.2", title: "Memotong rambut" }],
      level: 2,
      validityMonths: 36,
    },
    at,
  });
  const uncertifiedProgramId = await insertProgramRow(db, {
    name: "Literasi",
    providerPartnerId: providerId,
    scheme: null,
    at,
  });
  return { facilityId, otherFacilityId, lspId, otherLspId, certifiedProgramId, uncertifiedProgramId };
}

/** Kanwil Sumut with Rutan Medan, and Kanwil Jateng with Rutan Salatiga. */
async function medanAndElsewhere(db: Executor, at: string) {
  const regionalOfficeId = await insertOfficeRow(db, { provinceCode: "12", name: "Kanwil Sumut", at });
  const otherOfficeId = await insertOfficeRow(db, { provinceCode: "33", name: "Kanwil Jateng", at });
  const facilityId = await insertFacilityRow(db, {
    regionalOfficeId,
    name: "Rutan Medan",
    regencyCode: "12.71",
    timeZone: "Asia/Jakarta",
    class: "I",
    at,
  });
  const otherFacilityId = await insertFacilityRow(db, {
    regionalOfficeId: otherOfficeId,
    name: "Rutan Salatiga",
    regencyCode: "33.73",
    timeZone: "Asia/Jakarta",
    at,
  });
  return { regionalOfficeId, facilityId, otherFacilityId };
}
