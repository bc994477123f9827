import type { Scope } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { loadDemoDataOnFirstStart } from "./demo.ts";
import { describeApi } from "./testing.ts";

/** Issue 10 on the demo data as the API answers it: agreements above the facility, and a Papua NIK. */

const v1 = "/api/v1";

describeApi("demo data above the facility and a Papua inmate", (t) => {
  const as: Record<string, Record<string, string>> = {};
  const lines: Record<string, unknown>[] = [];
  const user = async (name: string, scope: Scope) => {
    const u = await t.createUser(scope.kind === "regional" ? "regional_admin" : "facility_admin", scope);
    as[name] = { cookie: await t.sessionCookie(u.id), origin: "http://localhost" };
  };
  const get = (who: string, path: string) =>
    t.request("GET", `${v1}${path}`, { anonymous: true, headers: { ...as[who] } });
  const agreementNamed = async (title: string) =>
    (
      await t.db
        .selectFrom("agreements")
        .select("id")
        .where("title", "ilike", `%${title}%`)
        .executeTakeFirstOrThrow()
    ).id;

  const facility = async (name: string) =>
    (await t.db.selectFrom("facilities").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
  let sumut = "";

  beforeAll(async () => {
    await loadDemoDataOnFirstStart(t.db, (line) => lines.push(line));
    sumut = (
      await t.db
        .selectFrom("regionalOffices")
        .select("id")
        .where("provinceCode", "=", "12")
        .executeTakeFirstOrThrow()
    ).id;
    await user("barabai", { kind: "facility", facilityId: await facility("Rutan Barabai") });
    await user("medan", { kind: "facility", facilityId: await facility("Rutan Medan") });
    await user("salatiga", { kind: "facility", facilityId: await facility("Rutan Salatiga") });
    await user("sumut", { kind: "regional", regionalOfficeId: sumut });
  });

  it("answers the Merauke-born inmate's domicile from the NIK under today's code, and says so", async () => {
    expect(lines).toHaveLength(1);
    const { id } = await t.db
      .selectFrom("inmates")
      .select("id")
      .where("name", "=", "Yohanes Gebze")
      .executeTakeFirstOrThrow();
    const res = await get("barabai", `/inmates/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ domicileRegencyCode: null, domicile: "93.01", domicileSource: "nik" });
    expect((await get("medan", `/inmates/${id}`)).status).toBe(404);
  });

  it("lets every facility read the national MoU, and shows Medan's PKS citing it", async () => {
    const mou = await agreementNamed("Sertifikasi Kompetensi Kerja bagi Warga Binaan");
    for (const who of ["medan", "salatiga", "barabai", "sumut"]) {
      const res = await get(who, `/agreements/${mou}`);
      expect(res.status, who).toBe(200);
      expect(res.body).toMatchObject({
        kind: "mou",
        facilityId: null,
        regionalOfficeId: null,
        state: "signed",
      });
    }
    const medan = await get("medan", `/agreements?kind=pks&facilityId=${await facility("Rutan Medan")}`);
    expect(medan.status).toBe(200);
    expect(medan.body.items.map((a: { parentMouId: string | null }) => a.parentMouId)).toContain(mou);
  });

  it("lets Kanwil Sumatera Utara's own PKS be read by it and its facilities, not by another province's", async () => {
    const pks = await agreementNamed("Kompetensi Instruktur Pembinaan Kemandirian");
    const res = await get("sumut", `/agreements/${pks}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "pks",
      facilityId: null,
      regionalOfficeId: sumut,
      signedOn: "2025-06-12",
    });
    expect((await get("medan", `/agreements/${pks}`)).status).toBe(200);
    expect((await get("salatiga", `/agreements/${pks}`)).status).toBe(404);
  });
});
