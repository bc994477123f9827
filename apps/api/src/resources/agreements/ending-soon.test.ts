import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { AGREEMENTS, agreementSuite } from "./agreement-suite.ts";

describeApi("counting the agreements ending soon", (t) => {
  const { org, draft, record } = agreementSuite(t);
  const asKey = (key: string) => ({ anonymous: true, headers: { authorization: `Bearer ${key}` } });
  const key = { national: "" };
  /** Counted as a national key: keys, unlike the suite's session, do not age with the pinned clock. */
  const counts = async (as = key.national) => t.request("GET", `${AGREEMENTS}/ending-soon`, asKey(as));
  const endingOn = async (endDate: string) => {
    const res = await record({ signedOn: "2024-12-20", startDate: "2025-01-01", endDate });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    key.national = await t.apiKey("viewer", { kind: "national" }, ["agreements:read"]);
    await endingOn("2026-12-04"); // today: 0 days left
    await endingOn("2026-12-11"); // 7 days left there (8 by UTC's date)
    await endingOn("2026-12-12"); // 8
    await endingOn("2027-01-03"); // 30
    await endingOn("2027-01-04"); // 31
    await endingOn("2027-03-04"); // 90
    await endingOn("2027-03-05"); // 91: active, not expiring
    await endingOn("2026-12-03"); // ended yesterday there
    await draft({ endDate: "2026-12-10" });
    // Then the clock is pinned: 17:00 UTC on 3 December is 01:00 on 4 December in Barabai (WITA).
    t.now = () => "2026-12-03T17:00:00.000Z";
  });

  it("counts each agreement's days left from today in its own zone, in the 0–7, 8–30 and 31–90 windows", async () => {
    const res = await counts();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ days0To7: 2, days8To30: 2, days31To90: 2 });
  });

  it("counts exactly the agreements the list shows as expiring", async () => {
    const n = (await counts()).body;
    const list = await t.request("GET", `${AGREEMENTS}?status=expiring&limit=200`, asKey(key.national));
    expect(list.body.items).toHaveLength(n.days0To7 + n.days8To30 + n.days31To90);
  });

  it("counts only what the caller may read, and needs agreements:read", async () => {
    const elsewhere = await t.apiKey("viewer", { kind: "facility", facilityId: org.jayapuraFacilityId }, [
      "agreements:read",
    ]);
    expect((await counts(elsewhere)).body).toEqual({ days0To7: 0, days8To30: 0, days31To90: 0 });
    const home = await t.apiKey("viewer", { kind: "facility", facilityId: org.facilityId }, [
      "agreements:read",
    ]);
    expect((await counts(home)).body).toEqual({
      days0To7: 2,
      days8To30: 2,
      days31To90: 2,
    });
    const none = await t.apiKey("viewer", { kind: "facility", facilityId: org.facilityId }, [
      "organisation:read",
    ]);
    expect((await counts(none)).status).toBe(403);
  });
});
