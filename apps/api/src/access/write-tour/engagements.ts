import { create, existing, facilitySwap, type Scenario } from "./kit.ts";
import { type Body, engagement, type Made, v1 } from "./world.ts";

/**
 * The write tour's scenarios for engagements with partners and their follow-ups.
 */

/** A write to a fresh engagement of the facility. */
const onEngagement = (action: string, status: 200 | 204, body?: Body) =>
  existing({
    type: "engagement",
    action,
    table: "engagements",
    path: (id) => `/engagements/${id}`,
    make: engagement,
    status,
    ...(body ? { body } : {}),
  });

/** A write to the open follow-up of a fresh engagement of the facility. */
const onFollowUp = (action: string, body: Body) =>
  existing({
    type: "follow_up",
    action,
    table: "follow_ups",
    path: (id) => `/follow-ups/${id}`,
    make: async (w, at) => ((await engagement(w, at)).followUps as Made[])[0]!,
    body,
  });

/** The tour of engagements and their follow-ups. */
export const engagementScenarios: Record<string, Scenario> = {
  "POST /api/v1/engagements": create(
    "engagement",
    (id) => `/engagements/${id}`,
    async (w, at) => ({
      url: `${v1}/engagements`,
      body: {
        facilityId: at.facilityId,
        partnerIds: [w.partnerId],
        kind: "audience",
        date: "2025-10-01",
        place: "Kantor Wali Kota",
        summary: "Audiensi pelatihan bersertifikat",
        outcomes: ["Pemko mendukung sertifikasi"],
        followUps: [{ text: "Susun draf PKS", ownerName: "Kasi Giatja", dueDate: "2025-11-01" }],
      },
    }),
    { swap: facilitySwap },
  ),
  "PATCH /api/v1/engagements/:id": onEngagement("update", 200, {
    summary: "Koordinasi diperluas",
    place: "Aula Rutan",
    kind: "monitoring",
  }),
  "DELETE /api/v1/engagements/:id": onEngagement("delete", 204),
  "POST /api/v1/engagements/:id/follow-ups": create(
    "follow_up",
    (id) => `/follow-ups/${id}`,
    async (w, at) => {
      const e = await engagement(w, at);
      return {
        url: `${v1}/engagements/${e.id}/follow-ups`,
        body: { text: "Jadwalkan penandatanganan", ownerName: "Kepala Rutan", dueDate: "2025-12-20" },
        row: { table: "engagements", id: e.id },
      };
    },
    { foreignTarget: true },
  ),
  "PATCH /api/v1/follow-ups/:id": onFollowUp("update", { ownerName: "Kasi Giatja", dueDate: "2025-12-31" }),
  "POST /api/v1/follow-ups/:id/done": onFollowUp("move:done", { note: "Data sudah dikirim" }),
  "POST /api/v1/follow-ups/:id/dropped": onFollowUp("move:dropped", { reason: "Tidak diperlukan lagi" }),
};
