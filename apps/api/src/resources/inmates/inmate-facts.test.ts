import { insertTrainingFixture, type TrainingFixture } from "@sinergi/db/testing";
import { makeNik } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi, ifMatch } from "../../testing.ts";

describeApi("inmates as the facility knows them", (t) => {
  const base = "/api/v1/inmates";
  let org: TrainingFixture;
  let serial = 500;
  beforeAll(async () => {
    org = await insertTrainingFixture(t.db);
  });
  const person = (over: Record<string, unknown> = {}, districtCode = "12.71.05") => {
    serial += 1;
    const birthDate = (over.birthDate as string | undefined) ?? "1990-05-17";
    const sex = (over.sex as "male" | "female" | undefined) ?? "male";
    return {
      facilityId: org.facilityId,
      registrationNumber: `F.${serial}/2024`,
      name: `Yohanes ${serial}`,
      nik: makeNik({ districtCode, birthDate, sex, serial }),
      sex,
      birthDate,
      legalStatus: "convict",
      admissionDate: "2024-06-03",
      ...over,
    };
  };

  it("says where the domicile comes from, and reads a pre-2022 Merauke NIK as Papua Selatan's 93.01", async () => {
    const fromNik = await t.post(base, person({}, "91.01.02"));
    expect(fromNik.status).toBe(201);
    expect(fromNik.body).toMatchObject({
      domicileRegencyCode: null,
      domicile: "93.01",
      domicileSource: "nik",
    });
    const recorded = await t.post(base, person({ domicileRegencyCode: "94.04" }, "91.01.02"));
    expect(recorded.body).toMatchObject({ domicile: "94.04", domicileSource: "record" });
    const { nik: _n, ...noNik } = person();
    const unknown = await t.post(base, noNik);
    expect(unknown.body).toMatchObject({ domicile: null, domicileSource: null });
    const listed = await t.get(`${base}?facilityId=${org.facilityId}&domicileRegencyCode=93.01&limit=100`);
    const ids = listed.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(fromNik.body.id);
    expect(ids).not.toContain(recorded.body.id);
  });

  it("refuses a NIK whose province does not exist (20, 50, 97), naming nik and never echoing it", async () => {
    for (const province of ["20", "50", "97"]) {
      const p = person({}, `${province}.01.01`);
      const res = await t.post(base, p);
      expect([res.status, res.body.code, res.body.errors?.[0]?.field ?? res.body.field]).toEqual([
        422,
        "inmate/nik-area",
        "nik",
      ]);
      expect(JSON.stringify(res.body)).not.toContain(p.nik);
    }
  });

  it("keeps a Dukcapil-validated NIK that disagrees with the record and flags it, masked lists included", async () => {
    const p = person({ birthDate: "1990-05-17" });
    const created = await t.post(base, { ...p, birthDate: "1990-05-27", nikValidation: "valid" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ nikValidation: "valid", nikDiscrepancies: ["birthDate"] });
    const listed = await t.get(`${base}?facilityId=${org.facilityId}&q=${encodeURIComponent(p.name)}`);
    expect(listed.body.items[0]).toMatchObject({ personalDataMasked: true, nikDiscrepancies: ["birthDate"] });
    const refused = await t.post(base, { ...person({ birthDate: "1990-05-17" }), birthDate: "1990-05-27" });
    expect([refused.status, refused.body.code]).toEqual([422, "inmate/nik-birth-date-mismatch"]);
    const fixed = await t.patch(
      `${base}/${created.body.id}`,
      { birthDate: "1990-05-17" },
      ifMatch(created.body),
    );
    expect(fixed.status).toBe(200);
    expect(fixed.body.nikDiscrepancies).toEqual([]);
  });

  it("computes the ½ and ⅔ dates and the expected release from the sentence facts, and updates them", async () => {
    const sentence = {
      startDate: "2024-04-22",
      length: { years: 3, months: 0, days: 0 },
      remissions: [{ grantedOn: "2025-08-17", months: 1, days: 0 }],
    };
    const created = await t.post(base, person({ sentence }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      sentence,
      expectedReleaseDate: "2027-03-22",
      sentenceDates: {
        fullTermEnd: "2027-04-22",
        remissionDays: 31,
        halfServedOn: "2025-09-21", // 548 of 1,095 days, less 31
        twoThirdsServedOn: "2026-03-22", // 730 of 1,095 days, less 31
        expectedRelease: "2027-03-22",
      },
    });
    const both = await t.post(base, person({ sentence, expectedReleaseDate: "2027-01-01" }));
    expect([both.status, both.body.code]).toEqual([422, "inmate/invalid-dates"]);
    const url = `${base}/${created.body.id}`;
    const more = await t.patch(
      url,
      {
        sentence: {
          ...sentence,
          remissions: [...sentence.remissions, { grantedOn: "2025-12-25", months: 0, days: 15 }],
        },
      },
      ifMatch(created.body),
    );
    expect(more.status).toBe(200);
    expect(more.body.expectedReleaseDate).toBe("2027-03-07");
    const byHand = await t.patch(url, { expectedReleaseDate: "2027-01-01" }, ifMatch(more.body));
    expect([byHand.status, byHand.body.code]).toEqual([422, "inmate/invalid-dates"]);
    const cleared = await t.patch(url, { sentence: null }, ifMatch(more.body));
    expect(cleared.body).toMatchObject({
      sentence: null,
      sentenceDates: null,
      expectedReleaseDate: "2027-03-07",
    });
  });

  it("refuses sentence facts that cannot be, naming the field", async () => {
    const empty = await t.post(
      base,
      person({ sentence: { startDate: "2024-01-01", length: { years: 0, months: 0, days: 0 } } }),
    );
    expect([empty.status, empty.body.code]).toEqual([422, "inmate/invalid-sentence"]);
    const bad = await t.post(
      base,
      person({ sentence: { startDate: "2024-02-30", length: { years: -1, months: 0 } } }),
    );
    expect(bad.status).toBe(422);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(["sentence.startDate", "sentence.length.years", "sentence.length.days"]),
    );
  });
});
