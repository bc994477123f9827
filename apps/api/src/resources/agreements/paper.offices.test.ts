import { insertOrgFixture } from "@sinergi/db/testing";
import { expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { AGREEMENTS, agreementSuite } from "./agreement-suite.ts";

/** Agreements signed above the facility: a regional office's PKS and a national MoU framing facility PKS. */
describeApi("agreements on paper above the facility", (t) => {
  const base = AGREEMENTS;
  const { org, pks, record } = agreementSuite(t);
  it("lets a regional office sign a PKS, read in its province's zone", async () => {
    const res = await record({ facilityId: undefined, regionalOfficeId: org.regionalOfficeId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      facilityId: null,
      regionalOfficeId: org.regionalOfficeId,
      timeZone: "Asia/Makassar",
    });
  });

  it("holds a national MoU that frames facility PKS, which every facility reads but none edits", async () => {
    const mou = await t.post(base, {
      kind: "mou",
      title: "Nota Kesepahaman Ditjenpas dan BNSP",
      partnerIds: [org.partnerIds[1]],
      fields: ["manpower"],
    });
    expect(mou.status).toBe(201);
    expect(mou.body).toMatchObject({ facilityId: null, regionalOfficeId: null, timeZone: "Asia/Jakarta" });
    const child = await t.post(base, pks({ parentMouId: mou.body.id }));
    expect(child.status).toBe(201);
    const away = await insertOrgFixture(t.db);
    const admin = await t.createUser("facility_admin", { kind: "facility", facilityId: away.facilityId });
    const as = { cookie: await t.sessionCookie(admin.id), origin: "http://localhost" };
    const read = await t.request("GET", `${base}/${mou.body.id}`, { headers: as, anonymous: true });
    expect(read.status).toBe(200);
    const listed = await t.request("GET", `${base}?kind=mou&limit=200`, { headers: as, anonymous: true });
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(mou.body.id);
    const edit = await t.request("PATCH", `${base}/${mou.body.id}`, {
      body: { title: "x" },
      headers: { ...as, "if-match": "*" },
      anonymous: true,
    });
    // It reads the MoU, so a change is refused as not allowed (403), not hidden.
    expect(edit.status).toBe(403);
    const national = await t.post(base, { ...pks(), facilityId: undefined });
    expect(national.status).toBe(422);
    expect(national.body.code).toBe("agreement/invalid-parties");
  });
});
