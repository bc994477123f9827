import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";

type Item = { id: string; facilityId: string; facilityName: string; expiresOn: string | null };

describeApi("licences across the facilities in scope", (t) => {
  const f = { salatiga: "", blora: "", jayapura: "" };
  let papua = "";
  const key = { national: "", papua: "", salatiga: "" };

  /** A granted licence straight in the table, ending on `expiresOn`. */
  const licence = async (facilityId: string, expiresOn: string | null, status = "granted") => {
    const id = randomUUID();
    const at = new Date().toISOString();
    await t.db
      .insertInto("facilityLicences")
      .values({
        id,
        facilityId,
        type: "primary_clinic",
        number: status === "granted" ? `N-${id.slice(0, 6)}` : null,
        issuer: "Dinas Kesehatan",
        status,
        appliedOn: "2024-01-01",
        grantedOn: status === "granted" ? "2024-02-01" : null,
        expiresOn,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    return id;
  };
  const list = async (k: string, q: string) => {
    const res = await t.request("GET", `/api/v1/licences?${q}`, {
      anonymous: true,
      headers: { authorization: `Bearer ${k}` },
    });
    return res;
  };
  const ids = (items: Item[]) => items.map((x) => x.id);

  beforeAll(async () => {
    const jateng = await t.post("/api/v1/regional-offices", {
      name: "Kanwil Jawa Tengah",
      provinceCode: "33",
    });
    const papuaRo = await t.post("/api/v1/regional-offices", { name: "Kanwil Papua", provinceCode: "91" });
    papua = papuaRo.body.id;
    const facility = async (regionalOfficeId: string, name: string, regencyCode: string) =>
      (
        await t.post("/api/v1/facilities", {
          regionalOfficeId,
          kind: "rutan",
          class: "IIB",
          name,
          regencyCode,
        })
      ).body.id as string;
    f.salatiga = await facility(jateng.body.id, "Rutan Kelas IIB Salatiga", "33.73");
    f.blora = await facility(jateng.body.id, "Rutan Kelas IIB Blora", "33.16");
    f.jayapura = await facility(papua, "Lapas Kelas IIA Jayapura", "91.71");
    key.national = await t.apiKey("viewer", { kind: "national" }, ["organisation:read"]);
    key.papua = await t.apiKey("viewer", { kind: "regional", regionalOfficeId: papua }, [
      "organisation:read",
    ]);
    key.salatiga = await t.apiKey("viewer", { kind: "facility", facilityId: f.salatiga }, [
      "organisation:read",
    ]);
  });

  it("lists every facility's licences for a national viewer, and only its own scope's for the others", async () => {
    const s = await licence(f.salatiga, "2030-01-01");
    const b = await licence(f.blora, "2030-01-01");
    const j = await licence(f.jayapura, "2030-01-01");
    const all = await list(key.national, "limit=200");
    expect(all.status).toBe(200);
    expect(ids(all.body.items)).toEqual(expect.arrayContaining([s, b, j]));
    const inPapua = ids((await list(key.papua, "limit=200")).body.items);
    expect(inPapua).toContain(j);
    expect(inPapua).not.toContain(s);
    expect(inPapua).not.toContain(b);
    const own = (await list(key.salatiga, "limit=200")).body.items as Item[];
    expect(ids(own)).toContain(s);
    expect(own.every((x) => x.facilityId === f.salatiga)).toBe(true);
    expect(own[0]?.facilityName).toBe("Rutan Kelas IIB Salatiga");
  });

  it("keeps the licences ending within N days in each facility's own time zone, soonest first", async () => {
    // 16:30 UTC: 23:30 on day D in Salatiga (WIB), already 01:30 on D + 1 in Jayapura (WIT).
    const day = new Date().toISOString().slice(0, 10);
    t.now = () => `${day}T16:30:00.000Z`;
    try {
      const plus = (n: number) => {
        const d = new Date(`${day}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + n);
        return d.toISOString().slice(0, 10);
      };
      const salatigaEdge = await licence(f.salatiga, plus(31)); // D + 31: one day too far in WIB
      const jayapuraEdge = await licence(f.jayapura, plus(31)); // (D + 1) + 30 in WIT: inside
      const soon = await licence(f.blora, plus(3));
      const past = await licence(f.blora, plus(-10)); // ended, never renewed: still to act on
      const applied = await licence(f.blora, plus(5), "applied");
      const res = await list(key.national, "expiresWithinDays=30&status=granted&sort=expiresOn&limit=200");
      expect(res.status).toBe(200);
      const found = ids(res.body.items);
      expect(found).toContain(jayapuraEdge);
      expect(found).not.toContain(salatigaEdge);
      expect(found).toContain(soon);
      expect(found).toContain(past);
      expect(found).not.toContain(applied);
      expect(found.indexOf(past)).toBeLessThan(found.indexOf(soon));
      const dates = (res.body.items as Item[]).map((x) => x.expiresOn ?? "");
      expect(dates).toEqual([...dates].sort());
      const ended = (res.body.items as (Item & { statusToday: string })[]).find((x) => x.id === past);
      expect(ended?.statusToday).toBe("expired");
    } finally {
      t.now = () => new Date().toISOString();
    }
  });

  it("pages by expiry date with a cursor, every licence once", async () => {
    for (let i = 0; i < 5; i++) await licence(f.jayapura, `2031-0${1 + i}-01`);
    await licence(f.jayapura, null);
    const seen: string[] = [];
    let cursor = "";
    for (let i = 0; i < 20; i++) {
      const res = await list(key.papua, `sort=expiresOn&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      seen.push(...ids(res.body.items));
      expect((res.body.items as Item[]).every((x) => x.expiresOn !== null)).toBe(true);
      if (!res.body.nextCursor) break;
      cursor = encodeURIComponent(res.body.nextCursor);
    }
    expect(new Set(seen).size).toBe(seen.length);
    const total = await t.db
      .selectFrom("facilityLicences")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("facilityId", "=", f.jayapura)
      .where("expiresOn", "is not", null)
      .executeTakeFirstOrThrow();
    expect(seen).toHaveLength(Number(total.n));
  });

  it("refuses a bad number of days or order, naming the parameter", async () => {
    for (const [q, field] of [
      ["expiresWithinDays=-1", "expiresWithinDays"],
      ["expiresWithinDays=ninety", "expiresWithinDays"],
      ["expiresWithinDays=99999", "expiresWithinDays"],
      ["sort=issuer", "sort"],
    ] as const) {
      const res = await list(key.national, q);
      expect(res.status, q).toBe(400);
      expect(res.body.errors[0].field, q).toContain(field);
    }
  });
});
