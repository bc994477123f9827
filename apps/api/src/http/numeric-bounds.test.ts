import { seedDemoData } from "@sinergi/db";
import { dateInZone } from "@sinergi/domain";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { scenarios } from "../access/write-tour/scenarios.ts";
import type { Place, World } from "../access/write-tour/world.ts";
import { storeSignedScan } from "../resources/agreements/fixtures.ts";
import { describeApi } from "../testing.ts";

/**
 * A number beyond its column (`"capacity": 9223372036854775807`, `1e308`) is refused with 422 naming the
 * field, never a server error, and changes nothing. Driven by the write tour: every number in every valid
 * body of every write route is swapped, one at a time, for each hostile value, sent as written.
 */

type Json = Record<string, unknown>;
const HOSTILE = ["9223372036854775807", "1e308", "-1e308"];

/** Dotted paths of the numbers in a JSON value. */
function numbersIn(x: unknown, path: string[] = []): string[][] {
  if (typeof x === "number") return [path];
  if (Array.isArray(x)) return x.flatMap((e, i) => numbersIn(e, [...path, String(i)]));
  if (typeof x === "object" && x !== null)
    return Object.entries(x).flatMap(([k, v]) => numbersIn(v, [...path, k]));
  return [];
}

/** The body as JSON text with the number at `path` written as `raw` (exactly, not as a JS number). */
function withRaw(body: unknown, path: string[], raw: string): string {
  const marker = "__HOSTILE_NUMBER__";
  const copy = structuredClone(body) as Json;
  let at: Json = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Json;
  at[path.at(-1)!] = marker;
  return JSON.stringify(copy).replace(`"${marker}"`, raw);
}

describeApi("numbers beyond their column", (t) => {
  let w: World;
  let tables: string[] = [];

  beforeAll(async () => {
    const now = new Date().toISOString();
    await seedDemoData(t.db, { now });
    await storeSignedScan(t.db);
    const place = async (name: string, districtCode: string): Promise<Place> => {
      const f = await t.db
        .selectFrom("facilities")
        .select(["id", "regionalOfficeId"])
        .where("name", "=", name)
        .executeTakeFirstOrThrow();
      return { facilityId: f.id, regionalOfficeId: f.regionalOfficeId, districtCode };
    };
    const partner = await t.db.selectFrom("partners").select("id").orderBy("name").executeTakeFirstOrThrow();
    const program = await t.db
      .selectFrom("programs")
      .select(["id", "certificationScheme"])
      .where(sql<boolean>`jsonb_typeof(certification_scheme) = 'object'`)
      .orderBy("name")
      .executeTakeFirstOrThrow();
    let n = 900;
    w = {
      t,
      medan: await place("Rutan Medan", "12.71.01"),
      salatiga: await place("Rutan Salatiga", "33.73.01"),
      partnerId: partner.id,
      programId: program.id,
      unitCodes: (program.certificationScheme as { competencyUnits: { code: string }[] }).competencyUnits.map(
        (u) => u.code,
      ),
      today: dateInZone(now, "Asia/Jakarta"),
      seq: () => {
        n += 1;
        return n;
      },
    };
    const found = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(t.db);
    tables = found.rows.map((r) => r.name);
  });

  /** Row count and summed revisions of every table. */
  const fingerprint = async () =>
    (
      await sql
        .raw<Json>(
          tables
            .map((table) => `select '${table}' as t, count(*)::text as n from ${table}`)
            .join(" union all "),
        )
        .execute(t.db)
    ).rows;

  const withNumbers = Object.entries(scenarios).filter(([, s]) => s.action !== "delete");
  let swapped = 0;

  for (const [key, s] of withNumbers) {
    it(`${key}: refuses each number of its body beyond the column with 422 naming it`, async () => {
      const [method] = key.split(" ") as [string];
      const target = await s.prepare(w, w.medan);
      const paths = numbersIn(target.body ?? {});
      if (paths.length === 0) return;
      const before = await fingerprint();
      for (const path of paths)
        for (const raw of HOSTILE) {
          const res = await t.request(method, target.url, {
            body: withRaw(target.body, path, raw),
            headers: { "if-match": "*" },
          });
          const where = `${key} with ${path.join(".")} = ${raw}`;
          expect(res.status, `${where}: ${JSON.stringify(res.body)}`).toBe(422);
          expect(
            res.body.errors?.map((e: { field: string }) => e.field),
            where,
          ).toContain(path.join("."));
          swapped += 1;
        }
      expect(await fingerprint(), `${key}: a refused number changed the database`).toEqual(before);
    });
  }

  it("swapped numbers in the bodies of facilities, population, cohorts and action plans", () => {
    expect(swapped).toBeGreaterThanOrEqual(HOSTILE.length * 8);
  });
});
