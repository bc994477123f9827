import type { MoveContext } from "../../shared/history.ts";
import type { Engagement } from "../engagement.ts";
import type { FollowUp } from "../follow-up.ts";

/** A move context at a given instant. */
export const ctx = (at = "2026-11-23T02:00:00.000Z", reason?: string): MoveContext => ({
  actor: "user-1",
  at,
  ...(reason === undefined ? {} : { reason }),
});

/** Salatiga's audience with the mayor. */
export const audience = (): Engagement => ({
  id: "11111111-1111-4111-8111-111111111111",
  facilityId: "22222222-2222-4222-8222-222222222222",
  partnerIds: ["33333333-3333-4333-8333-333333333333"],
  kind: "audience",
  date: "2026-11-20",
  place: "Kantor Wali Kota Salatiga",
  attendees: [
    { name: "Budi", role: "Kepala Rutan", side: "facility" },
    { name: "Wali Kota", role: "Wali Kota", side: "partner" },
  ],
  summary: "Audiensi tentang pelatihan bersertifikat",
  outcomes: ["Pemkot mendukung pelatihan barista"],
});

/** An open follow-up due 2026-12-01. */
export const openOne = (): FollowUp => ({
  id: "44444444-4444-4444-8444-444444444444",
  engagementId: audience().id,
  text: "Kirim draf PKS",
  ownerName: "Budi",
  dueDate: "2026-12-01",
  status: "open",
  closedAt: null,
  note: null,
  dropReason: null,
});
