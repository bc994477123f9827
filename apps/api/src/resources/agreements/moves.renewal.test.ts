import { addDays, dateInZone } from "@sinergi/domain";
import { expect, it } from "vitest";
import { anyRevision, describeApi, ifMatch } from "../../testing.ts";
import { AGREEMENTS, agreementSuite } from "./agreement-suite.ts";
import { SIGNED_SCAN_ID, signingFacts, uploadPdf } from "./fixtures.ts";

describeApi("agreement amendments and renewals", (t) => {
  const base = AGREEMENTS;
  const { org, draft, signed, row } = agreementSuite(t);

  it("amends a signed agreement, bumping the version and keeping the earlier one readable", async () => {
    const s = await signed();
    const addendum = await uploadPdf(t, "addendum-1.pdf", "addendum");
    const res = await t.post(
      `${base}/${s.id}/amend`,
      { reason: "perluasan bidang", signedDocumentId: addendum.id, fields: ["literacy", "education"] },
      { "if-match": `"${s.revision}"` },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 2,
      fields: ["literacy", "education"],
      signedDocumentId: addendum.id,
      signedDocument: { documentId: addendum.id, fileName: "addendum-1.pdf", sha256: addendum.sha256 },
    });
    const versions = await t.get(`${base}/${s.id}/versions`);
    expect(
      versions.body.items.map((v: { version: number; current: boolean }) => [v.version, v.current]),
    ).toEqual([
      [1, false],
      [2, true],
    ]);
    const v1 = await t.get(`${base}/${s.id}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ version: 1, current: false, reason: "perluasan bidang" });
    expect(v1.body.snapshot).toMatchObject({
      version: 1,
      fields: ["literacy"],
      signedDocumentId: SIGNED_SCAN_ID,
    });
    expect((await t.get(`${base}/${s.id}/versions/2`)).body.snapshot.version).toBe(2);
    expect((await t.get(`${base}/${s.id}/versions/3`)).status).toBe(404);
    expect((await t.get(`${base}/${s.id}/versions/0`)).body.errors[0].field).toBe("path.version");
    const tooLong = await t.post(
      `${base}/${s.id}/amend`,
      {
        reason: "x",
        signedDocumentId: addendum.id,
        endDate: "2028-01-01",
      },
      anyRevision,
    );
    expect(tooLong.status).toBe(422);
    const noDoc = await t.post(`${base}/${s.id}/amend`, { reason: "x" }, anyRevision);
    expect(noDoc.status).toBe(422);
    expect(noDoc.body.errors[0].field).toBe("signedDocumentId");
    expect((await row(s.id)).version).toBe(2);
  });

  it("renews in one step: the successor copies terms and plan, and the predecessor reads renewed once it is signed", async () => {
    const a = await draft({ startDate: "2024-03-05", endDate: "2027-03-04" });
    const item = await t.post(`${base}/${a.id}/action-items`, {
      activity: "Layanan perpustakaan keliling",
      field: "literacy",
      target: { amount: 24, unit: "kunjungan" },
      dueDate: "2025-03-04",
    });
    expect(item.status).toBe(201);
    await t.post(`${base}/${a.id}/propose`, {}, anyRevision);
    await t.post(`${base}/${a.id}/negotiate`, {}, anyRevision);
    await t.post(`${base}/${a.id}/sign`, signingFacts, anyRevision);
    const r = await t.post(`${base}/${a.id}/renew`, {}, anyRevision);
    expect(r.status).toBe(201);
    expect(r.headers.get("location")).toBe(`${base}/${r.body.id}`);
    expect(r.body).toMatchObject({
      state: "draft",
      renewsId: a.id,
      startDate: "2027-03-05",
      endDate: "2030-03-04",
      title: a.title,
      partnerIds: a.partnerIds,
      signedDocument: null,
      signedOn: null,
      signatories: [
        expect.objectContaining({ name: "Budi Santoso", role: "signs" }),
        expect.objectContaining({ name: "dr. Siti Aminah", role: "signs" }),
      ],
    });
    const plan = await t.get(`${base}/${r.body.id}/action-items`);
    expect(plan.body.items).toHaveLength(1);
    expect(plan.body.items[0]).toMatchObject({ dueDate: "2028-03-04", realisedAmount: 0, status: "planned" });
    const twice = await t.post(`${base}/${a.id}/renew`, {}, anyRevision);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe("agreement/already-renewed");
    const pending = (await t.get(`${base}/${a.id}`)).body;
    expect(pending.successorId).toBe(r.body.id);
    expect(pending.status).not.toBe("renewed"); // a drafted successor does not renew yet
    await t.post(`${base}/${r.body.id}/propose`, {}, anyRevision);
    await t.post(`${base}/${r.body.id}/negotiate`, {}, anyRevision);
    // Only what is new is entered: the signatories carried over.
    const { startDate: _s, endDate: _e, signatories: _p, ...facts } = signingFacts;
    expect((await t.post(`${base}/${r.body.id}/sign`, facts, anyRevision)).status).toBe(200);
    expect((await t.get(`${base}/${a.id}`)).body.status).toBe("renewed");
    const renewed = await t.get(`${base}?status=renewed&facilityId=${org.facilityId}`);
    expect(renewed.body.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect((await t.get(`${base}?renewsId=${a.id}`)).body.items[0].id).toBe(r.body.id);
  });

  it("renews with given dates, refusing an impossible date and a successor that ends before it starts", async () => {
    const today = dateInZone(new Date().toISOString(), "Asia/Makassar");
    const s = await signed({ startDate: addDays(today, -300), endDate: addDays(today, 60) });
    const bad = await t.post(`${base}/${s.id}/renew`, { startDate: "2023-02-30" }, anyRevision);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe("startDate");
    const backwards = await t.post(
      `${base}/${s.id}/renew`,
      {
        startDate: addDays(today, 61),
        endDate: addDays(today, 30),
      },
      anyRevision,
    );
    expect(backwards.status).toBe(422);
    expect(backwards.body.code).toBe("agreement/invalid-dates");
    const n = await t.db.selectFrom("agreements").select("id").where("renewsId", "=", s.id).execute();
    expect(n).toHaveLength(0);
    const ok = await t.post(
      `${base}/${s.id}/renew`,
      {
        startDate: addDays(today, 61),
        endDate: addDays(today, 400),
        title: "PKS II",
      },
      anyRevision,
    );
    expect(ok.status).toBe(201);
    expect(ok.body.title).toBe("PKS II");
  });

  it("replays a renewal sent twice with the same Idempotency-Key, making one successor", async () => {
    const s = await signed();
    const first = await t.post(
      `${base}/${s.id}/renew`,
      {},
      { "idempotency-key": `renew-${s.id}`, ...ifMatch(s) },
    );
    expect(first.status).toBe(201);
    const again = await t.post(
      `${base}/${s.id}/renew`,
      {},
      { "idempotency-key": `renew-${s.id}`, ...ifMatch(s) },
    );
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.id).toBe(first.body.id);
    const successors = await t.db
      .selectFrom("agreements")
      .select("id")
      .where("renewsId", "=", s.id)
      .execute();
    expect(successors).toHaveLength(1);
  });
});
