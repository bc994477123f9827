import { insertTrainingFixture, type TrainingFixture } from "@sinergi/db/testing";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";

describeApi("cohorts", (t) => {
  const base = "/api/v1/cohorts";
  let org: TrainingFixture;
  let programId: string;
  let otherProgramId: string;
  beforeAll(async () => {
    org = await insertTrainingFixture(t.db);
    const program = (name: string, field: string, providerPartnerId?: string) =>
      t.post("/api/v1/programs", {
        name,
        track: "vocational",
        field,
        ...(providerPartnerId ? { providerPartnerId } : {}),
      });
    programId = (await program("Pelatihan Roti", "bakery", org.providerId)).body.id;
    otherProgramId = (await program("Pelatihan Tempe", "tempe_production")).body.id;
  });
  const plan = async (over: Record<string, unknown> = {}) => {
    const res = await t.post(base, {
      programId,
      facilityId: org.facilityId,
      name: "Roti Angkatan I",
      startDate: "2026-01-19",
      endDate: "2026-03-27",
      capacity: 16,
      place: "Bengkel kerja",
      instructors: [{ name: "Instruktur BLK", role: "instructor" }],
      eligibility: {
        legalStatuses: ["convict"],
        domicileRegencyCodes: ["12.71"],
        minRemainingSentenceDays: 90,
      },
      plannedSessions: 20,
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const row = (id: string) =>
    t.db.selectFrom("cohorts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("cohorts")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("plans a cohort in state planned with its first history entry and reads it back", async () => {
    const c = await plan();
    expect(c).toMatchObject({
      state: "planned",
      allowedMoves: ["open", "cancel"],
      revision: 1,
      plannedSessions: 20,
    });
    const read = await t.get(`${base}/${c.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(read.body).toEqual(c);
    const h = await t.get(`${base}/${c.id}/history`);
    expect(h.body.items.map((e: { from: string | null; to: string }) => [e.from, e.to])).toEqual([
      [null, "planned"],
    ]);
  });

  it("walks planned -> open -> running -> completed, bumping the ETag and keeping the history", async () => {
    const c = await plan();
    const o = await t.post(`${base}/${c.id}/open`, { reason: "pendaftaran dibuka" }, { "if-match": '"1"' });
    expect(o.status).toBe(200);
    expect(o.body).toMatchObject({ state: "open", revision: 2, allowedMoves: ["start", "cancel"] });
    expect(o.headers.get("etag")).toBe('"2"');
    expect((await t.post(`${base}/${c.id}/start`, {}, anyRevision)).body.state).toBe("running");
    const done = await t.post(`${base}/${c.id}/complete`, {}, anyRevision);
    expect(done.body).toMatchObject({ state: "completed", allowedMoves: [], revision: 4 });
    const h = await t.get(`${base}/${c.id}/history`);
    expect(h.body.items.map((e: { to: string }) => e.to)).toEqual([
      "planned",
      "open",
      "running",
      "completed",
    ]);
    expect(h.body.items[1].reason).toBe("pendaftaran dibuka");
  });

  it("cancels from planned, open and running with a reason, and refuses a cancel without one", async () => {
    for (const moves of [[], ["open"], ["open", "start"]]) {
      const c = await plan();
      for (const m of moves) await t.post(`${base}/${c.id}/${m}`, {}, anyRevision);
      const noReason = await t.post(`${base}/${c.id}/cancel`, {}, anyRevision);
      expect([noReason.status, noReason.body.errors[0].field]).toEqual([422, "reason"]);
      const res = await t.post(`${base}/${c.id}/cancel`, { reason: "instruktur berhalangan" }, anyRevision);
      expect(res.status).toBe(200);
      expect(res.body.state).toBe("cancelled");
    }
  });

  it("refuses illegal moves with 409 cohort/illegal-transition and leaves the row unchanged", async () => {
    const c = await plan();
    for (const move of ["start", "complete"]) {
      const res = await t.post(`${base}/${c.id}/${move}`, {}, anyRevision);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe("cohort/illegal-transition");
      expect(res.body.context).toMatchObject({ from: "planned", move });
    }
    await t.post(`${base}/${c.id}/cancel`, { reason: "batal" }, anyRevision);
    for (const move of ["open", "start", "complete"]) {
      expect((await t.post(`${base}/${c.id}/${move}`, {}, anyRevision)).status).toBe(409);
    }
    expect((await t.post(`${base}/${c.id}/cancel`, { reason: "lagi" }, anyRevision)).body.code).toBe(
      "cohort/illegal-transition",
    );
    expect(await row(c.id)).toMatchObject({ state: "cancelled", revision: 2 });
    expect((await t.get(`${base}/${c.id}/history`)).body.items).toHaveLength(2);
  });

  it("refuses a move with a stale If-Match with 412, leaving state and history unchanged", async () => {
    const c = await plan();
    await t.post(`${base}/${c.id}/open`, {}, anyRevision);
    const stale = await t.post(`${base}/${c.id}/start`, {}, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(await row(c.id)).toMatchObject({ state: "open", revision: 2 });
    expect((await t.get(`${base}/${c.id}/history`)).body.items).toHaveLength(2);
    const bad = await t.post(`${base}/${c.id}/start`, { reason: 5, extra: true }, anyRevision);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["extra", "reason"]);
  });

  it("updates with If-Match, freezes the program once open, forbids changes when final, refuses stale writes", async () => {
    const c = await plan();
    const url = `${base}/${c.id}`;
    const ok = await t.patch(
      url,
      { capacity: 20, place: null, programId: otherProgramId },
      { "if-match": '"1"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ capacity: 20, place: null, programId: otherProgramId, revision: 2 });
    const stale = await t.patch(url, { name: "Overwritten" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const dates = await t.patch(url, { endDate: "2026-01-01" }, anyRevision);
    expect([dates.status, dates.body.code, dates.body.errors[0].field]).toEqual([
      422,
      "cohort/invalid-dates",
      "endDate",
    ]);
    await t.post(`${url}/open`, {}, anyRevision);
    const frozen = await t.patch(url, { programId }, anyRevision);
    expect([frozen.status, frozen.body.code]).toEqual([409, "cohort/not-editable"]);
    await t.post(`${url}/cancel`, { reason: "batal" }, anyRevision);
    const final = await t.patch(url, { name: "Renamed" }, anyRevision);
    expect([final.status, final.body.code]).toEqual([409, "cohort/not-editable"]);
    expect(await row(c.id)).toMatchObject({
      name: c.name,
      capacity: 20,
      programId: otherProgramId,
      state: "cancelled",
    });
  });

  it("answers wrong types, unknown fields and impossible dates with 422 naming each field, creating nothing", async () => {
    const before = await count();
    const bad = await t.post(base, {
      programId,
      facilityId: org.facilityId,
      name: "Bad",
      startDate: "2023-02-30",
      endDate: "2026-03-27",
      capacity: "16",
      eligibility: { legalStatuses: ["free"], foo: 1 },
      extra: true,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "capacity",
      "eligibility.foo",
      "eligibility.legalStatuses.0",
      "extra",
      "startDate",
    ]);
    const order = await t.post(base, {
      programId,
      facilityId: org.facilityId,
      name: "Backwards",
      startDate: "2026-03-27",
      endDate: "2026-01-19",
      capacity: 10,
    });
    expect([order.status, order.body.code, order.body.errors[0].field]).toEqual([
      422,
      "cohort/invalid-dates",
      "endDate",
    ]);
    const missing = "00000000-0000-4000-8000-000000000000";
    const refs = await t.post(base, {
      programId: missing,
      facilityId: org.facilityId,
      name: "Nowhere",
      startDate: "2026-01-19",
      endDate: "2026-03-27",
      capacity: 10,
    });
    expect([refs.status, refs.body.errors[0].field]).toEqual([422, "programId"]);
    expect(await count()).toBe(before);
  });

  it("lists with filters on program, facility, state and date overlap, and pages with a cursor", async () => {
    const name = "Listable";
    const a = await plan({
      name: `${name} A`,
      programId: otherProgramId,
      startDate: "2030-01-06",
      endDate: "2030-02-28",
    });
    await plan({
      name: `${name} B`,
      programId: otherProgramId,
      startDate: "2030-04-06",
      endDate: "2030-05-30",
    });
    await plan({
      name: `${name} C`,
      programId: otherProgramId,
      facilityId: org.otherFacilityId,
      startDate: "2030-06-01",
      endDate: "2030-06-30",
    });
    await t.post(`${base}/${a.id}/open`, {}, anyRevision);
    const names = async (qs: string) =>
      (await t.get(`${base}?programId=${otherProgramId}&from=2030-01-01&${qs}`)).body.items.map(
        (c: { name: string }) => c.name,
      );
    expect(await names("")).toEqual([`${name} A`, `${name} B`, `${name} C`]);
    expect(await names("state=open")).toEqual([`${name} A`]);
    expect(await names(`facilityId=${org.otherFacilityId}`)).toEqual([`${name} C`]);
    expect(await names("to=2030-05-01")).toEqual([`${name} A`, `${name} B`]);
    const window = await t.get(`${base}?programId=${otherProgramId}&from=2030-03-01&to=2030-05-01`);
    expect(window.body.items.map((c: { name: string }) => c.name)).toEqual([`${name} B`]);
    expect(await names("sort=-name")).toEqual([`${name} C`, `${name} B`, `${name} A`]);
    const first = await t.get(`${base}?programId=${otherProgramId}&from=2030-01-01&limit=2`);
    const second = await t.get(
      `${base}?programId=${otherProgramId}&from=2030-01-01&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual([`${name} C`]);
    const badQuery = await t.get(`${base}?from=2023-02-30&state=done`);
    expect(badQuery.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "query.from",
      "query.state",
    ]);
  });

  it("shows a partner the cohorts of programs it teaches and hides others as not found", async () => {
    const taught = await plan();
    const other = await plan({ programId: otherProgramId });
    const key = await t.createUser("partner_system", { kind: "partner", partnerId: org.providerId });
    const as = { cookie: await t.signIn(key.email, key.password), origin: "http://localhost" };
    const get = (path: string) => t.request("GET", path, { anonymous: true, headers: as });
    expect((await get(`${base}/${taught.id}`)).status).toBe(200);
    expect((await get(`${base}/${other.id}`)).status).toBe(404);
    expect((await get(`${base}/${other.id}/history`)).status).toBe(404);
    const list = await get(`${base}?limit=200`);
    expect(list.body.items.every((c: { programId: string }) => c.programId === programId)).toBe(true);
  });

  it("answers an unknown id with 404 on read, history, update and move, and a non-uuid id with 400", async () => {
    const missing = `${base}/00000000-0000-4000-8000-000000000000`;
    expect((await t.get(missing)).status).toBe(404);
    expect((await t.get(`${missing}/history`)).status).toBe(404);
    expect((await t.patch(missing, { name: "x" }, anyRevision)).status).toBe(404);
    expect((await t.post(`${missing}/open`, {}, anyRevision)).status).toBe(404);
    expect((await t.get(`${base}/nope`)).body.errors[0].field).toBe("path.id");
  });
});
