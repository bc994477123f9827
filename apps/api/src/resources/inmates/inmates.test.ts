import { insertTrainingFixture, type TrainingFixture } from "@sinergi/db/testing";
import { makeNik, maskNik } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";

describeApi("inmates", (t) => {
  const base = "/api/v1/inmates";
  let org: TrainingFixture;
  let serial = 100;
  beforeAll(async () => {
    org = await insertTrainingFixture(t.db);
  });
  const person = (over: Record<string, unknown> = {}) => {
    serial += 1;
    const birthDate = (over.birthDate as string | undefined) ?? "1990-05-17";
    const sex = (over.sex as "male" | "female" | undefined) ?? "male";
    return {
      facilityId: org.facilityId,
      registrationNumber: `BI.${serial}/2024`,
      name: `Budi ${serial}`,
      nik: makeNik({ districtCode: "12.71.05", birthDate, sex, serial }),
      sex,
      birthDate,
      legalStatus: "convict",
      admissionDate: "2024-06-03",
      expectedReleaseDate: "2027-06-30",
      ...over,
    };
  };
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("inmates")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const signInAs = async (role: "viewer" | "facility_staff", facilityId: string) => {
    const u = await t.createUser(role, { kind: "facility", facilityId });
    return { cookie: await t.signIn(u.email, u.password), origin: "http://localhost" };
  };

  it("registers an inmate, returns the full record to an admin and derives the domicile from the NIK", async () => {
    const p = person();
    const created = await t.post(base, p);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${base}/${created.body.id}`);
    expect(created.headers.get("location")).not.toContain(p.nik);
    expect(created.body).toMatchObject({
      nik: p.nik,
      birthDate: p.birthDate,
      domicileRegencyCode: null,
      domicile: "12.71",
      nikValidation: "unverified",
      personalDataMasked: false,
      revision: 1,
    });
    const read = await t.get(`${base}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(read.body.nik).toBe(p.nik);
  });

  it("audits the reading of personal data, and keeps the NIK and birth date out of the audit log", async () => {
    const p = person();
    const { body } = await t.post(base, p);
    await t.get(`${base}/${body.id}`);
    const entries = await t.db.selectFrom("auditLog").selectAll().where("resourceId", "=", body.id).execute();
    expect(entries.map((e) => e.action).sort()).toEqual(["create", "read-personal-data"]);
    const text = JSON.stringify(entries);
    expect(text).not.toContain(p.nik);
    expect(text).not.toContain(p.birthDate);
    expect(text).toContain(maskNik(p.nik));
  });

  it("masks NIK and birth date in lists, and on one read for a role without personal-data access", async () => {
    const p = person({ name: "Masked Person" });
    const { body } = await t.post(base, p);
    const list = await t.get(`${base}?q=masked`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      nik: maskNik(p.nik),
      birthDate: "1990-**-**",
      personalDataMasked: true,
    });
    expect(JSON.stringify(list.body)).not.toContain(p.nik);
    const viewer = await signInAs("viewer", org.facilityId);
    const one = await t.request("GET", `${base}/${body.id}`, { anonymous: true, headers: viewer });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      nik: maskNik(p.nik),
      birthDate: "1990-**-**",
      personalDataMasked: true,
    });
  });

  it("filters by facility, legal status, effective domicile and name, and walks pages with a cursor", async () => {
    const tag = "Filterable";
    await t.post(base, person({ name: `${tag} A`, legalStatus: "detainee" }));
    await t.post(base, person({ name: `${tag} B`, domicileRegencyCode: "12.07" }));
    await t.post(base, person({ name: `${tag} C`, facilityId: org.otherFacilityId }));
    const names = async (qs: string) =>
      (await t.get(`${base}?q=${tag}&${qs}`)).body.items.map((i: { name: string }) => i.name);
    expect(await names(`facilityId=${org.otherFacilityId}`)).toEqual([`${tag} C`]);
    expect(await names("legalStatus=detainee")).toEqual([`${tag} A`]);
    expect(await names("domicileRegencyCode=12.07")).toEqual([`${tag} B`]);
    expect(await names("domicileRegencyCode=12.71&sort=-name")).toEqual([`${tag} C`, `${tag} A`]);
    const first = await t.get(`${base}?q=${tag}&limit=2`);
    const second = await t.get(`${base}?q=${tag}&limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((i: { name: string }) => i.name)).toEqual([
      `${tag} A`,
      `${tag} B`,
      `${tag} C`,
    ]);
    expect((await t.get(`${base}?domicileRegencyCode=12`)).body.errors[0].field).toBe(
      "query.domicileRegencyCode",
    );
    expect((await t.get(`${base}?nik=1`)).status).toBe(400);
  });

  it("keeps facility staff to their own facility: others' inmates are not found", async () => {
    const mine = await t.post(base, person());
    const theirs = await t.post(base, person({ facilityId: org.otherFacilityId }));
    const staff = await signInAs("facility_staff", org.facilityId);
    const as = (method: string, path: string, body?: unknown) =>
      t.request(method, path, { anonymous: true, headers: staff, ...(body === undefined ? {} : { body }) });
    expect((await as("GET", `${base}/${mine.body.id}`)).status).toBe(200);
    expect((await as("GET", `${base}/${theirs.body.id}`)).status).toBe(404);
    expect((await as("PATCH", `${base}/${theirs.body.id}`, { name: "X" })).status).toBe(404);
    const list = await as("GET", `${base}?limit=200`);
    expect(list.body.items.every((i: { facilityId: string }) => i.facilityId === org.facilityId)).toBe(true);
    const elsewhere = await as("POST", base, person({ facilityId: org.otherFacilityId }));
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors[0].field).toBe("facilityId");
  });

  it("refuses a NIK that disagrees with birth date or sex with 422 naming nik, never echoing it", async () => {
    const before = await count();
    const p = person();
    for (const [body, code] of [
      [{ ...p, birthDate: "1990-05-18" }, "inmate/nik-birth-date-mismatch"],
      [{ ...p, sex: "female" }, "inmate/nik-sex-mismatch"],
      [{ ...p, nik: "12710517059" }, "inmate/nik-format"],
      [{ ...p, nik: `99${p.nik.slice(2)}` }, "inmate/nik-area"],
    ] as const) {
      const res = await t.post(base, body);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe(code);
      expect(res.body.errors[0].field).toBe("nik");
      expect(JSON.stringify(res.body)).not.toContain(body.nik);
      expect(JSON.stringify(res.body)).not.toContain(body.birthDate);
    }
    const typed = await t.post(base, { ...p, nik: Number(p.nik) });
    expect(typed.status).toBe(422);
    expect(typed.body.errors[0].field).toBe("nik");
    expect(JSON.stringify(typed.body)).not.toContain(p.nik.slice(0, 10));
    expect(await count()).toBe(before);
  });

  it("answers wrong types, unknown fields and impossible dates with 422 naming each field, creating nothing", async () => {
    const before = await count();
    const bad = await t.post(base, {
      ...person(),
      name: 42,
      sex: "x",
      admissionDate: "2023-02-30",
      legalStatus: "free",
      extra: 1,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "admissionDate",
      "extra",
      "legalStatus",
      "name",
      "sex",
    ]);
    const birth = await t.post(base, { ...person(), birthDate: "1990-02-30" });
    expect(birth.body.errors.map((e: { field: string }) => e.field)).toEqual(["birthDate"]);
    expect(JSON.stringify(birth.body)).not.toContain("1990-02-30");
    const order = await t.post(base, { ...person(), expectedReleaseDate: "2024-01-01" });
    expect([order.status, order.body.code, order.body.errors[0].field]).toEqual([
      422,
      "inmate/invalid-dates",
      "expectedReleaseDate",
    ]);
    const area = await t.post(base, { ...person(), domicileRegencyCode: "12.99" });
    expect([area.status, area.body.errors[0].field]).toEqual([422, "domicileRegencyCode"]);
    const facility = await t.post(base, { ...person(), facilityId: "00000000-0000-4000-8000-000000000000" });
    expect([facility.status, facility.body.errors[0].field]).toEqual([422, "facilityId"]);
    expect(await count()).toBe(before);
  });

  it("refuses a second inmate with the same NIK in one facility with 409, not echoing the NIK", async () => {
    const p = person();
    expect((await t.post(base, p)).status).toBe(201);
    const dup = await t.post(base, { ...person(), nik: p.nik });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe("conflict/duplicate");
    expect(JSON.stringify(dup.body)).not.toContain(p.nik);
    const elsewhere = await t.post(base, { ...person(), nik: p.nik, facilityId: org.otherFacilityId });
    expect(elsewhere.status).toBe(201);
  });

  it("updates with If-Match, rechecks the NIK, resets its validation, and refuses a stale If-Match", async () => {
    const p = person();
    const { body } = await t.post(base, { ...p, nikValidation: "valid" });
    const url = `${base}/${body.id}`;
    // Unverified: a disagreement is refused (a Dukcapil-validated one is kept and flagged: inmate-facts.test.ts).
    const mismatch = await t.patch(
      url,
      { birthDate: "1990-05-18", nikValidation: "unverified" },
      { "if-match": '"1"' },
    );
    expect([mismatch.status, mismatch.body.code, mismatch.body.errors[0].field]).toEqual([
      422,
      "inmate/nik-birth-date-mismatch",
      "nik",
    ]);
    const nik = makeNik({ districtCode: "12.07.01", birthDate: p.birthDate, sex: "male", serial: 5 });
    const ok = await t.patch(url, { nik, legalStatus: "detainee" }, { "if-match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ nik, domicile: "12.07", nikValidation: "unverified", revision: 2 });
    expect(ok.headers.get("etag")).toBe('"2"');
    const stale = await t.patch(url, { name: "Overwritten" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const bad = await t.patch(url, { admissionDate: "2023-02-30", extra: 1 }, anyRevision);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["admissionDate", "extra"]);
    const row = await t.db
      .selectFrom("inmates")
      .selectAll()
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      nik,
      name: p.name,
      legalStatus: "detainee",
      revision: 2,
      birthDate: p.birthDate,
    });
    const cleared = await t.patch(url, { nik: null, domicileRegencyCode: "12.71" }, anyRevision);
    expect(cleared.body).toMatchObject({ nik: null, domicile: "12.71" });
  });

  it("answers an unknown id with 404 and a non-uuid id with 400", async () => {
    expect((await t.get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await t.get(`${base}/nope`)).body.errors[0].field).toBe("path.id");
  });
});
