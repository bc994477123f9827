import { seedDemoData } from "@sinergi/db";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

describeApi("inmate record export", (t) => {
  let inmateId: string;
  let facilityId: string;

  beforeAll(async () => {
    await seedDemoData(t.db, { now: new Date().toISOString() });
    const row = await t.db
      .selectFrom("certificates")
      .innerJoin("enrollments", "enrollments.id", "certificates.enrollmentId")
      .innerJoin("inmates", "inmates.id", "enrollments.inmateId")
      .select(["inmates.id", "inmates.facilityId"])
      .executeTakeFirstOrThrow();
    inmateId = row.id;
    facilityId = row.facilityId;
  });

  it("gives an admin the whole record, including who read it, and audits the export", async () => {
    await t.get(`/api/v1/inmates/${inmateId}`);
    const res = await t.get(`/api/v1/inmates/${inmateId}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    expect(res.body.inmate.personalDataMasked).toBe(false);
    expect(res.body.enrollments.length).toBeGreaterThan(0);
    expect(res.body.enrollments[0].attendance.length).toBeGreaterThan(0);
    expect(res.body.certificates.length).toBe(1);
    expect(res.body.audit.map((a: { action: string }) => a.action)).toContain("read-personal-data");
    const again = await t.get(`/api/v1/inmates/${inmateId}/export`);
    expect(again.body.audit.map((a: { action: string }) => a.action)).toContain("export");
  });

  it("is refused to staff (403) and hidden outside the admin's facility (404)", async () => {
    const staff = await t.createUser("facility_staff", { kind: "facility", facilityId });
    const staffRes = await t.request("GET", `/api/v1/inmates/${inmateId}/export`, {
      anonymous: true,
      headers: { cookie: await t.sessionCookie(staff.id) },
    });
    expect(staffRes.status).toBe(403);
    const other = await t.db
      .selectFrom("facilities")
      .select("id")
      .where("id", "<>", facilityId)
      .executeTakeFirstOrThrow();
    const admin = await t.createUser("facility_admin", { kind: "facility", facilityId: other.id });
    const otherRes = await t.request("GET", `/api/v1/inmates/${inmateId}/export`, {
      anonymous: true,
      headers: { cookie: await t.sessionCookie(admin.id) },
    });
    expect(otherRes.status).toBe(404);
  });
});
