import { expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { PDF_BYTES } from "../agreements/fixtures.ts";

/** A licence cites its scan: a stored document, checked, returned and served to those in scope. */
describeApi("facility licence scans", (t) => {
  const office = async (name: string, provinceCode: string) =>
    (await t.post("/api/v1/regional-offices", { name, provinceCode })).body.id as string;
  const facility = async (regionalOfficeId: string, name: string, regencyCode: string) =>
    (
      await t.post("/api/v1/facilities", {
        regionalOfficeId,
        kind: "rutan",
        class: "IIB",
        name,
        regencyCode,
      })
    ).body.id as string;
  const scan = async (facilityId: string) => {
    const res = await t.app.request(
      `/api/v1/documents?purpose=licence&fileName=slhs.pdf&facilityId=${facilityId}`,
      {
        method: "POST",
        body: PDF_BYTES,
        headers: {
          cookie: await t.sessionCookie(t.adminId),
          origin: "http://localhost",
          "content-type": "application/pdf",
        },
      },
    );
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const licences = async () =>
    Number(
      (
        await t.db
          .selectFrom("facilityLicences")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("records a licence citing its scan, returns it and serves the bytes to the facility's staff, audited", async () => {
    const f = await facility(await office("Kanwil Jawa Tengah", "33"), "Rutan Kelas IIB Salatiga", "33.73");
    const documentId = await scan(f);
    const l = await t.post(`/api/v1/facilities/${f}/licences`, {
      type: "hygiene_sanitation",
      issuer: "Dinas Kesehatan Kota Salatiga",
      documentId,
    });
    expect(l.status).toBe(201);
    expect(l.body.documentId).toBe(documentId);
    expect((await t.get(`/api/v1/licences/${l.body.id}`)).body.documentId).toBe(documentId);
    const staff = await t.createUser("facility_staff", { kind: "facility", facilityId: f });
    const res = await t.app.request(`/api/v1/licences/${l.body.id}/document`, {
      headers: { cookie: await t.sessionCookie(staff.id) },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF_BYTES);
    const audited = await t.db
      .selectFrom("auditLog")
      .select(["action", "actorId"])
      .where("resourceId", "=", documentId)
      .where("action", "=", "download")
      .execute();
    expect(audited).toEqual([{ action: "download", actorId: staff.id }]);
  });

  it("refuses a scan that is not stored, or out of the caller's sight, with 422 naming documentId, storing nothing", async () => {
    const ro = await office("Kanwil Bali", "51");
    const mine = await facility(ro, "Rutan Kelas IIB Bangli", "51.06");
    const theirs = await facility(await office("Kanwil Aceh", "11"), "Rutan Kelas IIB Sabang", "11.72");
    const foreign = await scan(theirs);
    const admin = await t.createUser("facility_admin", { kind: "facility", facilityId: mine });
    const as = { cookie: await t.sessionCookie(admin.id), origin: "http://localhost" };
    const before = await licences();
    for (const documentId of [foreign, "00000000-0000-4000-8000-000000000000"]) {
      const res = await t.request("POST", `/api/v1/facilities/${mine}/licences`, {
        anonymous: true,
        headers: as,
        body: { type: "clinic", issuer: "Dinas Kesehatan Kabupaten Bangli", documentId },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ field: "documentId", message: "no such document" }]);
    }
    expect(await licences()).toBe(before);
    const l = await t.request("POST", `/api/v1/facilities/${mine}/licences`, {
      anonymous: true,
      headers: as,
      body: { type: "clinic", issuer: "Dinas Kesehatan Kabupaten Bangli" },
    });
    expect(l.body.documentId).toBeNull();
    const patched = await t.request("PATCH", `/api/v1/licences/${l.body.id}`, {
      anonymous: true,
      headers: { ...as, ...anyRevision },
      body: { documentId: foreign },
    });
    expect(patched.status).toBe(422);
    expect(patched.body.errors[0].field).toBe("documentId");
    const own = await scan(mine);
    const cited = await t.request("PATCH", `/api/v1/licences/${l.body.id}`, {
      anonymous: true,
      headers: { ...as, ...anyRevision },
      body: { documentId: own },
    });
    expect(cited.status).toBe(200);
    expect(cited.body).toMatchObject({ documentId: own, revision: 2 });
  });

  it("answers 404 for the scan of a licence that cites none, and to a caller outside the scope", async () => {
    const f = await facility(await office("Kanwil Maluku", "81"), "Rutan Kelas IIB Masohi", "81.03");
    const none = await t.post(`/api/v1/facilities/${f}/licences`, { type: "clinic", issuer: "Dinkes" });
    expect((await t.get(`/api/v1/licences/${none.body.id}/document`)).status).toBe(404);
    const cited = await t.post(`/api/v1/facilities/${f}/licences`, {
      type: "pharmacy",
      issuer: "Dinkes",
      documentId: await scan(f),
    });
    const outsider = await t.createUser("facility_admin", {
      kind: "facility",
      facilityId: await facility(await office("Kanwil Jawa Timur", "35"), "Rutan Kelas I Surabaya", "35.78"),
    });
    const res = await t.app.request(`/api/v1/licences/${cited.body.id}/document`, {
      headers: { cookie: await t.sessionCookie(outsider.id) },
    });
    expect(res.status).toBe(404);
  });
});
