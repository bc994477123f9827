import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { storeSignedScan } from "./fixtures.ts";

describeApi("agreement lists", (t) => {
  const base = "/api/v1/agreements";
  let org: OrgFixture;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db, { home: "barabai" });
    await storeSignedScan(t.db);
  });
  const pks = () => ({
    kind: "pks",
    title: "PKS Peningkatan Pelayanan Kesehatan",
    facilityId: org.facilityId,
    partnerIds: [org.partnerIds[0]],
    fields: ["health"],
  });
  it("lists with every filter and sort, and a cursor that walks every page once", async () => {
    const o = await insertOrgFixture(t.db, { home: "barabai" });
    const mk = async (body: Record<string, unknown>) => (await t.post(base, body)).body;
    const a = await mk({
      ...pks(),
      facilityId: o.facilityId,
      partnerIds: [o.partnerIds[0]],
      title: "A literasi",
      fields: ["literacy"],
      startDate: "2024-01-01",
      endDate: "2025-01-01",
    });
    const b = await mk({
      ...pks(),
      facilityId: o.facilityId,
      partnerIds: [o.partnerIds[1]],
      title: "B kesehatan",
      startDate: "2024-01-01",
      endDate: "2026-01-01",
    });
    const c = await mk({
      kind: "mou",
      title: "C MoU",
      facilityId: o.jayapuraFacilityId,
      partnerIds: [o.partnerIds[1], o.partnerIds[2]],
      fields: ["social"],
    });
    await t.post(`${base}/${c.id}/propose`, {}, anyRevision);
    const ids = async (qs: string) =>
      (await t.get(`${base}?${qs}`)).body.items.map((i: { id: string }) => i.id);
    expect(await ids(`facilityId=${o.facilityId}&sort=title`)).toEqual([a.id, b.id]);
    expect(await ids(`partnerId=${o.partnerIds[1]}&sort=title`)).toEqual([b.id, c.id]);
    expect(await ids(`facilityId=${o.jayapuraFacilityId}&kind=mou`)).toEqual([c.id]);
    expect(await ids(`partnerId=${o.partnerIds[1]}&state=proposed`)).toEqual([c.id]);
    expect(await ids(`facilityId=${o.facilityId}&field=literacy`)).toEqual([a.id]);
    expect(await ids(`facilityId=${o.facilityId}&endBefore=2025-06-01`)).toEqual([a.id]);
    expect(await ids(`facilityId=${o.facilityId}&endAfter=2025-06-01`)).toEqual([b.id]);
    expect(await ids(`partnerId=${o.partnerIds[1]}&status=proposed`)).toEqual([c.id]);
    expect(await ids(`partnerId=${o.partnerIds[0]}&q=literasi`)).toEqual([a.id]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.get(
        `${base}?regionalOfficeId=${o.regionalOfficeId}&limit=1&sort=-endDate${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([]); // no agreement is held by the office itself
    const walk: string[] = [];
    cursor = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.get(
        `${base}?partnerId=${o.partnerIds[1]}&limit=1&sort=-createdAt${cursor ? `&cursor=${cursor}` : ""}`,
      );
      walk.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walk).toEqual([c.id, b.id]);
    const byEnd = await ids(`facilityId=${o.facilityId}&sort=-endDate`);
    expect(byEnd).toEqual([b.id, a.id]);
  });

  it("answers bad list parameters, ids and cursors with 400 naming the parameter", async () => {
    for (const [qs, field] of [
      ["status=lapsed", "query.status"],
      ["endBefore=2023-02-30", "query.endBefore"],
      ["sort=-partner", "query.sort"],
      ["cursor=abc", "query.cursor"],
      ["colour=red", "query.colour"],
    ] as const) {
      const res = await t.get(`${base}?${qs}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe(field);
    }
    expect((await t.get(`${base}/nope`)).body.errors[0].field).toBe("path.id");
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it("hides agreements outside the caller's scope as not found", async () => {
    const other = await insertOrgFixture(t.db, { home: "barabai" });
    const { body: a } = await t.post(base, {
      ...pks(),
      facilityId: other.facilityId,
      partnerIds: [other.partnerIds[0]],
    });
    const user = await t.createUser("facility_admin", { kind: "facility", facilityId: org.facilityId });
    const cookie = await t.signIn(user.email, user.password);
    const headers = { cookie, origin: "http://localhost" };
    const res = await t.request("GET", `${base}/${a.id}`, { headers, anonymous: true });
    expect(res.status).toBe(404);
    const list = await t.request("GET", base, { headers, anonymous: true });
    // Its own agreements, its Kanwil's and national MoUs (which frame its PKS); never another facility's.
    type Listed = { id: string; facilityId: string | null; regionalOfficeId: string | null };
    const items: Listed[] = list.body.items;
    expect(items.map((i) => i.id)).not.toContain(a.id);
    expect(
      items.every(
        (i) =>
          i.facilityId === org.facilityId ||
          (i.facilityId === null &&
            (i.regionalOfficeId === org.regionalOfficeId || i.regionalOfficeId === null)),
      ),
    ).toBe(true);
  });
});
