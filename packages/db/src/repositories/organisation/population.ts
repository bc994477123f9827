import type { CreatePopulationSnapshot, PopulationSnapshot } from "@sinergi/domain";
import type { Executor } from "../../connection.ts";
import { type Page, paginate } from "../../pagination.ts";

/** A stored population snapshot. */
export interface PopulationSnapshotRecord extends PopulationSnapshot {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

async function domicileOf(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { regencyCode: string; count: number }[]>();
  const rows = await db
    .selectFrom("populationDomicileCounts")
    .selectAll()
    .where("snapshotId", "in", [...ids])
    .orderBy("regencyCode")
    .execute();
  const out = new Map<string, { regencyCode: string; count: number }[]>();
  for (const r of rows) {
    const list = out.get(r.snapshotId) ?? [];
    list.push({ regencyCode: r.regencyCode, count: r.count });
    out.set(r.snapshotId, list);
  }
  return out;
}

/** Filters for a facility's snapshots (newest first by default). */
export interface PopulationListQuery {
  readonly facilityId: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly sort: { readonly field: "takenOn"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists one facility's population snapshots with their domicile counts. */
export async function listPopulationSnapshots(
  db: Executor,
  q: PopulationListQuery,
): Promise<Page<PopulationSnapshotRecord>> {
  let qb = db.selectFrom("populationSnapshots").selectAll().where("facilityId", "=", q.facilityId);
  if (q.from) qb = qb.where("takenOn", ">=", q.from);
  if (q.to) qb = qb.where("takenOn", "<=", q.to);
  const page = await paginate(qb, {
    column: "takenOn",
    columnType: "date",
    idColumn: "id",
    direction: q.sort.direction,
    limit: q.limit,
    cursor: q.cursor,
  });
  const counts = await domicileOf(
    db,
    page.items.map((s) => s.id),
  );
  return {
    items: page.items.map((s) => ({ ...s, byDomicile: counts.get(s.id) ?? [] })),
    nextCursor: page.nextCursor,
  };
}

/** One snapshot with its domicile counts. */
export async function findPopulationSnapshot(
  db: Executor,
  id: string,
): Promise<PopulationSnapshotRecord | undefined> {
  const row = await db.selectFrom("populationSnapshots").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const counts = await domicileOf(db, [id]);
  return { ...row, byDomicile: counts.get(id) ?? [] };
}

/** Inserts a snapshot and its domicile counts (call inside a transaction). */
export async function insertPopulationSnapshot(
  db: Executor,
  id: string,
  facilityId: string,
  input: CreatePopulationSnapshot,
  at: string,
): Promise<PopulationSnapshotRecord> {
  const { byDomicile, ...plain } = input;
  const row = await db
    .insertInto("populationSnapshots")
    .values({ id, facilityId, ...plain, createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (byDomicile.length > 0)
    await db
      .insertInto("populationDomicileCounts")
      .values(byDomicile.map((d) => ({ snapshotId: id, regencyCode: d.regencyCode, count: d.count })))
      .execute();
  return { ...row, byDomicile: [...byDomicile].sort((a, b) => a.regencyCode.localeCompare(b.regencyCode)) };
}
