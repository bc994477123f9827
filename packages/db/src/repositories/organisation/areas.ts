import type { Executor } from "../../connection.ts";
import { containing } from "../../like.ts";
import { type Page, paginate } from "../../pagination.ts";

/** An official area: province, regency/city or district. */
export interface AreaRecord {
  readonly code: string;
  readonly level: "province" | "regency" | "district";
  readonly name: string;
  readonly parentCode: string | null;
}

/** Lists areas by code, filtered by level, parent and a name search. */
export async function listAreas(
  db: Executor,
  q: {
    level?: AreaRecord["level"] | undefined;
    parent?: string | undefined;
    q?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<Page<AreaRecord>> {
  let qb = db.selectFrom("areas").select(["code as id", "code", "level", "name", "parentCode"]);
  if (q.level) qb = qb.where("level", "=", q.level);
  if (q.parent) qb = qb.where("parentCode", "=", q.parent);
  if (q.q) qb = qb.where("name", "ilike", containing(q.q));
  const page = await paginate(qb, {
    column: "code",
    columnType: "text",
    idColumn: "code",
    idType: "text",
    direction: "asc",
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items.map(({ id: _id, ...a }) => a), nextCursor: page.nextCursor };
}

/** The codes among `codes` that are not official areas of the given level. */
export async function unknownAreaCodes(
  db: Executor,
  codes: readonly string[],
  level?: AreaRecord["level"],
): Promise<string[]> {
  if (codes.length === 0) return [];
  let qb = db
    .selectFrom("areas")
    .select("code")
    .where("code", "in", [...codes]);
  if (level) qb = qb.where("level", "=", level);
  const known = new Set((await qb.execute()).map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

/** One official area by code. */
export async function findArea(db: Executor, code: string): Promise<AreaRecord | undefined> {
  const row = await db
    .selectFrom("areas")
    .select(["code", "level", "name", "parentCode"])
    .where("code", "=", code)
    .executeTakeFirst();
  return row && { ...row, level: row.level as AreaRecord["level"] };
}

/** The names of the official areas among `codes`, by code (codes that are not areas are left out). */
export async function areaNames(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  const distinct = [...new Set(codes)];
  if (distinct.length === 0) return new Map();
  const rows = await db.selectFrom("areas").select(["code", "name"]).where("code", "in", distinct).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
