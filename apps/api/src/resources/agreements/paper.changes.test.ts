import { expect, it } from "vitest";
import { anyRevision, describeApi, ifMatch } from "../../testing.ts";
import { AGREEMENTS, agreementSuite } from "./agreement-suite.ts";
import { SIGNED_SCAN_ID, uploadPdf } from "./fixtures.ts";

/** Agreements as they change on paper: addenda to the plan, corrected realisations, leap-day renewals. */
describeApi("agreements on paper as they change", (t) => {
  const base = AGREEMENTS;
  const { record } = agreementSuite(t);
  it("lets an addendum add, change and end action items in the same transaction", async () => {
    const a = (
      await record({
        actionItems: [
          { activity: "Penyuluhan hukum", field: "social", target: { amount: 4, unit: "kali" } },
          { activity: "Konsultasi hukum", field: "social", target: { amount: 12, unit: "kali" } },
        ],
      })
    ).body;
    const [first, second] = (await t.get(`${base}/${a.id}/action-items`)).body.items;
    const doc = await uploadPdf(t, "addendum-2025.pdf", "addendum");
    const bad = await t.post(
      `${base}/${a.id}/amend`,
      {
        reason: "x",
        signedDocumentId: doc.id,
        actionItems: { end: ["00000000-0000-4000-8000-00000000beef"] },
      },
      ifMatch(a),
    );
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({
      code: "agreement/invalid-plan-change",
      errors: [{ field: "actionItems.end.0" }],
    });
    expect((await t.get(`${base}/${a.id}`)).body.version).toBe(1);
    const res = await t.post(
      `${base}/${a.id}/amend`,
      {
        reason: "Rencana aksi 2025",
        signedDocumentId: doc.id,
        actionItems: {
          add: [{ activity: "Sidang keliling", field: "social", target: { amount: 2, unit: "kali" } }],
          change: [{ id: first.id, target: { amount: 6, unit: "kali" } }],
          end: [second.id],
        },
      },
      ifMatch(a),
    );
    expect(res.status).toBe(200);
    const plan = (await t.get(`${base}/${a.id}/action-items`)).body.items;
    expect(plan.map((i: { activity: string; status: string }) => [i.activity, i.status])).toEqual([
      ["Penyuluhan hukum", "planned"],
      ["Konsultasi hukum", "cancelled"],
      ["Sidang keliling", "planned"],
    ]);
    expect(plan[0].target.amount).toBe(6);
  });

  it("corrects a realisation with an adjustment kept in its history, never overwriting the earlier amount", async () => {
    const a = (
      await record({
        actionItems: [{ activity: "Penyuluhan hukum", field: "social", target: { amount: 4, unit: "kali" } }],
      })
    ).body;
    const [item] = (await t.get(`${base}/${a.id}/action-items`)).body.items;
    const url = `${base}/${a.id}/action-items/${item.id}`;
    const done = await t.post(`${url}/realisations`, { amount: 4 }, ifMatch(item));
    expect(done.body.status).toBe("done");
    const evidence = await uploadPdf(t, "rekap.pdf", "evidence");
    const adj = await t.post(
      `${url}/adjustments`,
      {
        realisedAmount: 3,
        reason: "satu kegiatan tercatat ganda",
        evidence: [{ label: "Rekap", documentId: evidence.id }],
      },
      ifMatch(done.body),
    );
    expect(adj.status).toBe(200);
    expect(adj.body).toMatchObject({ realisedAmount: 3, status: "done" });
    const list = await t.get(`${url}/adjustments`);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        previousAmount: 4,
        realisedAmount: 3,
        reason: "satu kegiatan tercatat ganda",
      }),
    ]);
    const same = await t.post(`${url}/adjustments`, { realisedAmount: 3, reason: "x" }, anyRevision);
    expect(same.status).toBe(409);
    expect(same.body.code).toBe("action-item/not-adjustable");
    const ghost = await t.post(
      `${url}/adjustments`,
      {
        realisedAmount: 2,
        reason: "x",
        evidence: [{ label: "x", documentId: "00000000-0000-4000-8000-00000000beef" }],
      },
      anyRevision,
    );
    expect(ghost.body.errors).toEqual([{ field: "evidence.0.documentId", message: "no such document" }]);
    expect((await t.get(`${url}/adjustments`)).body.items).toHaveLength(1);
  });

  it("renews a PKS that started on 29 February into a term ending on 28 February", async () => {
    const a = (await record({ signedOn: "2024-02-20", startDate: "2024-02-29", endDate: "2027-02-28" })).body;
    const r = await t.post(`${base}/${a.id}/renew`, {}, ifMatch(a));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ startDate: "2027-03-01", endDate: "2030-02-28" });
    expect(SIGNED_SCAN_ID).toBe(a.signedDocumentId);
  });
});
