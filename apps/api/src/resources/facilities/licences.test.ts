import { expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";

describeApi("facility licences", (t) => {
  let facilityPath = "";
  const setup = async () => {
    if (facilityPath) return facilityPath;
    const ro = await t.post("/api/v1/regional-offices", { name: "Kanwil Jawa Tengah", provinceCode: "33" });
    const f = await t.post("/api/v1/facilities", {
      regionalOfficeId: ro.body.id,
      kind: "rutan",
      class: "IIB",
      name: "Rutan Kelas IIB Salatiga",
      regencyCode: "33.73",
    });
    facilityPath = `/api/v1/facilities/${f.body.id}`;
    return facilityPath;
  };
  const applied = async () =>
    (
      await t.post(`${await setup()}/licences`, {
        type: "primary_clinic",
        issuer: "Dinas Kesehatan Kota Salatiga",
        appliedOn: "2025-10-01",
      })
    ).body;
  const row = (id: string) =>
    t.db.selectFrom("facilityLicences").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("records an application, lists it and reads it with an ETag", async () => {
    const l = await applied();
    expect(l).toMatchObject({ status: "applied", statusToday: "applied", number: null, revision: 1 });
    const list = await t.get(`${await setup()}/licences?status=applied`);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(l.id);
    const read = await t.get(`/api/v1/licences/${l.id}`);
    expect(read.headers.get("etag")).toBe('"1"');
  });

  it("grants, refuses to expire a licence still valid, and records expiry once the date has passed", async () => {
    const valid = await applied();
    const future = await t.post(
      `/api/v1/licences/${valid.id}/grant`,
      { number: "503/KES/2025/17", grantedOn: "2025-11-01", expiresOn: "2099-10-31" },
      { "if-match": '"1"' },
    );
    expect(future.status).toBe(200);
    expect(future.body).toMatchObject({ status: "granted", statusToday: "granted", revision: 2 });
    const early = await t.post(`/api/v1/licences/${valid.id}/expire`, {}, anyRevision);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("licence/not-yet-expired");
    expect((await row(valid.id)).status).toBe("granted");

    const l = await applied();
    const granted = await t.post(
      `/api/v1/licences/${l.id}/grant`,
      {
        number: "SLHS/440/0112/2023",
        grantedOn: "2023-03-06",
        expiresOn: "2025-03-05",
      },
      anyRevision,
    );
    expect(granted.body).toMatchObject({ status: "granted", statusToday: "expired" });
    const expired = await t.post(`/api/v1/licences/${l.id}/expire`, {}, anyRevision);
    expect(expired.status).toBe(200);
    expect(expired.body).toMatchObject({ status: "expired", revision: 3 });
    const history = await t.get(`/api/v1/licences/${l.id}/history`);
    expect(history.body.items.map((h: { to: string }) => h.to)).toEqual(["applied", "granted", "expired"]);
    expect(Object.keys(history.body.timeInStates).sort()).toEqual(["applied", "expired", "granted"]);
    const again = await t.post(
      `/api/v1/licences/${l.id}/grant`,
      { number: "1", grantedOn: "2026-11-01" },
      anyRevision,
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("licence/illegal-transition");
    expect((await row(l.id)).revision).toBe(3);
  });

  it("revokes an application with a reason and then refuses every move", async () => {
    const l = await applied();
    const revoked = await t.post(
      `/api/v1/licences/${l.id}/revoke`,
      { reason: "Berkas tidak lengkap" },
      anyRevision,
    );
    expect(revoked.body).toMatchObject({ status: "revoked", revokedReason: "Berkas tidak lengkap" });
    for (const [move, body] of [
      ["grant", { number: "1", grantedOn: "2025-11-02" }],
      ["revoke", { reason: "again" }],
      ["expire", {}],
    ] as const) {
      const res = await t.post(`/api/v1/licences/${l.id}/${move}`, body, anyRevision);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe("licence/illegal-transition");
    }
    expect((await row(l.id)).status).toBe("revoked");
  });

  it("refuses an expiry before the grant, impossible dates and unknown fields, changing nothing", async () => {
    const l = await applied();
    const order = await t.post(
      `/api/v1/licences/${l.id}/grant`,
      {
        number: "1",
        grantedOn: "2025-11-01",
        expiresOn: "2025-10-01",
      },
      anyRevision,
    );
    expect(order.status).toBe(422);
    expect(order.body.code).toBe("licence/invalid-dates");
    expect(order.body.errors[0].field).toBe("expiresOn");
    const bad = await t.post(
      `/api/v1/licences/${l.id}/grant`,
      {
        number: 5,
        grantedOn: "2023-02-30",
        status: "granted",
      },
      anyRevision,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "grantedOn",
      "number",
      "status",
    ]);
    const noReason = await t.post(`/api/v1/licences/${l.id}/revoke`, {}, anyRevision);
    expect(noReason.body.errors[0].field).toBe("reason");
    expect(await row(l.id)).toMatchObject({ status: "applied", revision: 1 });
    const before = (await t.db.selectFrom("facilityLicences").select("id").execute()).length;
    const grantedNoNumber = await t.post(`${await setup()}/licences`, {
      type: "hygiene_sanitation",
      issuer: "Dinkes",
      status: "granted",
      grantedOn: "2025-01-01",
    });
    expect(grantedNoNumber.status).toBe(422);
    expect(grantedNoNumber.body.errors[0].field).toBe("number");
    const badType = await t.post(`${await setup()}/licences`, {
      type: "kitchen",
      issuer: "",
      appliedOn: "2025-13-01",
    });
    expect(badType.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "appliedOn",
      "issuer",
      "type",
    ]);
    expect((await t.db.selectFrom("facilityLicences").select("id").execute()).length).toBe(before);
  });

  it("edits descriptive fields under If-Match, refuses a stale tag and a status field", async () => {
    const l = await applied();
    const ok = await t.patch(
      `/api/v1/licences/${l.id}`,
      { notes: "Menunggu visitasi" },
      { "if-match": '"1"' },
    );
    expect(ok.body).toMatchObject({ notes: "Menunggu visitasi", revision: 2 });
    const stale = await t.patch(`/api/v1/licences/${l.id}`, { notes: "x" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const stalemove = await t.post(`/api/v1/licences/${l.id}/revoke`, { reason: "x" }, { "if-match": '"1"' });
    expect(stalemove.status).toBe(412);
    const status = await t.patch(`/api/v1/licences/${l.id}`, { status: "granted" }, anyRevision);
    expect(status.status).toBe(422);
    expect(status.body.errors[0].field).toBe("status");
    expect(await row(l.id)).toMatchObject({ notes: "Menunggu visitasi", status: "applied", revision: 2 });
    expect((await t.get("/api/v1/licences/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("hides the licences of a facility outside the caller's scope", async () => {
    const l = await applied();
    const otherRo = await t.post("/api/v1/regional-offices", { name: "Kanwil Bali", provinceCode: "51" });
    const user = await t.createUser("regional_admin", {
      kind: "regional",
      regionalOfficeId: otherRo.body.id,
    });
    const as = { cookie: await t.signIn(user.email, user.password), origin: "http://localhost" };
    expect(
      (await t.request("GET", `/api/v1/licences/${l.id}`, { anonymous: true, headers: as })).status,
    ).toBe(404);
    const move = await t.request("POST", `/api/v1/licences/${l.id}/revoke`, {
      anonymous: true,
      headers: as,
      body: { reason: "x" },
    });
    expect(move.status).toBe(404);
    expect((await row(l.id)).status).toBe("applied");
  });
});
