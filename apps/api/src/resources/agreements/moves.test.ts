import { expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { AGREEMENTS, agreementSuite } from "./agreement-suite.ts";
import { SIGNED_SCAN_ID, signingFacts } from "./fixtures.ts";

describeApi("agreement lifecycle", (t) => {
  const base = AGREEMENTS;
  const { draft, negotiating, signed, row } = agreementSuite(t);

  it("walks draft -> proposed -> negotiating -> signed, bumping the ETag and keeping history", async () => {
    const a = await draft();
    const p = await t.post(`${base}/${a.id}/propose`, { reason: "dikirim ke Dinas" }, { "if-match": '"1"' });
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({ state: "proposed", status: "proposed", revision: 2 });
    expect(p.headers.get("etag")).toBe('"2"');
    const n = await t.post(`${base}/${a.id}/negotiate`, {}, anyRevision);
    expect(n.body.state).toBe("negotiating");
    const s = await t.post(`${base}/${a.id}/sign`, signingFacts, anyRevision);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({
      state: "signed",
      signedDocumentId: SIGNED_SCAN_ID,
      signedDocument: {
        documentId: SIGNED_SCAN_ID,
        fileName: "pks-dinkes.pdf",
        mediaType: "application/pdf",
      },
      signedOn: "2024-03-01",
      signedTime: null,
      startDate: "2024-03-05",
    });
    expect(s.body.signedAt).toBeTruthy();
    const h = await t.get(`${base}/${a.id}/history`);
    expect(h.status).toBe(200);
    expect(h.body.items.map((e: { from: string | null; to: string }) => [e.from, e.to])).toEqual([
      [null, "draft"],
      ["draft", "proposed"],
      ["proposed", "negotiating"],
      ["negotiating", "signed"],
    ]);
    expect(h.body.items[1]).toMatchObject({ reason: "dikirim ke Dinas", actor: `user:${t.adminId}` });
    expect(h.body.items[3].reason).toBe("signed on 2024-03-01");
    expect(Object.keys(h.body.timeInStates).sort()).toEqual(["draft", "negotiating", "proposed", "signed"]);
  });

  it("refuses to sign without a signed document with 409 listing what is missing, changing nothing", async () => {
    const a = await negotiating();
    const { signedDocumentId: _d, ...facts } = signingFacts;
    const res = await t.post(
      `${base}/${a.id}/sign`,
      {
        ...facts,
        signatories: facts.signatories.slice(0, 1),
      },
      anyRevision,
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("agreement/not-signable");
    expect(res.body.context.missing).toEqual(["signatories.partner", "signedDocumentId"]);
    expect(await row(a.id)).toMatchObject({
      state: "negotiating",
      revision: a.revision,
      facilityDocumentNumber: null,
    });
  });

  it("refuses to sign a PKS over three years with 422 agreement/invalid-dates", async () => {
    const a = await negotiating();
    const res = await t.post(`${base}/${a.id}/sign`, { ...signingFacts, endDate: "2027-03-05" }, anyRevision);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("agreement/invalid-dates");
    expect(res.body.errors[0].field).toBe("endDate");
    expect((await row(a.id)).state).toBe("negotiating");
  });

  it("answers bad move bodies with 422 naming the field: impossible dates, unknown fields, wrong types", async () => {
    const a = await negotiating();
    const res = await t.post(
      `${base}/${a.id}/sign`,
      {
        ...signingFacts,
        startDate: "2023-02-30",
        stamp: true,
        signatories: "x",
      },
      anyRevision,
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "signatories",
      "stamp",
      "startDate",
    ]);
    const s = await signed();
    const term = await t.post(`${base}/${s.id}/terminate`, { reason: 5, date: "2025-13-01" }, anyRevision);
    expect(term.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["date", "reason"]);
    expect((await row(s.id)).state).toBe("signed");
  });

  it.each([
    ["propose", "negotiating", {}],
    ["negotiate", "draft", {}],
    ["sign", "draft", signingFacts],
    ["terminate", "draft", { reason: "x", date: "2025-01-01" }],
    ["withdraw", "signed", {}],
    ["renew", "draft", {}],
    ["amend", "draft", { reason: "x", signedDocumentId: SIGNED_SCAN_ID }],
  ])("refuses to %s a %s agreement with 409 and leaves it as it was", async (move, from, body) => {
    const a = from === "draft" ? await draft() : from === "signed" ? await signed() : await negotiating();
    const res = await t.post(`${base}/${a.id}/${move}`, body, anyRevision);
    expect(res.status).toBe(409);
    expect(res.body.code).toMatch(/^agreement\/(illegal-transition|not-renewable|not-amendable)$/);
    expect(await row(a.id)).toMatchObject({ state: from, revision: a.revision });
  });

  it("terminates a signed agreement with reason and date; refuses a date after the end", async () => {
    const s = await signed();
    const late = await t.post(`${base}/${s.id}/terminate`, { reason: "x", date: "2027-03-05" }, anyRevision);
    expect(late.status).toBe(422);
    expect(late.body.errors[0].field).toBe("date");
    const res = await t.post(
      `${base}/${s.id}/terminate`,
      { reason: "Dinas dilebur", date: "2025-06-30" },
      anyRevision,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: "terminated",
      status: "terminated",
      terminatedOn: "2025-06-30",
      terminationReason: "Dinas dilebur",
    });
    const again = await t.post(`${base}/${s.id}/terminate`, { reason: "x", date: "2025-07-01" }, anyRevision);
    expect(again.status).toBe(409);
  });

  it("withdraws an agreement under negotiation, keeping the reason in history", async () => {
    const a = await negotiating();
    const res = await t.post(`${base}/${a.id}/withdraw`, { reason: "mitra menolak" }, anyRevision);
    expect(res.body.state).toBe("withdrawn");
    const h = await t.get(`${base}/${a.id}/history`);
    expect(h.body.items.at(-1)).toMatchObject({
      from: "negotiating",
      to: "withdrawn",
      reason: "mitra menolak",
    });
  });

  it("refuses a move with a stale If-Match with 412 and no change", async () => {
    const a = await draft();
    await t.patch(`${base}/${a.id}`, { title: "judul baru" }, anyRevision);
    const res = await t.post(`${base}/${a.id}/propose`, {}, { "if-match": '"1"' });
    expect(res.status).toBe(412);
    expect(await row(a.id)).toMatchObject({ state: "draft", revision: 2 });
  });
});
