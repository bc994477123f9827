import type { Generated } from "kysely";
import type { Timestamp } from "./core.ts";
import type { Json } from "./organisation.ts";

/** agreements */
export interface AgreementsTable {
  id: string;
  kind: string;
  title: string;
  facilityId: string | null;
  regionalOfficeId: string | null;
  parentMouId: string | null;
  fields: string[];
  facilityDocumentNumber: string | null;
  partnerDocumentNumber: string | null;
  signatories: Json<unknown[]>;
  signedDocument: Json<unknown | null>;
  startDate: string | null;
  endDate: string | null;
  /** A PKS's record-access clause ({ covers, personalData }) or null. */
  recordAccess: Json<unknown | null>;
  /** Generated: end_date, or 9999-12-31 while unset, so keyset sorting has no nulls. */
  sortEndDate: Generated<string>;
  renewsId: string | null;
  state: string;
  signedAt: Timestamp | null;
  terminatedOn: string | null;
  terminationReason: string | null;
  version: Generated<number>;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** agreement_partners */
export interface AgreementPartnersTable {
  agreementId: string;
  partnerId: string;
}

/** agreement_versions: earlier versions kept readable after an amendment. */
export interface AgreementVersionsTable {
  agreementId: string;
  version: number;
  snapshot: Json<unknown>;
  supersededAt: Timestamp;
  supersededBy: string;
  reason: string | null;
}

/** action_items */
export interface ActionItemsTable {
  id: string;
  agreementId: string;
  activity: string;
  field: string;
  targetAmount: number;
  targetUnit: string;
  dueDate: string | null;
  realisedAmount: Generated<number>;
  evidence: Json<unknown[]>;
  status: string;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Agreement tables. */
export interface AgreementTables {
  agreements: AgreementsTable;
  agreementPartners: AgreementPartnersTable;
  agreementVersions: AgreementVersionsTable;
  actionItems: ActionItemsTable;
}
