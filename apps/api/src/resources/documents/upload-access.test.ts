import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import type { Permission, Role } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { PDF_BYTES } from "../agreements/fixtures.ts";

/** Who may upload: the permission of writing what the document is for. */
describeApi("document uploads by purpose", (t) => {
  let org: OrgFixture;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db, { home: "barabai" });
  });
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("documents")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const asRole = async (role: Role) => {
    const user = await t.createUser(role, { kind: "facility", facilityId: org.facilityId });
    return { cookie: await t.sessionCookie(user.id), origin: "http://localhost" };
  };
  const upload = async (purpose: string, who: Record<string, string>) => {
    const res = await t.app.request(`/api/v1/documents?purpose=${purpose}&fileName=scan.pdf`, {
      method: "POST",
      body: PDF_BYTES,
      headers: { ...who, "content-type": "application/pdf" },
    });
    const body = (await res.json()) as { permission?: string };
    return { status: res.status, body };
  };

  it.each([
    ["facility_admin", "licence", 201],
    ["facility_admin", "signed_agreement", 201],
    ["facility_admin", "evidence", 201],
    ["facility_staff", "licence", 403],
    ["facility_staff", "signed_agreement", 403],
    ["viewer", "licence", 403],
    ["viewer", "addendum", 403],
  ] as const)("answers a %s uploading a %s scan with %i", async (role, purpose, status) => {
    const before = await count();
    const res = await upload(purpose, await asRole(role));
    expect(res.status).toBe(status);
    expect(await count()).toBe(before + (status === 201 ? 1 : 0));
  });

  it("lets a key with only the licence-writing permission upload a licence scan, not an agreement's", async () => {
    const keyOf = async (permissions: Permission[]) => ({
      authorization: `Bearer ${await t.apiKey("facility_admin", { kind: "facility", facilityId: org.facilityId }, permissions)}`,
    });
    const organisation = await keyOf(["organisation:read", "organisation:write"]);
    expect((await upload("licence", organisation)).status).toBe(201);
    const before = await count();
    const refused = await upload("signed_agreement", organisation);
    expect(refused.status).toBe(403);
    expect(refused.body.permission).toBe("agreements:write");
    const agreements = await keyOf(["agreements:read", "agreements:write"]);
    expect((await upload("signed_agreement", agreements)).status).toBe(201);
    const licence = await upload("licence", agreements);
    expect(licence.status).toBe(403);
    expect(licence.body.permission).toBe("organisation:write");
    expect(await count()).toBe(before + 1);
  });

  it("documents the rule in the OpenAPI document: either permission admits, the purpose decides", async () => {
    const doc = (await t.get("/api/openapi.json")).body;
    const op = doc.paths["/api/v1/documents"].post;
    expect(op["x-sinergi-access"]).toMatchObject({
      rule: "any-permission",
      permissions: ["agreements:write", "organisation:write"],
      roles: ["national_admin", "regional_admin", "facility_admin"],
    });
    expect(op.description).toContain("a licence scan needs `organisation:write`");
  });
});
