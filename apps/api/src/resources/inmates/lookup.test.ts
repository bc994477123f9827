import { insertTrainingFixture, type TrainingFixture } from "@sinergi/db/testing";
import { makeNik } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

describeApi("inmates looked up by NIK", (t) => {
  let org: TrainingFixture;
  const birthDate = "1988-03-09";
  const nik = makeNik({ districtCode: "12.71.05", birthDate, sex: "female", serial: 41 });
  let medanId = "";
  let salatigaId = "";
  const register = async (facilityId: string, registrationNumber: string) => {
    const res = await t.post("/api/v1/inmates", {
      facilityId,
      registrationNumber,
      name: "Siti Aminah",
      nik,
      sex: "female",
      birthDate,
      legalStatus: "convict",
      admissionDate: "2025-02-03",
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const as = async (role: "facility_admin" | "viewer", facilityId: string) => {
    const u = await t.createUser(role, { kind: "facility", facilityId });
    return { cookie: await t.sessionCookie(u.id), origin: "http://localhost" };
  };
  const lookups = async (id: string) =>
    (
      await t.db
        .selectFrom("auditLog")
        .select("actorId")
        .where("resourceId", "=", id)
        .where("action", "=", "lookup-by-nik")
        .execute()
    ).length;

  beforeAll(async () => {
    org = await insertTrainingFixture(t.db);
    // The same person held first in Salatiga, now in Medan.
    salatigaId = await register(org.otherFacilityId, "BI.7/2023");
    medanId = await register(org.facilityId, "BI.8/2025");
  });

  it("finds every record of a NIK for a national admin, masked, and audits each match", async () => {
    const res = await t.post("/api/v1/inmates/lookup", { nik });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: string }) => i.id).sort()).toEqual([medanId, salatigaId].sort());
    expect(JSON.stringify(res.body)).not.toContain(nik);
    expect(res.body.items[0]).toMatchObject({ personalDataMasked: true });
    expect(await lookups(medanId)).toBe(1);
    expect(await lookups(salatigaId)).toBe(1);
  });

  it("finds only the records inside a facility admin's scope", async () => {
    const res = await t.post("/api/v1/inmates/lookup", { nik }, await as("facility_admin", org.facilityId));
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([medanId]);
    expect(await lookups(salatigaId)).toBe(1);
  });

  it("refuses roles without personal-data access and malformed NIKs without repeating them", async () => {
    const viewer = await t.post("/api/v1/inmates/lookup", { nik }, await as("viewer", org.facilityId));
    expect(viewer.status).toBe(403);
    const wrong = `${nik.slice(0, 15)}x`;
    const bad = await t.post("/api/v1/inmates/lookup", { nik: wrong });
    expect([bad.status, bad.body.errors[0].field]).toEqual([422, "nik"]);
    expect(JSON.stringify(bad.body)).not.toContain(wrong);
    const none = await t.post("/api/v1/inmates/lookup", {
      nik: makeNik({ districtCode: "12.71.05", birthDate, sex: "female", serial: 42 }),
    });
    expect(none.body.items).toEqual([]);
  });

  it("refuses a NIK in the list's name search, which would put it in a URL", async () => {
    const res = await t.get(`/api/v1/inmates?q=${nik}`);
    expect([res.status, res.body.errors[0].field]).toEqual([400, "query.q"]);
    expect(JSON.stringify(res.body)).not.toContain(nik);
  });
});
