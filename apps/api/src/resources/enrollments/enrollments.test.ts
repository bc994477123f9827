import { expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { trainingSuite } from "./training-suite.ts";

describeApi("enrollments and certificates", (t) => {
  const { org, inmate, cohort, enrol, days } = trainingSuite(t);

  it("runs an enrollment from enrolment to a certificate anyone can check without learning the facility", async () => {
    const cohortId = await cohort();
    const inmateId = await inmate();
    const enrolled = await enrol(cohortId, inmateId);
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ state: "enrolled", warnings: [] });
    const id = enrolled.body.id;
    expect((await t.post(`/api/v1/cohorts/${cohortId}/start`, {}, anyRevision)).status).toBe(200);
    const att = await t.post(
      `/api/v1/enrollments/${id}/attendance`,
      {
        sessions: days.map((d, i) => ({ sessionDate: d, present: i !== 4 })),
      },
      anyRevision,
    );
    expect(att.status).toBe(200);
    expect(att.body.attendanceShare).toBe(0.8);
    const assess = await t.post(
      `/api/v1/enrollments/${id}/assess`,
      {
        units: [{ code: "I.56PAR00.001.2", result: "competent" }],
        assessor: "Asesor LSP",
        assessedOn: "2026-01-09",
      },
      anyRevision,
    );
    expect(assess.status).toBe(200);
    const done = await t.post(
      `/api/v1/enrollments/${id}/complete`,
      {},
      { "if-match": assess.headers.get("etag")! },
    );
    expect(done.status).toBe(200);
    expect(done.body.state).toBe("completed");
    const history = await t.get(`/api/v1/enrollments/${id}/history`);
    expect(history.body.map((h: { to: string }) => h.to)).toEqual(["enrolled", "completed"]);

    const cert = await t.post(`/api/v1/enrollments/${id}/certificate`, { issuedOn: "2026-01-12" });
    expect(cert.status).toBe(201);
    expect(cert.body).toMatchObject({
      status: "issued",
      validUntil: "2029-01-12",
      holderName: expect.stringContaining("Warga Binaan"),
    });
    expect(cert.body.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect((await t.post(`/api/v1/enrollments/${id}/certificate`, {})).status).toBe(409);

    const check = await t.request("GET", `/api/v1/public/certificates/${cert.body.verificationCode}`, {
      anonymous: true,
    });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      status: "valid",
      competency: "Barbershop",
      schemeType: "kkni",
      level: 2,
      schemeName: "Skema Pangkas Rambut",
      units: [{ code: "I.56PAR00.001.2", title: "Memotong rambut pria" }],
    });
    expect(JSON.stringify(check.body)).not.toMatch(/rutan|lapas|facility|prison|tahanan/i);
    expect(
      (await t.request("GET", "/api/v1/public/certificates/ZZZZZZZZZZZZZZZZ", { anonymous: true })).status,
    ).toBe(404);
    expect(
      (await t.request("GET", "/api/v1/public/certificates/not-a-code", { anonymous: true })).status,
    ).toBe(404);

    const revoked = await t.post(
      `/api/v1/certificates/${cert.body.id}/revoke`,
      { reason: "data keliru" },
      anyRevision,
    );
    expect(revoked.status).toBe(200);
    const after = await t.request(
      "GET",
      `/api/v1/public/certificates/${cert.body.verificationCode.toLowerCase()}`,
      {
        anonymous: true,
      },
    );
    expect(after.body).toMatchObject({ status: "revoked", revokedReason: "data keliru" });
    expect(
      (await t.post(`/api/v1/certificates/${cert.body.id}/revoke`, { reason: "lagi" }, anyRevision)).status,
    ).toBe(409);
    const listed = await t.get(`/api/v1/certificates?facilityId=${org.facilityId}&status=revoked`);
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(cert.body.id);
  });

  it("answers bad input with 422 naming the field, an unknown inmate likewise, and a stale If-Match with 412", async () => {
    const cohortId = await cohort();
    const bad = await t.post(`/api/v1/cohorts/${cohortId}/enrollments`, { inmateId: 7, extra: true });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["extra", "inmateId"]);
    const unknown = await enrol(cohortId, "00000000-0000-4000-8000-000000000000");
    expect([unknown.status, unknown.body.errors[0].field]).toEqual([422, "inmateId"]);
    const e = await enrol(cohortId, await inmate());
    await t.post(`/api/v1/cohorts/${cohortId}/start`, {}, anyRevision);
    const badDay = await t.post(
      `/api/v1/enrollments/${e.body.id}/attendance`,
      {
        sessions: [{ sessionDate: "2026-02-30", present: true }],
      },
      anyRevision,
    );
    expect([badDay.status, badDay.body.errors[0].field]).toEqual([422, "sessions.0.sessionDate"]);
    const outside = await t.post(
      `/api/v1/enrollments/${e.body.id}/attendance`,
      {
        sessions: [{ sessionDate: "2026-03-02", present: true }],
      },
      anyRevision,
    );
    expect([outside.status, outside.body.code]).toEqual([422, "enrollment/session-outside-cohort"]);
    const stale = await t.post(
      `/api/v1/enrollments/${e.body.id}/withdraw`,
      { reason: "sakit" },
      { "if-match": '"99"' },
    );
    expect(stale.status).toBe(412);
    const still = await t.get(`/api/v1/enrollments/${e.body.id}`);
    expect(still.body.state).toBe("enrolled");
  });

  it("refuses completion below the minimum attendance and a certificate for an uncompleted enrollment", async () => {
    const cohortId = await cohort();
    const e = await enrol(cohortId, await inmate());
    await t.post(`/api/v1/cohorts/${cohortId}/start`, {}, anyRevision);
    await t.post(
      `/api/v1/enrollments/${e.body.id}/attendance`,
      {
        sessions: days.slice(0, 3).map((d) => ({ sessionDate: d, present: true })),
      },
      anyRevision,
    );
    const low = await t.post(`/api/v1/enrollments/${e.body.id}/complete`, {}, anyRevision);
    expect([low.status, low.body.code]).toEqual([409, "enrollment/attendance-below-minimum"]);
    const cert = await t.post(`/api/v1/enrollments/${e.body.id}/certificate`, {});
    expect([cert.status, cert.body.code]).toEqual([409, "certificate/not-issuable"]);
  });

  it("ends enrollments early with a reason, lists them by state, and hides other facilities' ones", async () => {
    const cohortId = await cohort();
    const e = await enrol(cohortId, await inmate());
    const noReason = await t.post(`/api/v1/enrollments/${e.body.id}/release`, {}, anyRevision);
    expect([noReason.status, noReason.body.errors[0].field]).toEqual([422, "reason"]);
    const released = await t.post(
      `/api/v1/enrollments/${e.body.id}/release`,
      { reason: "bebas bersyarat" },
      anyRevision,
    );
    expect(released.body).toMatchObject({ state: "released", endReason: "bebas bersyarat" });
    const again = await t.post(`/api/v1/enrollments/${e.body.id}/withdraw`, { reason: "x" }, anyRevision);
    expect([again.status, again.body.code]).toEqual([409, "enrollment/illegal-transition"]);
    const list = await t.get(`/api/v1/enrollments?cohortId=${cohortId}&state=released`);
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([e.body.id]);

    const other = await t.createUser("facility_staff", { kind: "facility", facilityId: org.otherFacilityId });
    const cookie = await t.signIn(other.email, other.password);
    const as = { cookie, origin: "http://localhost" };
    expect(
      (await t.request("GET", `/api/v1/enrollments/${e.body.id}`, { anonymous: true, headers: as })).status,
    ).toBe(404);
    const theirs = await t.request("GET", `/api/v1/enrollments?cohortId=${cohortId}`, {
      anonymous: true,
      headers: as,
    });
    expect(theirs.body.items).toEqual([]);
  });
});
