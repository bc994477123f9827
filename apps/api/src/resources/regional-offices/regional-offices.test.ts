import { expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";

describeApi("regional offices", (t) => {
  const base = "/api/v1/regional-offices";

  it("creates a regional office and reads it back with an ETag", async () => {
    const created = await t.post(base, { name: "Kanwil Jawa Tengah", provinceCode: "33" });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${base}/${created.body.id}`);
    const read = await t.get(`${base}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ name: "Kanwil Jawa Tengah", provinceCode: "33", revision: 1 });
    expect(read.headers.get("etag")).toBe('"1"');
  });

  it("lists with filters, sort and a cursor that walks every page once", async () => {
    for (const [name, provinceCode] of [
      ["Kanwil Maluku", "81"],
      ["Kanwil Sumatera Utara", "12"],
      ["Kanwil Kalimantan Selatan", "63"],
    ]) {
      expect((await t.post(base, { name, provinceCode })).status).toBe(201);
    }
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null } } = await t.get(
        `${base}?limit=2&sort=-name${cursor ? `&cursor=${cursor}` : ""}`,
      );
      names.push(...page.body.items.map((i) => i.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(names).toEqual([...names].sort().reverse());
    expect(names).toHaveLength(4);
    const filtered = await t.get(`${base}?provinceCode=81`);
    expect(filtered.body.items.map((i: { name: string }) => i.name)).toEqual(["Kanwil Maluku"]);
    const searched = await t.get(`${base}?q=kalimantan`);
    expect(searched.body.items).toHaveLength(1);
  });

  it("updates with a matching If-Match and refuses a stale one without changing the row", async () => {
    const { body: ro } = await t.post(base, { name: "Kanwil Bali", provinceCode: "51" });
    const ok = await t.patch(`${base}/${ro.id}`, { name: "Kanwil Kemenkumham Bali" }, { "if-match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body.revision).toBe(2);
    expect(ok.headers.get("etag")).toBe('"2"');
    const stale = await t.patch(`${base}/${ro.id}`, { name: "Overwritten" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("content-type")).toContain("application/problem+json");
    const row = await t.db
      .selectFrom("regionalOffices")
      .selectAll()
      .where("id", "=", ro.id)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe("Kanwil Kemenkumham Bali");
    expect(row.revision).toBe(2);
  });

  it("answers wrong types, unknown fields and bad codes with 422 naming each field, creating nothing", async () => {
    const before = await t.db
      .selectFrom("regionalOffices")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const bad = await t.post(base, { name: 42, provinceCode: "3X", extra: true });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe("validation");
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["extra", "name", "provinceCode"]);
    const malformed = await t.request("POST", base, { body: "{not json" });
    expect(malformed.status).toBe(400);
    const after = await t.db
      .selectFrom("regionalOffices")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("answers an unknown id with 404, a non-uuid id and a bad cursor with 400", async () => {
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const badId = await t.get(`${base}/nope`);
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe("path.id");
    const badCursor = await t.get(`${base}?cursor=abc`);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors[0].field).toBe("query.cursor");
    const badLimit = await t.get(`${base}?limit=0`);
    expect(badLimit.body.errors[0].field).toBe("query.limit");
  });

  it("refuses a duplicate name with 409", async () => {
    await t.post(base, { name: "Kanwil Papua", provinceCode: "91" });
    const dup = await t.post(base, { name: "Kanwil Papua", provinceCode: "91" });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe("conflict/duplicate");
  });
});

describeApi("regional offices access", (t) => {
  it("lets anyone signed in read, only a national admin write, and nobody anonymous in", async () => {
    const ro = await t.post("/api/v1/regional-offices", { name: "Kanwil Akses", provinceCode: "33" });
    const regional = await t.createUser("regional_admin", { kind: "regional", regionalOfficeId: ro.body.id });
    const cookie = await t.signIn(regional.email, regional.password);
    const as = { cookie, origin: "http://localhost" };
    expect(
      (await t.request("GET", "/api/v1/regional-offices", { anonymous: true, headers: as })).status,
    ).toBe(200);
    const write = await t.request("POST", "/api/v1/regional-offices", {
      anonymous: true,
      headers: as,
      body: { name: "Kanwil Baru", provinceCode: "34" },
    });
    expect(write.status).toBe(403);
    expect((await t.request("GET", "/api/v1/regional-offices", { anonymous: true })).status).toBe(401);
  });
});

describeApi("regional offices audit", (t) => {
  it("leaves exactly one audit entry per write, with before and after", async () => {
    const created = await t.post("/api/v1/regional-offices", { name: "Kanwil Audit", provinceCode: "35" });
    expect(created.status).toBe(201);
    await t.patch(`/api/v1/regional-offices/${created.body.id}`, { name: "Kanwil Audit Jatim" }, anyRevision);
    const entries = await t.db
      .selectFrom("auditLog")
      .selectAll()
      .where("resourceId", "=", created.body.id)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
    expect(entries[1]?.before).toMatchObject({ name: "Kanwil Audit" });
    expect(entries[1]?.after).toMatchObject({ name: "Kanwil Audit Jatim", revision: 2 });
    expect(entries[1]?.actorId).toBe(t.adminId);
  });
});
