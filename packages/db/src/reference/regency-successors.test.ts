import { currentRegencyCode, REGENCY_SUCCESSORS } from "@sinergi/domain";
import { getRegencies } from "idn-area-data";
import { describe, expect, it } from "vitest";

// idn-area-data holds today's Kemendagri codes only: it has the successors, never the old codes.
describe("the domain's regency successors against idn-area-data", () => {
  it("maps every moved code to a regency that exists today under the same name", async () => {
    const today = new Map((await getRegencies()).map((r) => [r.code, r.name]));
    for (const [old, next] of Object.entries(REGENCY_SUCCESSORS)) {
      const name = today.get(next.code);
      expect([old, name?.replace(/^(KABUPATEN|KOTA) /, "")]).toEqual([
        old,
        next.name.replace(/^Kota /, "").toUpperCase(),
      ]);
    }
  });

  it("maps no code that still exists: the old codes are gone from today's list", async () => {
    const today = new Set((await getRegencies()).map((r) => r.code));
    for (const old of Object.keys(REGENCY_SUCCESSORS)) expect([old, today.has(old)]).toEqual([old, false]);
  });

  it("covers every regency of the four new Papua provinces, and maps only into them", async () => {
    const regencies = await getRegencies();
    const inNew = regencies
      .filter((r) => ["93", "94", "95", "96"].includes(r.province_code))
      .map((r) => r.code);
    const targets = Object.values(REGENCY_SUCCESSORS).map((n) => n.code);
    expect([...targets].sort()).toEqual([...inNew].sort());
    for (const code of inNew) expect(currentRegencyCode(code)).toBe(code);
  });
});
