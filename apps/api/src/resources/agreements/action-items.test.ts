import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { signingFacts, storeSignedScan } from "./fixtures.ts";

describeApi("agreement action items", (t) => {
  const base = "/api/v1/agreements";
  let org: OrgFixture;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db, { home: "barabai" });
    await storeSignedScan(t.db);
  });
  const item = {
    activity: "Kejar Paket A/B/C",
    field: "education",
    target: { amount: 30, unit: "orang" },
    dueDate: "2026-06-30",
  };
  const draft = async () =>
    (
      await t.post(base, {
        kind: "pks",
        title: "PKS Pendidikan Kesetaraan",
        facilityId: org.facilityId,
        partnerIds: [org.partnerIds[2]],
        fields: ["education"],
      })
    ).body;
  const sign = async (id: string) => {
    await t.post(`${base}/${id}/propose`, {}, anyRevision);
    await t.post(`${base}/${id}/negotiate`, {}, anyRevision);
    expect((await t.post(`${base}/${id}/sign`, signingFacts, anyRevision)).status).toBe(200);
  };
  const itemRow = (id: string) =>
    t.db.selectFrom("actionItems").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("adds, reads, lists and edits activities while the agreement is unsigned", async () => {
    const a = await draft();
    const created = await t.post(`${base}/${a.id}/action-items`, item);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${base}/${a.id}/action-items/${created.body.id}`);
    expect(created.body).toMatchObject({
      status: "planned",
      realisedAmount: 0,
      realisationShare: 0,
      target: item.target,
    });
    await t.post(`${base}/${a.id}/action-items`, { ...item, activity: "Ujian kesetaraan" });
    const read = await t.get(`${base}/${a.id}/action-items/${created.body.id}`);
    expect(read.headers.get("etag")).toBe('"1"');
    const page1 = await t.get(`${base}/${a.id}/action-items?limit=1`);
    const page2 = await t.get(`${base}/${a.id}/action-items?limit=1&cursor=${page1.body.nextCursor}`);
    expect([...page1.body.items, ...page2.body.items].map((i: { activity: string }) => i.activity)).toEqual([
      "Kejar Paket A/B/C",
      "Ujian kesetaraan",
    ]);
    const edited = await t.patch(
      `${base}/${a.id}/action-items/${created.body.id}`,
      { dueDate: null, target: { amount: 40, unit: "orang" } },
      { "if-match": '"1"' },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ dueDate: null, target: { amount: 40 }, revision: 2 });
    const stale = await t.patch(
      `${base}/${a.id}/action-items/${created.body.id}`,
      { activity: "x" },
      { "if-match": '"1"' },
    );
    expect(stale.status).toBe(412);
    expect((await itemRow(created.body.id)).activity).toBe("Kejar Paket A/B/C");
  });

  it("answers bad action items with 422 naming each field and stores nothing", async () => {
    const a = await draft();
    const bad = await t.post(`${base}/${a.id}/action-items`, {
      activity: "",
      field: "Health!",
      target: { amount: -1, unit: "orang" },
      dueDate: "2023-02-30",
      extra: 1,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "activity",
      "dueDate",
      "extra",
      "field",
      "target.amount",
    ]);
    const rows = await t.db.selectFrom("actionItems").select("id").where("agreementId", "=", a.id).execute();
    expect(rows).toHaveLength(0);
    expect((await t.get(`${base}/${a.id}/action-items/00000000-0000-4000-8000-000000000000`)).status).toBe(
      404,
    );
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000/action-items`)).status).toBe(404);
  });

  it("records realisations under a signed agreement, moving the status to in_progress and done", async () => {
    const a = await draft();
    const { body: it1 } = await t.post(`${base}/${a.id}/action-items`, item);
    const early = await t.post(
      `${base}/${a.id}/action-items/${it1.id}/realisations`,
      { amount: 5 },
      anyRevision,
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("action-item/not-realisable");
    await sign(a.id);
    const locked = await t.post(`${base}/${a.id}/action-items`, item);
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe("action-item/not-editable");
    const first = await t.post(
      `${base}/${a.id}/action-items/${it1.id}/realisations`,
      {
        amount: 12,
        evidence: [{ label: "Daftar hadir", url: "https://example.org/hadir.pdf", date: "2025-01-10" }],
      },
      anyRevision,
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ realisedAmount: 12, status: "in_progress", realisationShare: 0.4 });
    const bad = await t.post(
      `${base}/${a.id}/action-items/${it1.id}/realisations`,
      {
        amount: "10",
        evidence: [{ label: "x", url: "nope" }],
      },
      anyRevision,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "amount",
      "evidence.0.url",
    ]);
    const done = await t.post(
      `${base}/${a.id}/action-items/${it1.id}/realisations`,
      { amount: 18 },
      { "if-match": '"2"' },
    );
    expect(done.body).toMatchObject({ realisedAmount: 30, status: "done", realisationShare: 1 });
    const h = await t.db
      .selectFrom("lifecycleHistory")
      .select(["fromState", "toState"])
      .where("entityId", "=", it1.id)
      .orderBy("id")
      .execute();
    expect(h).toEqual([
      { fromState: "planned", toState: "in_progress" },
      { fromState: "in_progress", toState: "done" },
    ]);
  });

  it("completes and cancels open activities by hand and refuses to move a closed one", async () => {
    const a = await draft();
    const { body: x } = await t.post(`${base}/${a.id}/action-items`, item);
    const { body: y } = await t.post(`${base}/${a.id}/action-items`, { ...item, activity: "Ujian" });
    await sign(a.id);
    expect((await t.post(`${base}/${a.id}/action-items/${x.id}/complete`, {}, anyRevision)).body.status).toBe(
      "done",
    );
    const cancelled = await t.post(
      `${base}/${a.id}/action-items/${y.id}/cancel`,
      {
        reason: "anggaran dipotong",
      },
      anyRevision,
    );
    expect(cancelled.body.status).toBe("cancelled");
    const again = await t.post(`${base}/${a.id}/action-items/${y.id}/cancel`, {}, anyRevision);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("action-item/illegal-transition");
    const realise = await t.post(
      `${base}/${a.id}/action-items/${y.id}/realisations`,
      { amount: 1 },
      anyRevision,
    );
    expect(realise.status).toBe(409);
    expect((await itemRow(y.id)).realisedAmount).toBe(0);
    const patch = await t.patch(`${base}/${a.id}/action-items/${x.id}`, { activity: "x" }, anyRevision);
    expect(patch.status).toBe(409);
    expect(patch.body.code).toBe("action-item/not-editable");
  });
});
