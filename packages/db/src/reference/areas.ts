import type { Kysely } from "kysely";
import type { AreasTable, Database } from "../schema/index.ts";

/** Official Kemendagri provinces, regencies/cities and districts from the idn-area-data package. */
export async function loadAreas(): Promise<AreasTable[]> {
  // Loaded here, not at start: a restart only compares the row count with DATASET_AREA_COUNT.
  const { getDistricts, getProvinces, getRegencies } = await import("idn-area-data");
  const [provinces, regencies, districts] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
  ]);
  return [
    ...provinces.map((p) => ({ code: p.code, level: "province" as const, name: p.name, parentCode: null })),
    ...regencies.map((r) => ({
      code: r.code,
      level: "regency" as const,
      name: r.name,
      parentCode: r.province_code,
    })),
    ...districts.map((d) => ({
      code: d.code,
      level: "district" as const,
      name: d.name,
      parentCode: d.regency_code,
    })),
  ];
}

/**
 * How many areas the installed idn-area-data holds (a test keeps it equal to the dataset's length).
 * Knowing it lets a restart skip reading and parsing the dataset's CSV files when nothing changed.
 */
export const DATASET_AREA_COUNT = 7829;

/** Upserts the area table from the dataset when its row count differs (parents before children). */
export async function syncAreas(db: Kysely<Database>): Promise<void> {
  const { n } = await db
    .selectFrom("areas")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(n) === DATASET_AREA_COUNT) return;
  const areas = await loadAreas();
  if (Number(n) === areas.length) return;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < areas.length; i += 1000) {
      await trx
        .insertInto("areas")
        .values(areas.slice(i, i + 1000))
        .onConflict((oc) =>
          oc.column("code").doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            level: eb.ref("excluded.level"),
            parentCode: eb.ref("excluded.parentCode"),
          })),
        )
        .execute();
    }
  });
}
