import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { engagementCounts } from "./fixtures.ts";

describeApi("engagements", (t) => {
  const base = "/api/v1/engagements";
  let org: OrgFixture;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db, { at: "2026-01-01T00:00:00.000Z" });
  });
  const audience = (extra: Record<string, unknown> = {}) => ({
    facilityId: org.facilityId,
    partnerIds: [org.partnerIds[0]],
    kind: "audience",
    date: "2026-11-20",
    place: "Kantor Wali Kota Salatiga",
    attendees: [
      { name: "Budi Santoso", role: "Kepala Rutan", side: "facility" },
      { name: "Robby Hernawan", role: "Wali Kota", side: "partner" },
    ],
    summary: "Audiensi tentang pelatihan bersertifikat",
    outcomes: ["Pemkot mendukung pelatihan", "Data WBP ber-KTP Salatiga dikirim"],
    ...extra,
  });

  it("records an engagement with its initial follow-ups in one go and reads it back with an ETag", async () => {
    const before = await engagementCounts(t.db);
    const created = await t.post(
      base,
      audience({
        partnerIds: [org.partnerIds[1], org.partnerIds[0]],
        followUps: [
          { text: "Kirim data WBP", ownerName: "Sari", dueDate: "2026-11-27" },
          { text: "Draf PKS", ownerName: "Budi", dueDate: "2026-12-15" },
        ],
      }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${base}/${created.body.id}`);
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.body).toMatchObject({
      kind: "audience",
      revision: 1,
      partnerIds: [org.partnerIds[1], org.partnerIds[0]],
    });
    expect(created.body.followUps.map((f: { text: string; status: string }) => [f.text, f.status])).toEqual([
      ["Kirim data WBP", "open"],
      ["Draf PKS", "open"],
    ]);
    const after = await engagementCounts(t.db);
    expect(after).toEqual({
      engagements: before.engagements + 1,
      partners: before.partners + 2,
      followUps: before.followUps + 2,
      history: before.history + 2,
    });
    const read = await t.get(`${base}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(read.body).toEqual(created.body);
    const audit = await t.db
      .selectFrom("auditLog")
      .selectAll()
      .where("resourceId", "=", created.body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["create"]);
  });

  it("stores nothing when one initial follow-up is refused", async () => {
    const before = await engagementCounts(t.db);
    const res = await t.post(
      base,
      audience({
        followUps: [
          { text: "Ok", ownerName: "Sari", dueDate: "2026-11-27" },
          { text: "Terlambat", ownerName: "Budi", dueDate: "2026-11-19" },
        ],
      }),
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("follow-up/due-before-engagement");
    expect(res.body.errors[0].field).toBe("followUps.1.dueDate");
    expect(await engagementCounts(t.db)).toEqual(before);
  });

  it("answers wrong types, unknown fields, impossible dates and bad references with 422 naming each field", async () => {
    const before = await engagementCounts(t.db);
    const bad = await t.post(base, {
      ...audience(),
      kind: "party",
      date: "2023-02-30",
      partnerIds: "all",
      outcomes: [1],
      attendees: [{ name: "X", role: "Y", side: "press" }],
      followUps: [{ text: "x", ownerName: "y", dueDate: "2023-02-30" }],
      secret: true,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe("validation");
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "attendees.0.side",
      "date",
      "followUps.0.dueDate",
      "kind",
      "outcomes.0",
      "partnerIds",
      "secret",
    ]);
    const unknown = await t.post(
      base,
      audience({ partnerIds: [org.partnerIds[0], "00000000-0000-4000-8000-000000000000"] }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ field: "partnerIds.1", message: "no such partner" }]);
    const noFacility = await t.post(base, audience({ facilityId: "00000000-0000-4000-8000-000000000000" }));
    expect(noFacility.body.errors[0].field).toBe("facilityId");
    const dup = await t.post(base, audience({ partnerIds: [org.partnerIds[0], org.partnerIds[0]] }));
    expect(dup.status).toBe(422);
    expect(dup.body).toMatchObject({
      code: "engagement/duplicate-partner",
      errors: [{ field: "partnerIds.1" }],
    });
    expect((await t.request("POST", base, { body: "{nope" })).status).toBe(400);
    expect(await engagementCounts(t.db)).toEqual(before);
  });

  it("lists by facility, partner, kind and inclusive dates, newest first by default, page by page", async () => {
    const facilityId = org.jayapuraFacilityId;
    const rows = [
      ["2026-02-01", "monitoring", org.partnerIds[1]],
      ["2026-02-10", "coordination", org.partnerIds[1]],
      ["2026-02-20", "monitoring", org.partnerIds[2]],
      ["2026-03-01", "signing", org.partnerIds[1]],
    ] as const;
    for (const [date, kind, partnerId] of rows)
      expect((await t.post(base, audience({ facilityId, date, kind, partnerIds: [partnerId] }))).status).toBe(
        201,
      );
    const dates: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { date: string }[]; nextCursor: string | null } } = await t.get(
        `${base}?facilityId=${facilityId}&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      dates.push(...page.body.items.map((i) => i.date));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(dates).toEqual(["2026-03-01", "2026-02-20", "2026-02-10", "2026-02-01"]);
    const pick = async (qs: string) =>
      (await t.get(`${base}?facilityId=${facilityId}&${qs}`)).body.items.map((i: { date: string }) => i.date);
    expect(await pick("from=2026-02-10&to=2026-02-20&sort=date")).toEqual(["2026-02-10", "2026-02-20"]);
    expect(await pick("kind=monitoring&sort=date")).toEqual(["2026-02-01", "2026-02-20"]);
    expect(await pick(`partnerId=${org.partnerIds[2]}`)).toEqual(["2026-02-20"]);
    const badRange = await t.get(`${base}?from=2026-03-01&to=2026-02-01`);
    expect(badRange.status).toBe(400);
    expect(badRange.body.errors[0].field).toBe("query.to");
    const badDate = await t.get(`${base}?from=2023-02-30&kind=party&extra=1`);
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "query.extra",
      "query.from",
      "query.kind",
    ]);
    expect((await t.get(`${base}?cursor=abc`)).body.errors[0].field).toBe("query.cursor");
  });

  it("edits with If-Match, refuses a stale one and a date past a follow-up, changing nothing", async () => {
    const { body: e } = await t.post(
      base,
      audience({ followUps: [{ text: "Draf PKS", ownerName: "Budi", dueDate: "2026-12-01" }] }),
    );
    const url = `${base}/${e.id}`;
    const ok = await t.patch(
      url,
      { kind: "coordination", place: null, partnerIds: [org.partnerIds[2]] },
      { "if-match": '"1"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      kind: "coordination",
      place: null,
      partnerIds: [org.partnerIds[2]],
      revision: 2,
    });
    expect(ok.headers.get("etag")).toBe('"2"');
    const stale = await t.patch(url, { summary: "Overwritten" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const late = await t.patch(url, { date: "2026-12-02" }, anyRevision);
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({
      code: "engagement/follow-up-before-engagement",
      errors: [{ field: "date" }],
    });
    const bad = await t.patch(
      url,
      { facilityId: org.jayapuraFacilityId, date: "2023-02-30", outcomes: "x" },
      anyRevision,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((x: { field: string }) => x.field).sort()).toEqual([
      "date",
      "facilityId",
      "outcomes",
    ]);
    const unknownPartner = await t.patch(
      url,
      { partnerIds: ["00000000-0000-4000-8000-000000000000"] },
      anyRevision,
    );
    expect(unknownPartner.body.errors[0].field).toBe("partnerIds.0");
    const row = await t.db
      .selectFrom("engagements")
      .selectAll()
      .where("id", "=", e.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      revision: 2,
      kind: "coordination",
      date: "2026-11-20",
      facilityId: org.facilityId,
    });
    expect(row.summary).toBe("Audiensi tentang pelatihan bersertifikat");
    const links = await t.db
      .selectFrom("engagementPartners")
      .selectAll()
      .where("engagementId", "=", e.id)
      .execute();
    expect(links.map((l) => l.partnerId)).toEqual([org.partnerIds[2]]);
  });

  it("deletes with its follow-ups, honouring If-Match", async () => {
    const { body: e } = await t.post(
      base,
      audience({ followUps: [{ text: "x", ownerName: "y", dueDate: "2026-12-01" }] }),
    );
    const url = `${base}/${e.id}`;
    expect((await t.request("DELETE", url, { headers: { "if-match": '"9"' } })).status).toBe(412);
    expect((await t.get(url)).status).toBe(200);
    expect((await t.request("DELETE", url, { headers: { "if-match": '"1"' } })).status).toBe(204);
    expect((await t.get(url)).status).toBe(404);
    const left = await t.db.selectFrom("followUps").selectAll().where("engagementId", "=", e.id).execute();
    expect(left).toEqual([]);
  });

  it("answers an unknown id with 404 and a malformed one with 400", async () => {
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const badId = await t.get(`${base}/nope`);
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe("path.id");
    expect(
      (await t.patch(`${base}/00000000-0000-4000-8000-000000000000`, { summary: "x" }, anyRevision)).status,
    ).toBe(404);
  });

  it("hides another facility's engagements from a facility admin and refuses its writes there", async () => {
    const { body: mine } = await t.post(base, audience());
    const { body: theirs } = await t.post(base, audience({ facilityId: org.jayapuraFacilityId }));
    const user = await t.createUser("facility_admin", { kind: "facility", facilityId: org.facilityId });
    const headers = { cookie: await t.signIn(user.email, user.password), origin: "http://localhost" };
    const as = (method: string, path: string, body?: unknown) =>
      t.request(method, path, { anonymous: true, headers, ...(body === undefined ? {} : { body }) });
    expect((await as("GET", `${base}/${mine.id}`)).status).toBe(200);
    expect((await as("GET", `${base}/${theirs.id}`)).status).toBe(404);
    const list = await as("GET", `${base}?limit=200`);
    expect(list.body.items.every((e: { facilityId: string }) => e.facilityId === org.facilityId)).toBe(true);
    const create = await as("POST", base, audience({ facilityId: org.jayapuraFacilityId }));
    expect(create.status).toBe(422);
    expect(create.body.errors[0].field).toBe("facilityId");
    expect((await as("PATCH", `${base}/${theirs.id}`, { summary: "x" })).status).toBe(404);
    expect((await t.request("GET", base, { anonymous: true })).status).toBe(401);
  });
});
