import { STANDARD_COOPERATION_FIELDS } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { AGREEMENTS, agreementSuite } from "./agreement-suite.ts";

type Row = {
  kind: string;
  id: string;
  name: string;
  regionalOfficeId: string;
  facilities: number;
  covered: Record<string, number>;
};

const zeros = Object.fromEntries(STANDARD_COOPERATION_FIELDS.map((f) => [f, 0]));

describeApi("the coverage matrix", (t) => {
  const { org, draft, record } = agreementSuite(t);
  const asKey = (key: string) => ({ anonymous: true, headers: { authorization: `Bearer ${key}` } });

  beforeAll(async () => {
    // In force (2024-03-05 .. 2027-03-04): health and literacy, plus a field outside the standard eight.
    expect((await record({ fields: ["health", "literacy", "environment"] })).status).toBe(201);
    // Ended in 2024, a draft, and one not yet started: none of their fields is covered today.
    const ended = await record({
      fields: ["manpower"],
      signedOn: "2022-12-01",
      startDate: "2023-01-01",
      endDate: "2024-01-01",
    });
    expect(ended.status).toBe(201);
    await draft({ fields: ["religion"] });
    const upcoming = await record({
      fields: ["agriculture"],
      startDate: "2099-01-01",
      endDate: "2100-01-01",
    });
    expect(upcoming.status).toBe(201);
  });

  it("names, for each facility in scope, the standard fields its own agreements in force cover", async () => {
    const res = await t.get("/api/v1/coverage");
    expect(res.status).toBe(200);
    expect(res.body.fields).toEqual([...STANDARD_COOPERATION_FIELDS]);
    const rows = res.body.rows as Row[];
    const barabai = rows.find((r) => r.id === org.facilityId);
    const jayapura = rows.find((r) => r.id === org.jayapuraFacilityId);
    expect(barabai).toMatchObject({
      kind: "facility",
      facilities: 1,
      regionalOfficeId: org.regionalOfficeId,
    });
    expect(barabai?.covered).toEqual({ ...zeros, health: 1, literacy: 1 });
    expect(jayapura?.covered).toEqual(zeros);
  });

  it("agrees with the agreements list's own status today, facility by facility", async () => {
    const rows = (await t.get("/api/v1/coverage")).body.rows as Row[];
    for (const row of rows) {
      const fields = new Set<string>();
      for (const status of ["active", "expiring"]) {
        const page = await t.get(`${AGREEMENTS}?facilityId=${row.id}&status=${status}&limit=200`);
        for (const a of page.body.items as { facilityId: string; fields: string[] }[])
          if (a.facilityId === row.id) for (const f of a.fields) fields.add(f);
      }
      const covered = STANDARD_COOPERATION_FIELDS.filter((f) => row.covered[f] === 1);
      expect(covered).toEqual(STANDARD_COOPERATION_FIELDS.filter((f) => fields.has(f)));
    }
  });

  it("sums a regional office's facilities on one row when grouped by office, and filters by office", async () => {
    const res = await t.get("/api/v1/coverage?groupBy=regionalOffice");
    expect(res.status).toBe(200);
    const office = (res.body.rows as Row[]).find((r) => r.id === org.regionalOfficeId);
    expect(office).toMatchObject({ kind: "regionalOffice", regionalOfficeId: org.regionalOfficeId });
    const own = (await t.get(`/api/v1/coverage?regionalOfficeId=${org.regionalOfficeId}`)).body.rows as Row[];
    expect(own.map((r) => r.regionalOfficeId)).toEqual(own.map(() => org.regionalOfficeId));
    expect(office?.facilities).toBe(own.length);
    expect(office?.covered.health).toBe(own.filter((r) => r.covered.health === 1).length);
    expect(office?.covered.health).toBeGreaterThanOrEqual(1);
  });

  it("shows a facility's key only its own facility, and the agreements it may read", async () => {
    const key = await t.apiKey("viewer", { kind: "facility", facilityId: org.jayapuraFacilityId }, [
      "agreements:read",
    ]);
    const res = await t.request("GET", "/api/v1/coverage", asKey(key));
    expect(res.status).toBe(200);
    expect((res.body.rows as Row[]).map((r) => r.id)).toEqual([org.jayapuraFacilityId]);
    const refused = await t.apiKey("viewer", { kind: "facility", facilityId: org.facilityId }, [
      "organisation:read",
    ]);
    expect((await t.request("GET", "/api/v1/coverage", asKey(refused))).status).toBe(403);
  });

  it("refuses an unknown grouping or an office id that is not one, naming the parameter", async () => {
    const bad = await t.get("/api/v1/coverage?groupBy=province");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("query.groupBy");
    const id = await t.get("/api/v1/coverage?regionalOfficeId=kanwil-1");
    expect(id.status).toBe(400);
    expect(id.body.errors[0].field).toBe("query.regionalOfficeId");
  });
});
