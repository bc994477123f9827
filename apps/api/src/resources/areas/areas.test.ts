import { expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

describeApi("areas", (t) => {
  const base = "/api/v1/areas";

  it("lists provinces, the regencies of one province and searches names", async () => {
    const provinces = await t.get(`${base}?level=province&limit=200`);
    expect(provinces.status).toBe(200);
    expect(provinces.body.items).toHaveLength(38);
    const maluku = await t.get(`${base}?parent=81&q=tengah`);
    expect(maluku.body.items).toEqual([
      expect.objectContaining({ code: "81.01", level: "regency", parentCode: "81" }),
    ]);
  });

  it("walks every regency of a province once through the cursor", async () => {
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { code: string }[]; nextCursor: string | null } } = await t.get(
        `${base}?parent=63&limit=5${cursor ? `&cursor=${cursor}` : ""}`,
      );
      codes.push(...page.body.items.map((a) => a.code));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(codes).toContain("63.07");
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  it("answers a bad level, a bad parent code and unknown parameters with 400 naming them", async () => {
    const bad = await t.get(`${base}?level=village&parent=8X&foo=1`);
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["query.foo", "query.level", "query.parent"]);
    expect((await t.request("GET", base, { anonymous: true })).status).toBe(401);
  });
});
