import { insertOrgFixture } from "@sinergi/db/testing";
import { addDays, dateInZone } from "@sinergi/domain";
import { expect, it } from "vitest";
import { anyRevision, describeApi, ifMatch } from "../../testing.ts";
import { AGREEMENTS, agreementSuite } from "./agreement-suite.ts";
import { signingFacts } from "./fixtures.ts";

/** Agreements as they happen on paper: signing days, recording after the fact, offices and the nation. */
describeApi("agreements on paper", (t) => {
  const base = AGREEMENTS;
  const { org, pks, record } = agreementSuite(t);
  const today = () => dateInZone(new Date().toISOString(), "Asia/Makassar");
  const negotiating = async () => {
    const a = (await t.post(base, pks())).body;
    await t.post(`${base}/${a.id}/propose`, {}, anyRevision);
    return (await t.post(`${base}/${a.id}/negotiate`, {}, anyRevision)).body;
  };
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("agreements")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("signs on the day and time on the paper, which the history shows apart from the server clock", async () => {
    const a = await negotiating();
    const res = await t.post(`${base}/${a.id}/sign`, { ...signingFacts, signedTime: "10:15" }, anyRevision);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ signedOn: "2024-03-01", signedTime: "10:15", state: "signed" });
    expect(res.body.signedAt.slice(0, 4)).not.toBe("2024");
    const h = await t.get(`${base}/${a.id}/history`);
    expect(h.body.items.at(-1).reason).toBe("signed on 2024-03-01 10:15");
  });

  it("refuses a signing day after today in the facility's time zone, and takes today", async () => {
    const a = await negotiating();
    const tomorrow = addDays(today(), 1);
    const late = await t.post(`${base}/${a.id}/sign`, { ...signingFacts, signedOn: tomorrow }, anyRevision);
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({
      code: "agreement/invalid-signing-date",
      errors: [{ field: "signedOn" }],
    });
    expect(late.text).not.toContain(tomorrow);
    const missing = await t.post(
      `${base}/${a.id}/sign`,
      { ...signingFacts, signedOn: undefined },
      anyRevision,
    );
    expect(missing.body.errors[0].field).toBe("signedOn");
    const ok = await t.post(`${base}/${a.id}/sign`, { ...signingFacts, signedOn: today() }, anyRevision);
    expect(ok.status).toBe(200);
  });

  it("refuses a signed document that is not stored, or out of the caller's reach, like a missing one", async () => {
    const a = await negotiating();
    const ghost = "00000000-0000-4000-8000-00000000dead";
    const res = await t.post(
      `${base}/${a.id}/sign`,
      { ...signingFacts, signedDocumentId: ghost },
      anyRevision,
    );
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: "signedDocumentId", message: "no such document" }]);
    const away = await insertOrgFixture(t.db);
    const admin = await t.createUser("facility_admin", { kind: "facility", facilityId: away.facilityId });
    const theirs = { cookie: await t.sessionCookie(admin.id), origin: "http://localhost" };
    const up = await t.request("POST", "/api/v1/documents?purpose=signed_agreement&fileName=x.pdf", {
      body: "%PDF-1.4\n%%EOF\n",
      headers: { ...theirs, "content-type": "application/pdf" },
      anonymous: true,
    });
    expect(up.status).toBe(201);
    const foreign = await t.post(
      `${base}/${a.id}/sign`,
      { ...signingFacts, signedDocumentId: up.body.id },
      anyRevision,
    );
    // The national admin reaches it; a facility admin of Barabai does not.
    expect(foreign.status).toBe(200);
    const mine = await t.createUser("facility_admin", { kind: "facility", facilityId: org.facilityId });
    const as = { cookie: await t.sessionCookie(mine.id), origin: "http://localhost" };
    const b = await negotiating();
    const refused = await t.request("POST", `${base}/${b.id}/sign`, {
      body: { ...signingFacts, signedDocumentId: up.body.id },
      headers: { ...as, "if-match": "*" },
      anonymous: true,
    });
    expect({ status: refused.status, body: refused.body }).toEqual({ status: res.status, body: res.body });
  });

  it("records a PKS already signed in one call, with its plan, marked in its history as recorded after the fact", async () => {
    const n = await count();
    const res = await record({
      signedTime: "09:30",
      signatories: [
        ...signingFacts.signatories,
        {
          name: "H. Aulia",
          position: "Bupati",
          side: "partner",
          role: "witnesses",
          nip: "197001011990031001",
        },
      ],
      actionItems: [
        { activity: "Penyuluhan hukum", field: "social", target: { amount: 4, unit: "kali" } },
        {
          activity: "Bantuan hukum",
          field: "social",
          target: { amount: 10, unit: "orang" },
          dueDate: "2025-03-04",
        },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toMatchObject({
      state: "signed",
      signedOn: "2024-03-01",
      signedTime: "09:30",
      version: 1,
    });
    expect(res.body.signatories[2]).toEqual({
      name: "H. Aulia",
      position: "Bupati",
      side: "partner",
      role: "witnesses",
      nip: "197001011990031001",
    });
    expect(await count()).toBe(n + 1);
    const h = await t.get(`${base}/${res.body.id}/history`);
    expect(h.body.items).toHaveLength(1);
    expect(h.body.items[0]).toMatchObject({ from: null, to: "signed" });
    expect(h.body.items[0].reason).toBe("recorded after the fact: signed on 2024-03-01 09:30");
    const plan = await t.get(`${base}/${res.body.id}/action-items`);
    expect(plan.body.items.map((i: { activity: string }) => i.activity)).toEqual([
      "Penyuluhan hukum",
      "Bantuan hukum",
    ]);
  });

  it("records nothing when any part is wrong: a missing fact, a future day, a bad item, a bad NIP", async () => {
    const n = await count();
    const { facilityDocumentNumber: _f, ...noNumber } = signingFacts;
    const cases = [
      t.post(`${base}/record`, { ...pks(), ...noNumber }),
      record({ signedOn: addDays(today(), 1) }),
      record({ actionItems: [{ activity: "x", field: "social", target: { amount: 0, unit: "kali" } }] }),
      record({ signatories: [{ name: "A", position: "B", side: "facility", nip: "12345" }] }),
      record({ endDate: "2027-03-05" }),
    ];
    const answers = await Promise.all(cases);
    expect(answers.map((a) => a.status)).toEqual([422, 422, 422, 422, 422]);
    expect(answers[0]?.body.errors[0].field).toBe("facilityDocumentNumber");
    expect(answers[2]?.body.errors[0].field).toBe("actionItems.0.target.amount");
    expect(answers[3]?.body.errors[0].field).toBe("signatories.0.nip");
    expect(await count()).toBe(n);
  });

  it("filters and sorts by signing day", async () => {
    const early = (await record({ signedOn: "2022-02-01", startDate: "2022-02-02", endDate: "2025-02-01" }))
      .body;
    const late = (await record({ signedOn: "2022-02-03", startDate: "2022-02-04", endDate: "2025-02-03" }))
      .body;
    const q = `${base}?signedFrom=2022-02-01&signedTo=2022-02-03&sort=signedOn&limit=1`;
    const first = await t.get(q);
    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual([early.id]);
    const second = await t.get(`${q}&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items.map((i: { id: string }) => i.id)).toEqual([late.id]);
    const desc = await t.get(`${base}?signedFrom=2022-02-01&signedTo=2022-02-03&sort=-signedOn`);
    expect(desc.body.items.map((i: { id: string }) => i.id)).toEqual([late.id, early.id]);
    const day = await t.get(`${base}?signedFrom=2022-02-02&signedTo=2022-02-03`);
    expect(day.body.items.map((i: { id: string }) => i.id)).toEqual([late.id]);
  });

  it("terminates on a day not before the start or the signing, staying in force until a future day", async () => {
    const start = addDays(today(), -100);
    const a = (await record({ signedOn: addDays(start, -5), startDate: start, endDate: addDays(start, 700) }))
      .body;
    const early = await t.post(
      `${base}/${a.id}/terminate`,
      { reason: "x", date: addDays(start, -1) },
      ifMatch(a),
    );
    expect(early.status).toBe(422);
    expect(early.body.code).toBe("agreement/invalid-termination-date");
    const future = await t.post(
      `${base}/${a.id}/terminate`,
      { reason: "Dinas dilebur", date: addDays(today(), 10) },
      ifMatch(a),
    );
    expect(future.status).toBe(200);
    expect(future.body).toMatchObject({ state: "terminated", status: "expiring" });
    const stillActive = await t.get(`${base}?status=expiring&facilityId=${org.facilityId}`);
    expect(stillActive.body.items.map((i: { id: string }) => i.id)).toContain(a.id);
    const b = (await record({ signedOn: addDays(start, -5), startDate: start, endDate: addDays(start, 700) }))
      .body;
    const now = await t.post(`${base}/${b.id}/terminate`, { reason: "x", date: today() }, ifMatch(b));
    expect(now.body.status).toBe("terminated");
  });
});
