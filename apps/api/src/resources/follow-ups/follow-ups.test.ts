import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { addDays, dateInZone } from "@sinergi/domain";
import { afterEach, beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { engagementCounts } from "../engagements/fixtures.ts";

describeApi("follow-ups", (t) => {
  const base = "/api/v1/follow-ups";
  let org: OrgFixture;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db, { at: "2026-01-01T00:00:00.000Z" });
  });
  afterEach(() => t.resetClock());

  /** Records an engagement on 2026-11-20 and returns its id. */
  const engagement = async (facilityId = org.facilityId) => {
    const res = await t.post("/api/v1/engagements", {
      facilityId,
      partnerIds: [org.partnerIds[1]],
      kind: "courtesy_visit",
      date: "2026-11-20",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const open = async (engagementId: string, body: Record<string, unknown> = {}) => {
    const res = await t.post(`/api/v1/engagements/${engagementId}/follow-ups`, {
      text: "Kirim data WBP ber-KTP Masohi",
      ownerName: "Sari Dewi",
      dueDate: "2026-12-01",
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const row = (id: string) =>
    t.db.selectFrom("followUps").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("opens a follow-up under an engagement and reads it back with an ETag", async () => {
    const eid = await engagement();
    const created = await t.post(`/api/v1/engagements/${eid}/follow-ups`, {
      text: "Kirim draf PKS",
      ownerName: "Budi",
      dueDate: "2026-12-01",
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${base}/${created.body.id}`);
    expect(created.body).toMatchObject({
      engagementId: eid,
      facilityId: org.facilityId,
      status: "open",
      closedAt: null,
      revision: 1,
    });
    const read = await t.get(`${base}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(read.body).toEqual(created.body);
  });

  it("refuses a follow-up due before its engagement, bad inputs and an unknown engagement, storing nothing", async () => {
    const eid = await engagement();
    const before = await engagementCounts(t.db);
    const url = `/api/v1/engagements/${eid}/follow-ups`;
    const early = await t.post(url, { text: "x", ownerName: "y", dueDate: "2026-11-19" });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      code: "follow-up/due-before-engagement",
      errors: [{ field: "dueDate" }],
    });
    const bad = await t.post(url, { text: 5, ownerName: " ", dueDate: "2023-02-30", status: "done" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "dueDate",
      "ownerName",
      "status",
      "text",
    ]);
    const missing = await t.post("/api/v1/engagements/00000000-0000-4000-8000-000000000000/follow-ups", {
      text: "x",
      ownerName: "y",
      dueDate: "2026-12-01",
    });
    expect(missing.status).toBe(404);
    expect(await engagementCounts(t.db)).toEqual(before);
  });

  it("edits an open follow-up with If-Match and refuses a stale one without changing the row", async () => {
    const f = await open(await engagement());
    const url = `${base}/${f.id}`;
    const ok = await t.patch(url, { ownerName: "Budi", dueDate: "2026-12-10" }, { "if-match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ownerName: "Budi", dueDate: "2026-12-10", revision: 2 });
    const stale = await t.patch(url, { text: "Overwritten" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const bad = await t.patch(url, { dueDate: "2023-02-30", status: "done", ownerName: 3 }, anyRevision);
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "dueDate",
      "ownerName",
      "status",
    ]);
    const early = await t.patch(url, { dueDate: "2026-11-01" }, anyRevision);
    expect(early.body.code).toBe("follow-up/due-before-engagement");
    expect(await row(f.id)).toMatchObject({
      text: f.text,
      ownerName: "Budi",
      dueDate: "2026-12-10",
      revision: 2,
    });
  });

  it("marks done with a note, then refuses to edit it or move it again", async () => {
    const f = await open(await engagement());
    const done = await t.post(`${base}/${f.id}/done`, { note: "Data terkirim" }, { "if-match": '"1"' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "done", note: "Data terkirim", revision: 2, overdue: false });
    expect(done.body.closedAt).not.toBeNull();
    expect(done.headers.get("etag")).toBe('"2"');
    const again = await t.post(`${base}/${f.id}/done`, {}, anyRevision);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("follow-up/illegal-transition");
    const drop = await t.post(`${base}/${f.id}/dropped`, { reason: "batal" }, anyRevision);
    expect(drop.status).toBe(409);
    expect(drop.body.code).toBe("follow-up/illegal-transition");
    const edit = await t.patch(`${base}/${f.id}`, { text: "Ubah" }, anyRevision);
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe("follow-up/not-editable");
    expect(await row(f.id)).toMatchObject({
      status: "done",
      note: "Data terkirim",
      revision: 2,
      text: f.text,
    });
  });

  it("drops only with a reason, then refuses to mark it done", async () => {
    const f = await open(await engagement());
    for (const body of [{}, { reason: "   " }, { reason: 7 }, { reason: "x", note: "y" }]) {
      const res = await t.post(`${base}/${f.id}/dropped`, body, anyRevision);
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(
        "note" in body ? "note" : "reason",
      );
    }
    const stale = await t.post(`${base}/${f.id}/dropped`, { reason: "x" }, { "if-match": '"5"' });
    expect(stale.status).toBe(412);
    expect(await row(f.id)).toMatchObject({ status: "open", revision: 1, dropReason: null });
    const dropped = await t.post(`${base}/${f.id}/dropped`, { reason: "Anggaran ditunda" }, anyRevision);
    expect(dropped.status).toBe(200);
    expect(dropped.body).toMatchObject({ status: "dropped", dropReason: "Anggaran ditunda", note: null });
    const done = await t.post(`${base}/${f.id}/done`, {}, anyRevision);
    expect(done.status).toBe(409);
    expect(done.body.code).toBe("follow-up/illegal-transition");
    expect((await t.post(`${base}/${f.id}/done`, { extra: 1 }, anyRevision)).status).toBe(422);
    expect((await row(f.id)).status).toBe("dropped");
  });

  it("keeps the history of each move with who, when, from, to and reason", async () => {
    const t1 = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const t2 = new Date(Date.parse(t1) + 86_400_000 / 8).toISOString();
    t.now = () => t1;
    const f = await open(await engagement());
    t.now = () => t2;
    await t.post(`${base}/${f.id}/dropped`, { reason: "Diganti rapat lain" }, anyRevision);
    const h = await t.get(`${base}/${f.id}/history`);
    expect(h.status).toBe(200);
    expect(h.body.items).toEqual([
      { at: t1, actor: expect.any(String), from: null, to: "open" },
      { at: t2, actor: expect.any(String), from: "open", to: "dropped", reason: "Diganti rapat lain" },
    ]);
    expect(h.body.timeInStates).toEqual({ open: 86_400_000 / 8, dropped: 0 });
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000/history`)).status).toBe(404);
  });

  it("lists by facility, status and owner, and overdue on each facility's own calendar day", async () => {
    // The next 16:30 UTC: 23:30 WIB, while Jayapura (WIT) is already on the next day.
    const next = new Date(Date.now() + 60_000);
    next.setUTCHours(16, 30, 0, 0);
    if (next.getTime() <= Date.now()) next.setUTCDate(next.getUTCDate() + 1);
    const at = next.toISOString();
    const today = dateInZone(at, "Asia/Jakarta");
    expect(dateInZone(at, "Asia/Jayapura")).toBe(addDays(today, 1));
    t.now = () => at;
    // A session opened at the pinned instant (the suite's own one would have sat idle too long).
    const admin = await t.createUser("national_admin", { kind: "national" });
    const headers = { cookie: await t.signIn(admin.email, admin.password), origin: "http://localhost" };
    const as = (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) =>
      t.request(method, path, {
        anonymous: true,
        headers: { ...headers, ...extra },
        ...(body === undefined ? {} : { body }),
      });
    const visit = async (facilityId: string) =>
      (
        await as("POST", "/api/v1/engagements", {
          facilityId,
          partnerIds: [org.partnerIds[0]],
          kind: "coordination",
          date: addDays(today, -10),
        })
      ).body.id as string;
    const followUp = async (engagementId: string, ownerName: string, dueDate: string) =>
      (
        await as("POST", `/api/v1/engagements/${engagementId}/follow-ups`, {
          text: "Tindak lanjut",
          ownerName,
          dueDate,
        })
      ).body as { id: string };
    const wib = await visit(org.facilityId);
    const wit = await visit(org.jayapuraFacilityId);
    const a = await followUp(wib, "Hasan Basri", today);
    const b = await followUp(wit, "hasan basri", today);
    const c = await followUp(wit, "Yuliana", addDays(today, 15));
    const d = await followUp(wit, "Hasan Basri", addDays(today, -4));
    expect((await as("POST", `${base}/${d.id}/done`, {}, anyRevision)).status).toBe(200);
    const mine = new Set([a.id, b.id, c.id, d.id]);
    const ids = async (qs: string) =>
      (await as("GET", `${base}?limit=200&${qs}`)).body.items
        .map((f: { id: string }) => f.id)
        .filter((id: string) => mine.has(id));
    expect(await ids("overdue=true")).toEqual([b.id]);
    expect(await ids(`overdue=false&facilityId=${org.jayapuraFacilityId}`)).toEqual([d.id, c.id]);
    expect(await ids("ownerName=HASAN%20BASRI&status=open")).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await ids("ownerName=HASAN%20BASRI&status=open")).toHaveLength(2);
    expect(await ids(`facilityId=${org.facilityId}`)).toEqual([a.id]);
    expect(await ids(`status=done&facilityId=${org.jayapuraFacilityId}`)).toEqual([d.id]);
    expect((await as("GET", `${base}/${b.id}`)).body.overdue).toBe(true);
    expect((await as("GET", `${base}/${a.id}`)).body.overdue).toBe(false);
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await as(
        "GET",
        `${base}?facilityId=${org.jayapuraFacilityId}&sort=-dueDate&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      pages.push(...page.body.items.map((i) => i.id).filter((id) => mine.has(id)));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual([c.id, b.id, d.id]);
    const bad = await as("GET", `${base}?overdue=yes&status=late&facilityId=x`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "query.facilityId",
      "query.overdue",
      "query.status",
    ]);
  });

  it("hides another facility's follow-ups from a facility admin", async () => {
    const theirs = await open(await engagement(org.jayapuraFacilityId));
    const user = await t.createUser("facility_admin", { kind: "facility", facilityId: org.facilityId });
    const headers = { cookie: await t.signIn(user.email, user.password), origin: "http://localhost" };
    const as = (method: string, path: string, body?: unknown) =>
      t.request(method, path, { anonymous: true, headers, ...(body === undefined ? {} : { body }) });
    expect((await as("GET", `${base}/${theirs.id}`)).status).toBe(404);
    expect((await as("POST", `${base}/${theirs.id}/done`, {})).status).toBe(404);
    expect(
      (
        await as("POST", `/api/v1/engagements/${theirs.engagementId}/follow-ups`, {
          text: "x",
          ownerName: "y",
          dueDate: "2026-12-01",
        })
      ).status,
    ).toBe(404);
    const list = await as("GET", `${base}?limit=200`);
    expect(list.body.items.every((f: { facilityId: string }) => f.facilityId === org.facilityId)).toBe(true);
    expect((await row(theirs.id)).status).toBe("open");
  });
});
