import { expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";

describeApi("facilities", (t) => {
  const base = "/api/v1/facilities";
  let officeId = "";
  const office = async () => {
    if (officeId) return officeId;
    officeId = (await t.post("/api/v1/regional-offices", { name: "Kanwil Maluku", provinceCode: "81" })).body
      .id;
    return officeId;
  };
  const facility = async (overrides: Record<string, unknown> = {}) =>
    t.post(base, {
      regionalOfficeId: await office(),
      kind: "rutan",
      class: "IIB",
      name: `Rutan Kelas IIB Masohi ${Math.random()}`,
      regencyCode: "81.01",
      ...overrides,
    });

  it("creates a facility whose time zone follows its province, and reads it back with an ETag", async () => {
    const created = await facility({
      name: "Rutan Kelas IIB Masohi",
      capacity: 150,
      head: { name: "Kepala Rutan", title: "Karutan" },
      contacts: [{ name: "Humas", email: "humas@rutanmasohi.test" }],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${base}/${created.body.id}`);
    const read = await t.get(`${base}/${created.body.id}`);
    expect(read.body).toMatchObject({
      timeZone: "Asia/Jayapura",
      timeZoneOverride: null,
      capacity: 150,
      head: { name: "Kepala Rutan", title: "Karutan" },
      revision: 1,
    });
    expect(read.headers.get("etag")).toBe('"1"');
  });

  it("checks kind and class together, on create and on update, and keeps a specialisation", async () => {
    for (const [kind, cls] of [
      ["rutan", "III"],
      ["lpka", "IIA"],
      ["lapas", "II"],
    ]) {
      const res = await facility({ kind, class: cls });
      expect([kind, cls, res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([
        kind,
        cls,
        422,
        "facility/class-not-of-kind",
        "class",
      ]);
    }
    const women = await facility({ kind: "lapas", class: "III", specialisation: "women" });
    expect(women.status).toBe(201);
    expect(women.body).toMatchObject({ kind: "lapas", class: "III", specialisation: "women" });
    expect((await facility()).body.specialisation).toBe("general");
    // Turning a Lapas III into a Rutan keeps class III, which no Rutan has.
    const rutan = await t.patch(`${base}/${women.body.id}`, { kind: "rutan" }, anyRevision);
    expect([rutan.status, rutan.body.code]).toEqual([422, "facility/class-not-of-kind"]);
    const both = await t.patch(
      `${base}/${women.body.id}`,
      { kind: "rutan", class: "IIB", specialisation: "narcotics" },
      anyRevision,
    );
    expect(both.body).toMatchObject({
      kind: "rutan",
      class: "IIB",
      specialisation: "narcotics",
      revision: 2,
    });
    const bad = await facility({ specialisation: "juvenile" });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([422, "specialisation"]);
  });

  it("recomputes the time zone on update and honours an override", async () => {
    const { body: f } = await facility();
    const moved = await t.patch(`${base}/${f.id}`, { regencyCode: "63.07" }, { "if-match": '"1"' });
    expect(moved.body).toMatchObject({ regencyCode: "63.07", timeZone: "Asia/Makassar", revision: 2 });
    const overridden = await t.patch(`${base}/${f.id}`, { timeZoneOverride: "Asia/Jakarta" }, anyRevision);
    expect(overridden.body.timeZone).toBe("Asia/Jakarta");
    const cleared = await t.patch(`${base}/${f.id}`, { timeZoneOverride: null }, anyRevision);
    expect(cleared.body.timeZone).toBe("Asia/Makassar");
  });

  it("lists by regional office, kind and regency, walking every page once", async () => {
    await facility({ kind: "lapas", regencyCode: "81.71" });
    await facility({ kind: "lpka", class: "II", regencyCode: "81.71" });
    const kinds = (
      await t.get(`${base}?regencyCode=81.71&regionalOfficeId=${await office()}`)
    ).body.items.map((f: { kind: string }) => f.kind);
    expect(kinds.sort()).toEqual(["lapas", "lpka"]);
    expect((await t.get(`${base}?kind=lpka`)).body.items).toHaveLength(1);
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null } } = await t.get(
        `${base}?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      names.push(...page.body.items.map((f) => f.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it("refuses unknown areas and offices, wrong types and unknown fields with 422 naming each, creating nothing", async () => {
    const before = (await t.db.selectFrom("facilities").select("id").execute()).length;
    const unknownArea = await facility({ regencyCode: "81.99" });
    expect(unknownArea.status).toBe(422);
    expect(unknownArea.body.errors.map((e: { field: string }) => e.field)).toEqual(["regencyCode"]);
    const unknownOffice = await facility({ regionalOfficeId: "00000000-0000-4000-8000-000000000000" });
    expect(unknownOffice.body.errors.map((e: { field: string }) => e.field)).toEqual(["regionalOfficeId"]);
    const bad = await facility({ kind: "jail", capacity: "many", regencyCode: "8101", extra: true });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "capacity",
      "extra",
      "kind",
      "regencyCode",
    ]);
    expect((await t.db.selectFrom("facilities").select("id").execute()).length).toBe(before);
  });

  it("refuses a stale If-Match with 412 and an unknown area on update with 422, leaving the row as it was", async () => {
    const { body: f } = await facility({ capacity: 100 });
    const stale = await t.patch(`${base}/${f.id}`, { capacity: 5 }, { "if-match": '"7"' });
    expect(stale.status).toBe(412);
    const badArea = await t.patch(`${base}/${f.id}`, { regencyCode: "12.99" }, anyRevision);
    expect(badArea.status).toBe(422);
    expect(badArea.body.errors[0].field).toBe("regencyCode");
    const row = await t.db
      .selectFrom("facilities")
      .selectAll()
      .where("id", "=", f.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ capacity: 100, regencyCode: "81.01", revision: 1 });
  });

  it("answers an unknown id with 404 and malformed ids and filters with 400", async () => {
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await t.get(`${base}/nope`)).body.errors[0].field).toBe("path.id");
    const bad = await t.get(`${base}?kind=jail&regencyCode=81`);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "query.kind",
      "query.regencyCode",
    ]);
  });

  it("shows a regional admin only its office's facilities and lets it create none elsewhere", async () => {
    const mine = await facility();
    const otherOffice = await t.post("/api/v1/regional-offices", {
      name: "Kanwil Jawa Tengah",
      provinceCode: "33",
    });
    const theirs = await facility({ regionalOfficeId: otherOffice.body.id, regencyCode: "33.73" });
    const user = await t.createUser("regional_admin", { kind: "regional", regionalOfficeId: await office() });
    const as = { cookie: await t.signIn(user.email, user.password), origin: "http://localhost" };
    const list = await t.request("GET", base, { anonymous: true, headers: as });
    const ids = list.body.items.map((f: { id: string }) => f.id);
    expect(ids).toContain(mine.body.id);
    expect(ids).not.toContain(theirs.body.id);
    expect(
      (await t.request("GET", `${base}/${theirs.body.id}`, { anonymous: true, headers: as })).status,
    ).toBe(404);
    const create = await t.request("POST", base, {
      anonymous: true,
      headers: as,
      body: {
        regionalOfficeId: otherOffice.body.id,
        kind: "rutan",
        class: "I",
        name: "X",
        regencyCode: "33.73",
      },
    });
    expect(create.status).toBe(403);
  });
});

