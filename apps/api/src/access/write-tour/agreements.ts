import { SIGNED_SCAN_ID, signingFacts } from "../../resources/agreements/fixtures.ts";
import { create, type Existing, existing, facilitySwap, type Scenario } from "./kit.ts";
import { type AgreementState, activity, agreement, type Body, v1 } from "./world.ts";

/**
 * The write tour's scenarios for agreements (PKS) and the action items of their plans.
 */

/** A write to a fresh agreement of the facility, made in `state`. */
const onAgreement = (state: AgreementState, action: string, body: Body, extra: Partial<Existing> = {}) =>
  existing({
    type: "agreement",
    action,
    table: "agreements",
    path: (id) => `/agreements/${id}`,
    make: async (w, at) => (await agreement(w, at, state)).agreement,
    body,
    ...extra,
  });

/** A write to the one action item of a fresh agreement of the facility, made in `state`. */
const onActionItem = (state: AgreementState, action: string, body: Body) =>
  existing({
    type: "action_item",
    action,
    table: "action_items",
    path: (id, agreementId) => `/agreements/${agreementId}/action-items/${id}`,
    parent: "agreementId",
    make: async (w, at) => (await agreement(w, at, state, 1)).items[0]!,
    body,
  });

/** The tour of agreements, their moves and their action plans. */
export const agreementScenarios: Record<string, Scenario> = {
  "POST /api/v1/agreements": create(
    "agreement",
    (id) => `/agreements/${id}`,
    async (w, at) => ({
      url: `${v1}/agreements`,
      body: {
        kind: "pks",
        title: `PKS Pelatihan Kerja ${w.seq()}`,
        facilityId: at.facilityId,
        partnerIds: [w.partnerId],
        fields: ["manpower"],
        startDate: "2026-01-01",
        endDate: "2027-12-31",
      },
    }),
    { swap: facilitySwap },
  ),
  "PATCH /api/v1/agreements/:id": onAgreement(
    "draft",
    "update",
    { title: "PKS Layanan Kesehatan (revisi)", fields: ["health", "education"] },
    { swap: facilitySwap },
  ),
  "POST /api/v1/agreements/:id/propose": onAgreement("draft", "move:propose", { reason: "dikirim" }),
  "POST /api/v1/agreements/:id/negotiate": onAgreement("proposed", "move:negotiate", {}),
  "POST /api/v1/agreements/:id/sign": onAgreement("negotiating", "move:sign", signingFacts),
  "POST /api/v1/agreements/:id/terminate": onAgreement("signed", "move:terminate", {
    reason: "Mitra dilebur",
    date: "2025-06-30",
  }),
  "POST /api/v1/agreements/:id/withdraw": onAgreement("draft", "move:withdraw", { reason: "batal" }),
  "POST /api/v1/agreements/:id/amend": onAgreement("signed", "move:amend", {
    reason: "Addendum I",
    signedDocumentId: SIGNED_SCAN_ID,
    title: "PKS Layanan Kesehatan (addendum I)",
  }),
  "POST /api/v1/agreements/record": create(
    "agreement",
    (id) => `/agreements/${id}`,
    async (w, at) => ({
      url: `${v1}/agreements/record`,
      body: {
        kind: "pks",
        title: `PKS Layanan Kesehatan ${w.seq()} (kertas)`,
        facilityId: at.facilityId,
        partnerIds: [w.partnerId],
        fields: ["health"],
        ...signingFacts,
        signedTime: "10:00",
        actionItems: [activity],
      },
    }),
    { swap: facilitySwap },
  ),
  // Renewing creates the successor: the entry is about it, and the predecessor must stay as it was.
  "POST /api/v1/agreements/:id/renew": onAgreement(
    "signed",
    "move:renew",
    { reason: "perpanjangan" },
    {
      status: 201,
    },
  ),
  "POST /api/v1/agreements/:id/action-items": create(
    "action_item",
    (id, agreementId) => `/agreements/${agreementId}/action-items/${id}`,
    async (w, at) => {
      const { agreement: a } = await agreement(w, at, "draft");
      return {
        url: `${v1}/agreements/${a.id}/action-items`,
        parent: a.id,
        body: { ...activity, dueDate: "2026-06-30", evidence: [{ label: "Jadwal puskesmas" }] },
        row: { table: "agreements", id: a.id },
      };
    },
    { foreignTarget: true },
  ),
  "PATCH /api/v1/agreements/:id/action-items/:itemId": onActionItem("draft", "update", {
    activity: "Pemeriksaan gigi WBP",
    target: { amount: 6, unit: "kali" },
  }),
  "POST /api/v1/agreements/:id/action-items/:itemId/realisations": onActionItem(
    "signed",
    "move:realisations",
    {
      amount: 2,
      evidence: [{ label: "Daftar hadir", date: "2025-01-15" }],
    },
  ),
  "POST /api/v1/agreements/:id/action-items/:itemId/adjustments": onActionItem("signed", "move:adjustments", {
    realisedAmount: 3,
    reason: "Rekap ulang daftar hadir",
    evidence: [{ label: "Rekap daftar hadir", date: "2025-02-01" }],
  }),
  "POST /api/v1/agreements/:id/action-items/:itemId/complete": onActionItem("draft", "move:complete", {
    reason: "selesai",
  }),
  "POST /api/v1/agreements/:id/action-items/:itemId/cancel": onActionItem("draft", "move:cancel", {
    reason: "batal",
  }),
};
