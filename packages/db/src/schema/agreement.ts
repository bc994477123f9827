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
  /** Legacy: the hash typed in before documents were stored; new agreements refer to signedDocumentId. */
  signedDocument: Json<unknown | null>;
  signedDocumentId: string | null;
  startDate: string | null;
  endDate: string | null;
  /** A PKS's record-access clause ({ covers, personalData }) or null. */
  recordAccess: Json<unknown | null>;
  /** Generated: end_date, or 9999-12-31 while unset, so keyset sorting has no nulls. */
  sortEndDate: Generated<string>;
  renewsId: string | null;
  state: string;
  signedAt: Timestamp | null;
  signedOn: string | null;
  signedTime: string | null;
  /** Generated: signed_on, or 9999-12-31 while unsigned, so keyset sorting has no nulls. */
  sortSignedOn: Generated<string>;
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

/** action_item_adjustments: kept corrections of a realised amount. */
export interface ActionItemAdjustmentsTable {
  id: string;
  actionItemId: string;
  previousAmount: number;
  realisedAmount: number;
  reason: string;
  evidence: Json<unknown[]>;
  adjustedAt: Timestamp;
  adjustedBy: string;
}

/** documents: uploaded files, bytes included. */
export interface DocumentsTable {
  id: string;
  purpose: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Uint8Array;
  facilityId: string | null;
  regionalOfficeId: string | null;
  uploadedBy: string;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Agreement tables. */
export interface AgreementTables {
  documents: DocumentsTable;
  actionItemAdjustments: ActionItemAdjustmentsTable;
  agreements: AgreementsTable;
  agreementPartners: AgreementPartnersTable;
  agreementVersions: AgreementVersionsTable;
  actionItems: ActionItemsTable;
}
