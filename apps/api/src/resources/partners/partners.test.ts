import { expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";

describeApi("partners", (t) => {
  const base = "/api/v1/partners";
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("partners")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("creates a local government and an agency under it, and reads them back with an ETag", async () => {
    const pemkab = await t.post(base, {
      kind: "local_government",
      name: "Pemerintah Kabupaten Maluku Tengah",
      areaCode: "81.01",
    });
    expect(pemkab.status).toBe(201);
    expect(pemkab.headers.get("location")).toBe(`${base}/${pemkab.body.id}`);
    const dinsos = await t.post(base, {
      kind: "government_agency",
      name: "Dinas Sosial Kabupaten Maluku Tengah",
      parentId: pemkab.body.id,
      areaCode: "81.01",
      fields: ["social"],
      contacts: [{ name: "Kepala Dinas", phone: "+62 914 21000" }],
    });
    expect(dinsos.status).toBe(201);
    const read = await t.get(`${base}/${dinsos.body.id}`);
    expect(read.body).toMatchObject({ parentId: pemkab.body.id, fields: ["social"], revision: 1 });
    expect(read.headers.get("etag")).toBe('"1"');
  });

  it("lists by kind, parent, area (with everything inside it), field and name", async () => {
    const pemko = await t.post(base, {
      kind: "local_government",
      name: "Pemerintah Kota Medan",
      areaCode: "12.71",
    });
    await t.post(base, {
      kind: "government_agency",
      name: "Dinas Ketenagakerjaan Kota Medan",
      parentId: pemko.body.id,
      areaCode: "12.71",
      fields: ["manpower"],
    });
    await t.post(base, {
      kind: "certification_body",
      name: "LSP Pelatihan Kerja Kota Medan",
      areaCode: "12.71",
    });
    const names = async (qs: string) =>
      (await t.get(`${base}?${qs}`)).body.items.map((p: { name: string }) => p.name);
    expect(await names(`parentId=${pemko.body.id}`)).toEqual(["Dinas Ketenagakerjaan Kota Medan"]);
    expect(await names("kind=certification_body")).toEqual(["LSP Pelatihan Kerja Kota Medan"]);
    expect(await names("areaCode=12")).toHaveLength(3);
    expect(await names("field=manpower")).toEqual(["Dinas Ketenagakerjaan Kota Medan"]);
    expect(await names("q=lsp")).toEqual(["LSP Pelatihan Kerja Kota Medan"]);
    // The register's top level: the city and the certification body, not the city's Dinas.
    expect(await names("topLevel=true&areaCode=12")).toEqual([
      "LSP Pelatihan Kerja Kota Medan",
      "Pemerintah Kota Medan",
    ]);
    expect(await names("topLevel=false&areaCode=12")).toHaveLength(3);
    expect(await names("topLevel=true&q=dinas")).toEqual([]);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null } } = await t.get(
        `${base}?limit=2&sort=-name${cursor ? `&cursor=${cursor}` : ""}`,
      );
      all.push(...page.body.items.map((p) => p.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all).toEqual([...all].sort().reverse());
    expect(new Set(all).size).toBe(all.length);
  });

  it("refuses an unknown area code, a missing parent, wrong types and unknown fields with 422, creating nothing", async () => {
    const before = await count();
    const badArea = await t.post(base, { kind: "ngo", name: "Yayasan", areaCode: "99.99" });
    expect(badArea.status).toBe(422);
    expect(badArea.body.errors.map((e: { field: string }) => e.field)).toEqual(["areaCode"]);
    const noParent = await t.post(base, {
      kind: "government_agency",
      name: "Dinas X",
      parentId: "00000000-0000-4000-8000-000000000000",
    });
    expect(noParent.status).toBe(422);
    expect(noParent.body.errors[0].field).toBe("parentId");
    const bad = await t.post(base, { kind: "club", name: 7, fields: ["health", "health"], extra: 1 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "extra",
      "fields",
      "kind",
      "name",
    ]);
    expect(await count()).toBe(before);
  });

  it("refuses a business as a parent and a parent cycle with the domain codes, changing nothing", async () => {
    const shop = await t.post(base, { kind: "business", name: "Toko Roti" });
    const underShop = await t.post(base, {
      kind: "government_agency",
      name: "Dinas Y",
      parentId: shop.body.id,
    });
    expect(underShop.status).toBe(422);
    expect(underShop.body.code).toBe("partner/parent-kind");
    const gov = await t.post(base, { kind: "local_government", name: "Pemkab Blora", areaCode: "33.16" });
    const agency = await t.post(base, {
      kind: "government_agency",
      name: "Bagian Umum",
      parentId: gov.body.id,
    });
    const cycle = await t.patch(`${base}/${gov.body.id}`, { parentId: agency.body.id }, anyRevision);
    expect(cycle.status).toBe(422);
    expect(cycle.body.code).toBe("partner/parent-cycle");
    expect(cycle.body.errors[0].field).toBe("parentId");
    const row = await t.db
      .selectFrom("partners")
      .selectAll()
      .where("id", "=", gov.body.id)
      .executeTakeFirstOrThrow();
    expect(row.parentId).toBeNull();
    expect(row.revision).toBe(1);
  });

  it("updates with a matching If-Match and refuses a stale one without changing the row", async () => {
    const { body: p } = await t.post(base, { kind: "ngo", name: "Yayasan Literasi", fields: ["literacy"] });
    const ok = await t.patch(`${base}/${p.id}`, { fields: ["literacy", "education"] }, { "if-match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ fields: ["literacy", "education"], revision: 2 });
    expect(ok.headers.get("etag")).toBe('"2"');
    const stale = await t.patch(`${base}/${p.id}`, { name: "Overwritten" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const row = await t.db
      .selectFrom("partners")
      .selectAll()
      .where("id", "=", p.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: "Yayasan Literasi", revision: 2 });
    const badArea = await t.patch(`${base}/${p.id}`, { areaCode: "12.99" }, anyRevision);
    expect(badArea.status).toBe(422);
    expect(badArea.body.errors[0].field).toBe("areaCode");
  });

  it("answers an unknown id with 404 and bad ids or filters with 400", async () => {
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await t.get(`${base}/nope`)).body.errors[0].field).toBe("path.id");
    const badFilter = await t.get(`${base}?kind=club&areaCode=1&topLevel=yes`);
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "query.areaCode",
      "query.kind",
      "query.topLevel",
    ]);
  });

  it("lets a partner system see itself and its agencies only, and not write", async () => {
    const own = await t.post(base, { kind: "local_government", name: "Pemko Salatiga", areaCode: "33.73" });
    const other = await t.post(base, { kind: "local_government", name: "Pemkab Lain", areaCode: "33.16" });
    const user = await t.createUser("partner_system", { kind: "partner", partnerId: own.body.id });
    const cookie = await t.signIn(user.email, user.password);
    const as = { cookie, origin: "http://localhost" };
    const mine = await t.request("GET", base, { anonymous: true, headers: as });
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([own.body.id]);
    expect(
      (await t.request("GET", `${base}/${other.body.id}`, { anonymous: true, headers: as })).status,
    ).toBe(404);
    const write = await t.request("POST", base, {
      anonymous: true,
      headers: as,
      body: { kind: "ngo", name: "X" },
    });
    expect(write.status).toBe(403);
  });
});
