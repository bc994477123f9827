/**
 * What recording an API key's use costs a busy partner system: many concurrent calls with one key,
 * through the repository's `useApiKey`, when every call must write its last-used time (each call a
 * minute after the last) against calls within one minute (only the first writes), with a plain read of
 * the key as the floor; same run, printed as calls per second and ratios. On PostgreSQL the writes
 * queue on the key's row lock; PGlite runs one statement at a time either way.
 * Embedded PGlite by default; BENCH_DATABASE_URL points it at PostgreSQL (a scratch database).
 * Usage: pnpm --filter @sinergi/bench api-key-use [calls=4000] [concurrency=16]
 */
import { createHash, randomUUID } from "node:crypto";
import { openDatabase, prepareDatabase, useApiKey } from "@sinergi/db";

const calls = Number(process.argv[2] ?? 4000);
const concurrency = Number(process.argv[3] ?? 16);

const url = process.env.BENCH_DATABASE_URL;
const s = await openDatabase(url ? { databaseUrl: url } : { dataDir: "memory://" });
await prepareDatabase(s.db);
const db = s.db;

const keyHash = createHash("sha256").update(randomUUID()).digest("hex");
const start = Date.parse("2026-12-01T00:00:00.000Z");
await db
  .insertInto("apiKeys")
  .values({
    id: randomUUID(),
    name: "Disnaker (bench)",
    prefix: `snk_${randomUUID().slice(0, 8)}`,
    keyHash,
    role: "partner_system",
    scopeKind: "national",
    scopeId: null,
    permissions: ["certificates:read"],
    createdBy: "bench",
    createdAt: new Date(start).toISOString(),
    updatedAt: new Date(start).toISOString(),
  })
  .execute();

/** Runs `calls` calls, `concurrency` at a time; returns calls per second. */
async function rate(call: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        const i = next;
        next += 1;
        await call(i);
      }
    }),
  );
  return calls / ((performance.now() - began) / 1000);
}

let offset = 0;
const at = (ms: number) => new Date(start + ms).toISOString();
const read = () => db.selectFrom("apiKeys").selectAll().where("keyHash", "=", keyHash).executeTakeFirst();

await rate(() => read()); // warm-up
const floor = await rate(() => read());
// Each call a minute after the previous one: every call writes.
offset += 10 * 60_000;
const everyCall = await rate((i) => useApiKey(db, keyHash, at(offset + i * 61_000)));
// All calls inside one minute: the first writes, the rest only read.
offset += (calls + 10) * 61_000;
const onceAMinute = await rate((i) => useApiKey(db, keyHash, at(offset + (i % 50))));

const fmt = (n: number) => n.toFixed(0).padStart(7);
console.log(`backend: ${url ? "PostgreSQL" : "PGlite"}, ${calls} calls, ${concurrency} at a time`);
console.log(`plain read of the key          ${fmt(floor)} calls/s   (floor)`);
console.log(
  `use recorded on every call     ${fmt(everyCall)} calls/s   ratio to floor ${(everyCall / floor).toFixed(2)}`,
);
console.log(
  `use recorded once a minute     ${fmt(onceAMinute)} calls/s   ratio to floor ${(onceAMinute / floor).toFixed(2)}`,
);
console.log(`once a minute / every call: ${(onceAMinute / everyCall).toFixed(2)}x`);
await s.close();