describeApi("population snapshots", (t) => {
  const setup = async () => {
    const ro = await t.post("/api/v1/regional-offices", {
      name: `Kanwil ${Math.random()}`,
      provinceCode: "12",
    });
    const f = await t.post("/api/v1/facilities", {
      regionalOfficeId: ro.body.id,
      kind: "rutan",
      class: "I",
      name: `Rutan Kelas I Medan ${Math.random()}`,
      regencyCode: "12.71",
    });
    return `/api/v1/facilities/${f.body.id}/population-snapshots`;
  };
  const medan = {
    takenOn: "2025-11-10",
    total: 3290,
    detainees: 1236,
    convicts: 2054,
    byDomicile: [{ regencyCode: "12.71", count: 2340 }],
  };
  const rows = async () => (await t.db.selectFrom("populationSnapshots").select("id").execute()).length;

  it("records Medan's 3,290 inmates, 2,340 from Kota Medan, and lists snapshots newest first", async () => {
    const path = await setup();
    const created = await t.post(path, medan);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ total: 3290, byDomicile: [{ regencyCode: "12.71", count: 2340 }] });
    await t.post(path, { ...medan, takenOn: "2025-12-01" });
    const list = await t.get(path);
    expect(list.body.items.map((s: { takenOn: string }) => s.takenOn)).toEqual(["2025-12-01", "2025-11-10"]);
    const bounded = await t.get(`${path}?to=2025-11-30`);
    expect(bounded.body.items).toHaveLength(1);
  });

  it("records a snapshot without the detainee/convict split (totals and domicile only), but not half a split", async () => {
    const path = await setup();
    const { detainees: _d, convicts: _c, ...totals } = medan;
    const created = await t.post(path, totals);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ total: 3290, detainees: null, convicts: null });
    const explicit = await t.post(path, {
      ...totals,
      takenOn: "2025-11-12",
      detainees: null,
      convicts: null,
    });
    expect(explicit.status).toBe(201);
    const half = await t.post(path, { ...totals, takenOn: "2025-11-13", detainees: 1236 });
    expect([half.status, half.body.code, half.body.errors?.[0]?.field]).toEqual([
      422,
      "population/status-sum-mismatch",
      "convicts",
    ]);
    const listed = await t.get(path);
    expect(listed.body.items.map((s: { detainees: number | null }) => s.detainees)).toEqual([null, null]);
  });

  it("refuses sums that do not add up, too many domiciled, an unknown regency and a second snapshot that day", async () => {
    const path = await setup();
    await t.post(path, medan);
    const before = await rows();
    const sum = await t.post(path, { ...medan, takenOn: "2025-11-11", convicts: 2000 });
    expect(sum.status).toBe(422);
    expect(sum.body.code).toBe("population/status-sum-mismatch");
    const over = await t.post(path, {
      ...medan,
      takenOn: "2025-11-11",
      byDomicile: [{ regencyCode: "12.71", count: 4000 }],
    });
    expect(over.body.code).toBe("population/domicile-exceeds-total");
    expect(over.body.errors[0].field).toBe("byDomicile");
    const area = await t.post(path, {
      ...medan,
      takenOn: "2025-11-11",
      byDomicile: [{ regencyCode: "12.99", count: 1 }],
    });
    expect(area.status).toBe(422);
    expect(area.body.errors[0].field).toBe("byDomicile.0.regencyCode");
    const dup = await t.post(path, medan);
    expect(dup.status).toBe(409);
    expect(await rows()).toBe(before);
  });

  it("refuses impossible dates, negative counts and unknown fields with 422 naming each", async () => {
    const path = await setup();
    const before = await rows();
    const bad = await t.post(path, { ...medan, takenOn: "2023-02-30", detainees: -1, extra: 1 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "detainees",
      "extra",
      "takenOn",
    ]);
    expect((await t.get(`${path}?from=2023-02-30`)).body.errors[0].field).toBe("query.from");
    expect(await rows()).toBe(before);
    const missing = await t.get(
      "/api/v1/facilities/00000000-0000-4000-8000-000000000000/population-snapshots",
    );
    expect(missing.status).toBe(404);
  });
});
