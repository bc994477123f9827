import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { addDays, dateInZone } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi, ifMatch } from "../../testing.ts";
import { signingFacts, storeSignedScan } from "./fixtures.ts";

describeApi("agreements", (t) => {
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
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("agreements")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const today = () => dateInZone(new Date().toISOString(), "Asia/Makassar");
  /** Creates and signs an agreement with the given term, straight through the API. */
  const signed = async (startDate: string, endDate: string, extra: Record<string, unknown> = {}) => {
    const { body } = await t.post(base, { ...pks(), ...extra });
    await t.post(`${base}/${body.id}/propose`, {}, anyRevision);
    await t.post(`${base}/${body.id}/negotiate`, {}, anyRevision);
    const s = await t.post(`${base}/${body.id}/sign`, { ...signingFacts, startDate, endDate }, anyRevision);
    expect(s.status).toBe(200);
    return s.body;
  };

  it("drafts a PKS and reads it back with an ETag, its status and time zone", async () => {
    const created = await t.post(base, pks());
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${base}/${created.body.id}`);
    expect(created.body).toMatchObject({
      state: "draft",
      status: "draft",
      version: 1,
      revision: 1,
      timeZone: "Asia/Makassar",
      renewalAlert: null,
      successorId: null,
      signedDocument: null,
      partnerIds: [org.partnerIds[0]],
    });
    const read = await t.get(`${base}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(read.body.statusDate).toBe(today());
  });

  it("refuses a facility admin drafting or moving an agreement to another facility, changing nothing", async () => {
    const admin = await t.createUser("facility_admin", { kind: "facility", facilityId: org.facilityId });
    const as = { cookie: await t.sessionCookie(admin.id), origin: "http://localhost" };
    const before = await count();
    const other = await t.post(base, { ...pks(), facilityId: org.jayapuraFacilityId }, as);
    expect(other.status).toBe(422);
    expect(other.body.errors).toEqual([{ field: "facilityId", message: "no such facility" }]);
    expect(await count()).toBe(before);
    const own = await t.post(base, pks(), as);
    expect(own.status).toBe(201);
    const moved = await t.patch(
      `${base}/${own.body.id}`,
      { facilityId: org.jayapuraFacilityId },
      { ...as, ...ifMatch(own) },
    );
    expect(moved.status).toBe(422);
    expect((await t.get(`${base}/${own.body.id}`)).body.facilityId).toBe(org.facilityId);
  });

  it("lets a regional office hold an MoU with several partners, and a PKS cite it", async () => {
    const mou = await t.post(base, {
      kind: "mou",
      title: "MoU Kanwil dan Pemprov",
      regionalOfficeId: org.regionalOfficeId,
      partnerIds: [org.partnerIds[0], org.partnerIds[1]],
    });
    expect(mou.status).toBe(201);
    expect(mou.body.timeZone).toBe("Asia/Makassar");
    const child = await t.post(base, { ...pks(), parentMouId: mou.body.id });
    expect(child.status).toBe(201);
    const notMou = await t.post(base, { ...pks(), parentMouId: child.body.id });
    expect(notMou.status).toBe(422);
    expect(notMou.body.errors[0].field).toBe("parentMouId");
  });

  it("lets a PKS cite only an MoU of its own facility or office: another's answers like a missing one", async () => {
    const own = await t.post(base, {
      kind: "mou",
      title: "MoU Rutan dan Pemkot",
      facilityId: org.facilityId,
      partnerIds: [org.partnerIds[0]],
    });
    expect((await t.post(base, { ...pks(), parentMouId: own.body.id })).status).toBe(201);
    const away = await insertOrgFixture(t.db);
    const foreignOffice = await t.post(base, {
      kind: "mou",
      title: "MoU Kanwil Lain",
      regionalOfficeId: away.regionalOfficeId,
      partnerIds: [away.partnerIds[0]],
    });
    const foreignFacility = await t.post(base, {
      kind: "mou",
      title: "MoU Rutan Lain",
      facilityId: away.facilityId,
      partnerIds: [away.partnerIds[0]],
    });
    const n = await count();
    const answer = async (parentMouId: string) => {
      const res = await t.post(base, { ...pks(), parentMouId });
      return { status: res.status, body: res.body };
    };
    const missing = await answer("00000000-0000-4000-8000-00000000abcd");
    expect(missing.body.errors).toEqual([{ field: "parentMouId", message: expect.any(String) }]);
    expect(await answer(foreignOffice.body.id)).toEqual(missing);
    expect(await answer(foreignFacility.body.id)).toEqual(missing);
    expect(await count()).toBe(n);
  });

  it("answers broken party rules with 422 naming the field, creating nothing", async () => {
    const n = await count();
    const two = await t.post(base, { ...pks(), partnerIds: [org.partnerIds[0], org.partnerIds[1]] });
    expect(two.status).toBe(422);
    expect(two.body.code).toBe("agreement/invalid-parties");
    expect(two.body.errors[0].field).toBe("partnerIds");
    const both = await t.post(base, { ...pks(), regionalOfficeId: org.regionalOfficeId });
    expect(both.body.errors[0].field).toBe("regionalOfficeId");
    const unknown = await t.post(base, { ...pks(), partnerIds: ["00000000-0000-4000-8000-000000000000"] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe("partnerIds.0");
    expect(await count()).toBe(n);
  });

  it("answers wrong types, unknown fields and impossible dates with 422 naming each field", async () => {
    const n = await count();
    const bad = await t.post(base, {
      ...pks(),
      kind: "treaty",
      title: 42,
      startDate: "2023-02-30",
      signedDocumentId: "xyz",
      colour: "red",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe("validation");
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["colour", "kind", "signedDocumentId", "startDate", "title"]);
    const tooLong = await t.post(base, { ...pks(), startDate: "2024-01-01", endDate: "2027-01-01" });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.code).toBe("agreement/invalid-dates");
    expect(tooLong.body.errors[0].field).toBe("endDate");
    expect((await t.request("POST", base, { body: "{nope" })).status).toBe(400);
    expect(await count()).toBe(n);
  });

  it("updates terms while unsigned with If-Match, refuses a stale one and leaves the row unchanged", async () => {
    const { body: a } = await t.post(base, pks());
    const ok = await t.patch(
      `${base}/${a.id}`,
      { title: "PKS Kesehatan Terpadu", fields: ["health", "social"] },
      { "if-match": '"1"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      title: "PKS Kesehatan Terpadu",
      fields: ["health", "social"],
      revision: 2,
    });
    const stale = await t.patch(`${base}/${a.id}`, { title: "Overwritten" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const badType = await t.patch(`${base}/${a.id}`, { endDate: "2023-02-30", kind: "mou" }, anyRevision);
    expect(badType.status).toBe(422);
    expect(badType.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["endDate", "kind"]);
    const row = await t.db
      .selectFrom("agreements")
      .selectAll()
      .where("id", "=", a.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ title: "PKS Kesehatan Terpadu", revision: 2, endDate: null });
  });

  it("refuses to edit a signed agreement with 409 agreement/not-editable", async () => {
    const s = await signed("2024-03-05", "2027-03-04");
    const res = await t.patch(`${base}/${s.id}`, { title: "changed" }, anyRevision);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("agreement/not-editable");
    const row = await t.db
      .selectFrom("agreements")
      .select("title")
      .where("id", "=", s.id)
      .executeTakeFirstOrThrow();
    expect(row.title).toBe(pks().title);
  });

  it("derives upcoming, active, expiring and expired from today in the facility's time zone, with alerts", async () => {
    const d = today();
    const upcoming = await signed(addDays(d, 10), addDays(d, 375));
    const active = await signed(addDays(d, -100), addDays(d, 400));
    const expiring = await signed(addDays(d, -300), addDays(d, 20));
    const expired = await signed(addDays(d, -800), addDays(d, -1));
    expect([upcoming.status, active.status, expiring.status, expired.status]).toEqual([
      "upcoming",
      "active",
      "expiring",
      "expired",
    ]);
    expect(expiring.renewalAlert).toBe(30);
    expect(active.renewalAlert).toBeNull();
    const list = await t.get(`${base}?status=expiring&facilityId=${org.facilityId}`);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(expiring.id);
    expect(list.body.items.every((i: { status: string }) => i.status === "expiring")).toBe(true);
  });
});
