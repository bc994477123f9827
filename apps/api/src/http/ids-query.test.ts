import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../testing.ts";

/**
 * `ids` on the partners and facilities lists: a page of agreements or visits names its rows' partners and
 * facilities in one request, however large the register, and never beyond the caller's scope.
 */
describeApi("lists by ids", (t) => {
  const facilities: string[] = [];
  const partners: string[] = [];
  let facilityKey = "";

  beforeAll(async () => {
    const ro = await t.post("/api/v1/regional-offices", { name: "Kanwil Maluku", provinceCode: "81" });
    for (const name of ["Rutan Kelas IIB Masohi", "Lapas Kelas III Saumlaki", "Rutan Kelas IIB Tual"])
      facilities.push(
        (
          await t.post("/api/v1/facilities", {
            regionalOfficeId: ro.body.id,
            kind: "rutan",
            class: "IIB",
            name,
            regencyCode: "81.01",
          })
        ).body.id,
      );
    for (const name of [
      "Pemerintah Kabupaten Maluku Tengah",
      "Pemerintah Kota Tual",
      "Pemerintah Kota Ambon",
    ])
      partners.push(
        (await t.post("/api/v1/partners", { kind: "local_government", name, areaCode: "81.01" })).body.id,
      );
    facilityKey = await t.apiKey("viewer", { kind: "facility", facilityId: facilities[0] as string }, [
      "organisation:read",
    ]);
  });

  const ids = (body: { items: { id: string }[] }) => body.items.map((x) => x.id).sort();

  it("lists only the records named, in the list's own order", async () => {
    const wanted = [facilities[2], facilities[0]] as string[];
    const res = await t.get(`/api/v1/facilities?ids=${wanted.join(",")}`);
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([...wanted].sort());
    expect(res.body.items.map((x: { name: string }) => x.name)).toEqual([
      "Rutan Kelas IIB Masohi",
      "Rutan Kelas IIB Tual",
    ]);
    const some = await t.get(`/api/v1/partners?ids=${partners[1]},${partners[2]}`);
    expect(ids(some.body)).toEqual([partners[1], partners[2]].sort());
  });

  it("leaves out an id outside the caller's scope or unknown, as any list does", async () => {
    const unknown = randomUUID();
    const res = await t.request("GET", `/api/v1/facilities?ids=${facilities.join(",")},${unknown}`, {
      anonymous: true,
      headers: { authorization: `Bearer ${facilityKey}` },
    });
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([facilities[0]]);
  });

  it("refuses ids that are not ids, or too many, naming the parameter", async () => {
    const many = Array.from({ length: 201 }, () => randomUUID()).join(",");
    for (const q of ["ids=", "ids=abc", `ids=${partners[0]},,`, `ids=${many}`]) {
      const res = await t.get(`/api/v1/partners?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.errors[0].field, q).toBe("query.ids");
    }
  });
});
