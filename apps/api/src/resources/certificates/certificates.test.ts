import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import { type CertificateOrg, insertCertificateOrg, insertEnrollment } from "./fixtures.ts";

const CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

describeApi("certificates", (t) => {
  let org: CertificateOrg;
  const count = async () => (await t.db.selectFrom("certificates").select("id").execute()).length;
  const issue = (enrollmentId: string, body: unknown = { issuedOn: "2026-01-12" }) =>
    t.post(`/api/v1/enrollments/${enrollmentId}/certificate`, body);
  const row = (id: string) =>
    t.db.selectFrom("certificates").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    org = await insertCertificateOrg(t.db);
  });

  it("issues a certificate for a completed, competent enrollment with a server-made number and code", async () => {
    const enrollmentId = await insertEnrollment(t.db, org);
    const res = await issue(enrollmentId);
    expect(res.status).toBe(201);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.headers.get("location")).toBe(`/api/v1/certificates/${res.body.id}`);
    expect(res.body).toMatchObject({
      enrollmentId,
      schemeName: "Skema Pangkas Rambut",
      competency: "Barbershop",
      schemeType: "kkni",
      level: 2,
      units: [{ code: "I.56PAR00.001.2", title: "Memotong rambut" }],
      issuerNumber: null,
      issuerPartnerId: org.lspId,
      holderName: expect.stringMatching(/^Andi Pratama/),
      issuedOn: "2026-01-12",
      validUntil: "2029-01-12",
      status: "issued",
      statusToday: "valid",
      revokedReason: null,
    });
    expect(res.body.number).toMatch(/^SNG\/2026\/\d{5}$/);
    expect(res.body.verificationCode).toMatch(CODE);
    expect((await row(res.body.id)).verificationCode).toBe(res.body.verificationCode);
    const history = await t.get(`/api/v1/certificates/${res.body.id}/history`);
    expect(history.body.map((h: { to: string }) => h.to)).toEqual(["issued"]);

    const other = await issue(await insertEnrollment(t.db, org));
    expect(other.body.verificationCode).not.toBe(res.body.verificationCode);
    expect(other.body.number).not.toBe(res.body.number);
  });

  it("issues today (in WIB) when no date is given", async () => {
    const res = await issue(await insertEnrollment(t.db, org), {});
    expect(res.status).toBe(201);
    expect(res.body.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("refuses to issue, naming what is missing, and creates nothing", async () => {
    const n = await count();
    const cases = [
      [{ state: "enrolled" }, ["completed enrollment"]],
      [{ state: "withdrawn", result: null }, ["completed enrollment", "competent assessment"]],
      [{ result: "not_yet_competent" as const }, ["competent assessment"]],
      [{ programId: org.uncertifiedProgramId }, ["certified program"]],
    ] as const;
    for (const [over, missing] of cases) {
      const res = await issue(await insertEnrollment(t.db, org, over));
      expect([res.status, res.body.code]).toEqual([409, "certificate/not-issuable"]);
      expect(res.body.detail ?? res.body).toBeTruthy();
      expect(JSON.stringify(res.body)).toContain(missing[0]);
    }
    const issued = await insertEnrollment(t.db, org);
    expect((await issue(issued)).status).toBe(201);
    const twice = await issue(issued);
    expect([twice.status, twice.body.code]).toEqual([409, "certificate/already-issued"]);
    const unknown = await issue("00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect(await count()).toBe(n + 1);
  });

  it("answers bad issue input with a problem naming the field and creates nothing", async () => {
    const enrollmentId = await insertEnrollment(t.db, org);
    const n = await count();
    const bad: [unknown, string][] = [
      [{ issuedOn: "2023-02-30" }, "issuedOn"],
      [{ issuedOn: 20260112 }, "issuedOn"],
      [{ issuedOn: "2026-01-12", number: "SNG/2026/99999" }, "number"],
      [{ verificationCode: "AAAAAAAAAAAAAAAA" }, "verificationCode"],
      [{ issuedOn: "2025-12-31" }, "issuedOn"],
      [{ issuedOn: "2999-01-01" }, "issuedOn"],
    ];
    for (const [body, field] of bad) {
      const res = await issue(enrollmentId, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const badId = await t.post("/api/v1/enrollments/not-a-uuid/certificate", {});
    expect([badId.status, badId.body.errors[0].field]).toEqual([400, "path.id"]);
    expect(await count()).toBe(n);
  });

  it("reads one certificate with its ETag and answers 404 for an unknown one", async () => {
    const issued = await issue(await insertEnrollment(t.db, org));
    const res = await t.get(`/api/v1/certificates/${issued.body.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toEqual(issued.body);
    expect((await t.get("/api/v1/certificates/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await t.get("/api/v1/certificates/42")).status).toBe(400);
  });

  it("reads as expired after its valid-until day, from the date alone", async () => {
    const issued = await issue(await insertEnrollment(t.db, org));
    // A scheme valid for a short time (set in the row): the stored status stays "issued".
    await t.db
      .updateTable("certificates")
      .set({ validUntil: "2026-01-13" })
      .where("id", "=", issued.body.id)
      .execute();
    const res = await t.get(`/api/v1/certificates/${issued.body.id}`);
    expect(res.body).toMatchObject({ status: "issued", statusToday: "expired" });
  });

  it("revokes with a reason, keeps the certificate, and refuses a second revocation", async () => {
    const issued = await issue(await insertEnrollment(t.db, org));
    const res = await t.post(
      `/api/v1/certificates/${issued.body.id}/revoke`,
      { reason: "identitas keliru" },
      { "if-match": '"1"' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    expect(res.body).toMatchObject({
      status: "revoked",
      statusToday: "revoked",
      revokedReason: "identitas keliru",
      revokedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      verificationCode: issued.body.verificationCode,
    });
    const again = await t.post(
      `/api/v1/certificates/${issued.body.id}/revoke`,
      { reason: "lagi" },
      anyRevision,
    );
    expect([again.status, again.body.code]).toEqual([409, "certificate/already-revoked"]);
    expect((await row(issued.body.id)).revokedReason).toBe("identitas keliru");
    const history = await t.get(`/api/v1/certificates/${issued.body.id}/history`);
    expect(history.body).toMatchObject([
      { to: "issued", from: null },
      { from: "issued", to: "revoked", reason: "identitas keliru" },
    ]);
  });

  it("refuses a revocation with a stale If-Match, no reason, a wrong type or an unknown field, changing nothing", async () => {
    const issued = await issue(await insertEnrollment(t.db, org));
    const id = issued.body.id;
    const stale = await t.post(`/api/v1/certificates/${id}/revoke`, { reason: "x" }, { "if-match": '"7"' });
    expect(stale.status).toBe(412);
    const bad: [unknown, string][] = [
      [{}, "reason"],
      [{ reason: "   " }, "reason"],
      [{ reason: 12 }, "reason"],
      [{ reason: "x", revokedOn: "2026-02-01" }, "revokedOn"],
    ];
    for (const [body, field] of bad) {
      const res = await t.post(`/api/v1/certificates/${id}/revoke`, body, anyRevision);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await row(id)).toMatchObject({ status: "issued", revision: 1, revokedReason: null });
    expect(
      (
        await t.post(
          "/api/v1/certificates/00000000-0000-4000-8000-000000000000/revoke",
          { reason: "x" },
          anyRevision,
        )
      ).status,
    ).toBe(404);
  });

  it("lists by issuer, status and facility in keyset pages, and refuses unknown or malformed filters", async () => {
    const mine = await issue(await insertEnrollment(t.db, org));
    const revoked = await issue(await insertEnrollment(t.db, org));
    await t.post(`/api/v1/certificates/${revoked.body.id}/revoke`, { reason: "salah cetak" }, anyRevision);
    const elsewhere = await issue(await insertEnrollment(t.db, org, { facilityId: org.otherFacilityId }));
    const ids = async (qs: string) => {
      const res = await t.get(`/api/v1/certificates?${qs}`);
      expect(res.status).toBe(200);
      return res.body.items.map((x: { id: string }) => x.id) as string[];
    };
    const byFacility = await ids(`facilityId=${org.otherFacilityId}`);
    expect(byFacility).toEqual([elsewhere.body.id]);
    const revokedOnly = await ids(`status=revoked&facilityId=${org.facilityId}`);
    expect(revokedOnly).toContain(revoked.body.id);
    expect(revokedOnly).not.toContain(mine.body.id);
    expect(await ids(`issuerPartnerId=${org.otherLspId}`)).toEqual([]);
    expect(await ids(`issuerPartnerId=${org.lspId}&status=issued`)).toContain(mine.body.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.get(
        `/api/v1/certificates?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((x) => x.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([mine.body.id, revoked.body.id, elsewhere.body.id]));

    for (const [qs, field] of [
      ["status=expired", "query.status"],
      ["facilityId=medan", "query.facilityId"],
      ["holder=Andi", "query.holder"],
    ]) {
      const res = await t.get(`/api/v1/certificates?${qs}`);
      expect([res.status, res.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, [field]]);
    }
  });

  it("hides another facility's certificates and shows an LSP only those it issued", async () => {
    const issued = await issue(await insertEnrollment(t.db, org));
    const staff = await t.createUser("facility_staff", { kind: "facility", facilityId: org.otherFacilityId });
    const cookie = await t.sessionCookie(staff.id);
    const as = { cookie, origin: "http://localhost" };
    const one = await t.request("GET", `/api/v1/certificates/${issued.body.id}`, {
      anonymous: true,
      headers: as,
    });
    expect(one.status).toBe(404);
    const list = await t.request("GET", "/api/v1/certificates", { anonymous: true, headers: as });
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(issued.body.id);

    const lsp = await t.apiKey("partner_system", { kind: "partner", partnerId: org.lspId }, [
      "certificates:read",
    ]);
    const other = await t.apiKey("partner_system", { kind: "partner", partnerId: org.otherLspId }, [
      "certificates:read",
    ]);
    const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
    const asLsp = await t.request("GET", `/api/v1/certificates/${issued.body.id}`, {
      anonymous: true,
      headers: bearer(lsp),
    });
    expect(asLsp.status).toBe(200);
    const asOther = await t.request("GET", `/api/v1/certificates/${issued.body.id}`, {
      anonymous: true,
      headers: bearer(other),
    });
    expect(asOther.status).toBe(404);
    const otherList = await t.request("GET", "/api/v1/certificates", {
      anonymous: true,
      headers: bearer(other),
    });
    expect(otherList.body.items).toEqual([]);
  });
});
