import type { MoveContext } from "../../shared/history.ts";
import type { ActionItem } from "../action-item.ts";
import type { Agreement } from "../agreement.ts";

/** Ids used across the agreement tests. */
export const ids = {
  agreement: "00000000-0000-4000-8000-0000000000a1",
  successor: "00000000-0000-4000-8000-0000000000a2",
  facility: "00000000-0000-4000-8000-0000000000f1",
  office: "00000000-0000-4000-8000-0000000000e1",
  partner: "00000000-0000-4000-8000-0000000000b1",
  partner2: "00000000-0000-4000-8000-0000000000b2",
  mou: "00000000-0000-4000-8000-0000000000c1",
} as const;

/** A move context at a fixed instant. */
export const ctx = (at = "2024-03-05T02:00:00.000Z", reason?: string): MoveContext => ({
  actor: "tester",
  at,
  ...(reason === undefined ? {} : { reason }),
});

/** A draft PKS with nothing needed for signing yet. */
export function draftPks(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: ids.agreement,
    kind: "pks",
    title: "PKS Pelayanan Kesehatan bagi Warga Binaan",
    facilityId: ids.facility,
    regionalOfficeId: null,
    partnerIds: [ids.partner],
    parentMouId: null,
    fields: ["health"],
    facilityDocumentNumber: null,
    partnerDocumentNumber: null,
    signatories: [],
    signedDocumentId: null,
    startDate: null,
    endDate: null,
    recordAccess: null,
    renewsId: null,
    state: "draft",
    signedAt: null,
    signedOn: null,
    signedTime: null,
    terminatedOn: null,
    terminationReason: null,
    version: 1,
    ...overrides,
  };
}

/** Everything signing needs. */
export const signingFacts = {
  facilityDocumentNumber: "W17.PAS.PAS.10-PK.01.05-123",
  partnerDocumentNumber: "440/123/DINKES/2024",
  signatories: [
    { name: "Budi Santoso", position: "Kepala Rutan", side: "facility" as const, role: "signs" as const },
    {
      name: "dr. Siti Aminah",
      position: "Kepala Dinas Kesehatan",
      side: "partner" as const,
      role: "signs" as const,
    },
  ],
  signedDocumentId: "00000000-0000-4000-8000-0000000000dd",
  startDate: "2024-03-05",
  endDate: "2027-03-04",
};

/** The local day the signing tests run on (the signing day may not be after it). */
export const TODAY = "2024-03-05";

/** A sign command: the signing day from the paper and every fact signing needs. */
export const signCmd = { signedOn: "2024-03-01", ...signingFacts };

/** A signed PKS running 2024-03-05 .. 2027-03-04. */
export function signedPks(overrides: Partial<Agreement> = {}): Agreement {
  return draftPks({
    ...signingFacts,
    state: "signed",
    signedAt: "2024-03-05T02:00:00.000Z",
    signedOn: "2024-03-01",
    ...overrides,
  });
}

/** An action item of the signed PKS. */
export function item(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: "00000000-0000-4000-8000-0000000000d1",
    agreementId: ids.agreement,
    activity: "Pelayanan puskesmas keliling di Rutan",
    field: "health",
    target: { amount: 24, unit: "kunjungan" },
    dueDate: "2025-03-04",
    realisedAmount: 0,
    evidence: [],
    status: "planned",
    ...overrides,
  };
}
