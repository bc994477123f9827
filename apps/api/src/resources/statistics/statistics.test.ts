import { seedDemoData } from "@sinergi/db";
import { makeNik, type Permission, RESIDENT_MEASURES, rolePermissions } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

type Counts = Record<(typeof RESIDENT_MEASURES)[number], number | null>;

describeApi("residents' statistics", (t) => {
  let medan: string;
  let salatiga: string;
  let partnerKey: Record<string, string>;

  beforeAll(async () => {
    await seedDemoData(t.db, { now: t.now() });
    const idOf = async (table: "facilities" | "partners", name: string) =>
      (await t.db.selectFrom(table).select("id").where("name", "ilike", name).executeTakeFirstOrThrow()).id;
    medan = await idOf("facilities", "%Rutan%Medan%");
    salatiga = await idOf("facilities", "%Salatiga%");
    const pemko = await idOf("partners", "Pemerintah Kota Medan");
    const permissions = [...rolePermissions("partner_system")] as Permission[];
    partnerKey = {
      authorization: `Bearer ${await t.apiKey("partner_system", { kind: "partner", partnerId: pemko }, permissions)}`,
    };
    // Three Kota Medan residents, all male convicts, held in Salatiga from 5 January 2026.
    for (const serial of [931, 932, 933]) {
      const birthDate = "1991-03-14";
      const res = await t.post("/api/v1/inmates", {
        facilityId: salatiga,
        registrationNumber: `BI.${serial}/2026`,
        name: `Warga ${serial}`,
        nik: makeNik({ districtCode: "12.71.02", birthDate, sex: "male", serial }),
        sex: "male",
        birthDate,
        legalStatus: "convict",
        admissionDate: "2026-01-05",
      });
      expect(res.status).toBe(201);
    }
  });

  const registeredIn = (body: { facilities: { facilityId: string; registered: number }[] }, id: string) =>
    body.facilities.find((f) => f.facilityId === id)?.registered ?? 0;

  it("counts as of the day asked: an admission shows from its day on", async () => {
    const before = await t.get("/api/v1/statistics/residents?areaCode=12.71&on=2026-01-04");
    const after = await t.get("/api/v1/statistics/residents?areaCode=12.71&on=2026-01-05");
    expect([before.status, after.status]).toEqual([200, 200]);
    expect(registeredIn(after.body, salatiga) - registeredIn(before.body, salatiga)).toBe(3);
    expect(after.body.total.registered - before.body.total.registered).toBe(3);
    expect(before.body.on).toBe("2026-01-04");
  });

  it("gives admins exact counts, including the small ones", async () => {
    const res = await t.get("/api/v1/statistics/residents?areaCode=12.71&on=2026-01-05");
    const inSalatiga = res.body.facilities.find((f: { facilityId: string }) => f.facilityId === salatiga);
    expect(inSalatiga).toMatchObject({ registered: 3, detainees: 0, convicts: 3, male: 3, female: 0 });
    expect(res.body.suppressedBelow).toBe(null);
  });

  it("shows a partner no small count and no zero that tells what a withheld group all are", async () => {
    const res = await t.get("/api/v1/statistics/residents?on=2026-01-05", partnerKey);
    expect(res.status).toBe(200);
    expect(res.body.facilities.map((f: { facilityId: string }) => f.facilityId)).toEqual([medan]);
    // Before, this row read registered:null, detainees:0, convicts:null, female:0: all three male convicts.
    expect(res.body.otherFacilities).toMatchObject({
      registered: null,
      detainees: null,
      convicts: null,
      male: null,
      female: null,
    });
    const rows: Counts[] = [...res.body.facilities, res.body.otherFacilities, res.body.total];
    for (const row of rows) {
      for (const m of RESIDENT_MEASURES)
        expect(row[m] === null || row[m] === 0 || (row[m] ?? 0) >= 5).toBe(true);
      if (row.registered !== null) continue;
      for (const [a, b] of [
        [row.detainees, row.convicts],
        [row.male, row.female],
      ])
        expect((a === 0 && b === null) || (b === 0 && a === null)).toBe(false);
    }
  });

  it("reads censuses without a detainee/convict split and still withholds a small residents count", async () => {
    // Salatiga's count gives totals and domicile only: 3 Kota Medan residents among 120.
    const census = await t.post(`/api/v1/facilities/${salatiga}/population-snapshots`, {
      takenOn: "2026-01-06",
      total: 120,
      byDomicile: [
        { regencyCode: "12.71", count: 3 },
        { regencyCode: "33.73", count: 90 },
      ],
    });
    expect([census.status, census.body.detainees, census.body.convicts]).toEqual([201, null, null]);
    const admin = await t.get("/api/v1/statistics/residents?areaCode=12.71&on=2026-01-06");
    const row = (body: { facilities: { facilityId: string }[] }, id: string) =>
      body.facilities.find((f) => f.facilityId === id) as { population: unknown } | undefined;
    expect(row(admin.body, salatiga)?.population).toEqual({
      takenOn: "2026-01-06",
      total: 120,
      residents: 3,
    });
    expect(row(admin.body, medan)?.population).toMatchObject({ total: 3290, residents: 2340 });
    const partner = await t.get("/api/v1/statistics/residents?on=2026-01-06", partnerKey);
    expect(row(partner.body, medan)?.population).toMatchObject({ total: 3290, residents: 2340 });
    expect(JSON.stringify(partner.body)).not.toContain('"residents":3,');
  });
});
