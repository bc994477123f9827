/**
 * Keyset pagination against OFFSET on the same table, in the same run: walks to deep pages both ways
 * and prints each timing and the ratio (OFFSET / keyset). Embedded PGlite by default;
 * BENCH_DATABASE_URL points it at PostgreSQL (a scratch database it may fill).
 * Usage: pnpm --filter @sinergi/bench pagination [rows=50000]
 */
import { randomUUID } from "node:crypto";
import { openDatabase, paginate, prepareDatabase } from "@sinergi/db";

const rows = Number(process.argv[2] ?? 50_000);
const pageSize = 50;
const depths = [10, 100, Math.floor(rows / pageSize) - 1];

const url = process.env.BENCH_DATABASE_URL;
const s = await openDatabase(url ? { databaseUrl: url } : { dataDir: "memory://" });
await prepareDatabase(s.db);
await s.db.deleteFrom("regionalOffices").execute();
const now = new Date().toISOString();
for (let i = 0; i < rows; i += 5000) {
  await s.db
    .insertInto("regionalOffices")
    .values(
      Array.from({ length: Math.min(5000, rows - i) }, (_, j) => ({
        id: randomUUID(),
        name: `Kanwil ${String(i + j).padStart(7, "0")}`,
        provinceCode: "33",
        createdAt: now,
        updatedAt: now,
      })),
    )
    .execute();
}
await s.db.schema
  .createIndex("bench_regional_offices_name_id")
  .ifNotExists()
  .on("regional_offices")
  .columns(["name", "id"])
  .execute();

const q = () => s.db.selectFrom("regionalOffices").select(["id", "name"]);

async function time(fn: () => Promise<unknown>, reps = 5): Promise<number> {
  await fn();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) await fn();
  return (performance.now() - t0) / reps;
}

console.log(`backend=${s.kind} rows=${rows} pageSize=${pageSize}`);
console.log("depth(page)  keyset_ms  offset_ms  ratio(offset/keyset)");
for (const depth of depths) {
  const request = {
    column: "name",
    columnType: "text",
    idColumn: "id",
    direction: "asc",
    limit: pageSize,
  } as const;
  // The cursor for `depth` pages in: a real signed cursor, from one untimed walk that far.
  const { nextCursor: cursor } = await paginate(q(), { ...request, limit: depth * pageSize });
  if (cursor === null) throw new Error(`no page ${depth}`);
  const keyset = await time(() => paginate(q(), { ...request, cursor }));
  const offset = await time(() =>
    q()
      .orderBy("name")
      .orderBy("id")
      .offset(depth * pageSize)
      .limit(pageSize + 1)
      .execute(),
  );
  console.log(
    `${String(depth).padStart(11)}  ${keyset.toFixed(2).padStart(9)}  ${offset.toFixed(2).padStart(9)}  ${(offset / keyset).toFixed(1).padStart(8)}`,
  );
}
await s.close();
