/**
 * The API process's CPU per authenticated read: starts the real API (`apps/api/src/main.ts`, or the one
 * under `--api-dir`, e.g. an older checkout) on a scratch PostgreSQL filled by `seed:national`, makes a
 * facility admin with a session and a read-only API key of that facility straight in the database, then
 * sends each scenario's requests from a loop of concurrent fetches and reads the server's user + system
 * CPU from /proc before and after. Prints CPU per request and requests per second for each scenario.
 * Usage: BENCH_DATABASE_URL=… pnpm --filter @sinergi/bench api-cpu [requests=2000] [concurrency=16]
 *   [--api-dir ../apps/api] [--port 3917] [--only "agreement by id"] [--cpu-prof-dir DIR]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { openDatabase } from "@sinergi/db";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const apiDir = resolve(flag("--api-dir") ?? "../apps/api");
const port = Number(flag("--port") ?? 3917);
// A V8 CPU profile of the server (written there when it exits) and a scenario filter, to see where time goes.
const profileDir = flag("--cpu-prof-dir");
const only = flag("--only");
const requests = Number(args[0] ?? 2000);
const concurrency = Number(args[1] ?? 16);
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("set BENCH_DATABASE_URL to a scratch database filled by seed:national");

const hash = (s: string) => createHash("sha256").update(s).digest("hex");
const { db, close } = await openDatabase({ databaseUrl: url });
// The largest facility: its pages are the fullest.
const facility = await db
  .selectFrom("inmates")
  .select((eb) => ["facilityId", eb.fn.countAll().as("n")])
  .groupBy("facilityId")
  .orderBy("n", "desc")
  .executeTakeFirstOrThrow();
const facilityId = facility.facilityId;
const one = async (table: "agreements" | "inmates") =>
  (await db.selectFrom(table).select("id").where("facilityId", "=", facilityId).executeTakeFirstOrThrow()).id;
const agreementId = await one("agreements");
const inmateId = await one("inmates");
const enrollment = await db
  .selectFrom("enrollments")
  .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
  .select("enrollments.id")
  .where("cohorts.facilityId", "=", facilityId)
  .executeTakeFirstOrThrow();
const at = new Date().toISOString();
const userId = randomUUID();
await db
  .insertInto("users")
  .values({
    id: userId,
    email: `bench.${userId.slice(0, 8)}@bench.sinergi`,
    name: "Bench admin",
    passwordHash: "x",
    role: "facility_admin",
    scopeKind: "facility",
    scopeId: facilityId,
    mustChangePassword: false,
    passwordChangedAt: at,
    createdAt: at,
    updatedAt: at,
  })
  .execute();
const token = `ses_${randomBytes(32).toString("base64url")}`;
await db
  .insertInto("sessions")
  .values({
    id: randomUUID(),
    tokenHash: hash(token),
    userId,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
  })
  .execute();
const key = `snk_${randomBytes(32).toString("base64url")}`;
await db
  .insertInto("apiKeys")
  .values({
    id: randomUUID(),
    name: "bench reader",
    prefix: key.slice(0, 13),
    keyHash: hash(key),
    role: "facility_admin",
    scopeKind: "facility",
    scopeId: facilityId,
    permissions: ["agreements:read", "inmates:read", "training:read"],
    expiresAt: null,
    createdBy: userId,
    createdAt: at,
    updatedAt: at,
  })
  .execute();

const tsx = createRequire(resolve(apiDir, "package.json")).resolve("tsx");
const server: ChildProcess = spawn(
  process.execPath,
  [...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []), "--import", tsx, "src/main.ts"],
  {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      SINERGI_SECRET: randomBytes(24).toString("hex"),
    },
    stdio: ["ignore", "ignore", "inherit"],
  },
);
// However this script ends, the server it started ends with it.
process.once("exit", () => server.kill("SIGKILL"));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i += 1) {
  if (i > 1200) throw new Error("the API did not start in 2 minutes");
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

/** The server's user + system CPU so far, in ms (from /proc: clock ticks of 10 ms). */
const cpuMs = () => {
  const fields = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const headersFor = (as: "session" | "key"): Record<string, string> =>
  as === "session" ? { cookie: `sinergi_session=${token}` } : { authorization: `Bearer ${key}` };

async function run(path: string, as: "session" | "key", n: number) {
  const headers = headersFor(as);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next += 1;
      const res = await fetch(`${base}${path}`, { headers });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      await res.arrayBuffer();
    }
  };
  const cpu0 = cpuMs();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - t0;
  return { cpuPerRequest: (cpuMs() - cpu0) / n, perSecond: (n / ms) * 1000 };
}

const scenarios = [
  ["agreement by id", `/api/v1/agreements/${agreementId}`],
  ["agreements, 50", "/api/v1/agreements?limit=50"],
  ["inmate by id", `/api/v1/inmates/${inmateId}`],
  ["inmates, 50", "/api/v1/inmates?limit=50"],
  ["enrollment by id", `/api/v1/enrollments/${enrollment.id}`],
  ["enrollments, 50", "/api/v1/enrollments?limit=50"],
] as const;
try {
  console.log(`API ${apiDir}, ${requests} requests per scenario at concurrency ${concurrency}`);
  console.log("scenario                  | as      | CPU ms/request | requests/s");
  for (const [name, path] of scenarios.filter(([name]) => only === undefined || name.startsWith(only)))
    for (const as of ["session", "key"] as const) {
      await run(path, as, Math.ceil(requests / 5)); // warm-up: JIT, pool, plans
      const r = await run(path, as, requests);
      console.log(
        `${name.padEnd(25)} | ${as.padEnd(7)} | ${r.cpuPerRequest.toFixed(3).padStart(14)} | ${r.perSecond.toFixed(0).padStart(10)}`,
      );
    }
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  await db.deleteFrom("sessions").where("userId", "=", userId).execute();
  await db.deleteFrom("apiKeys").where("createdBy", "=", userId).execute();
  await db.deleteFrom("users").where("id", "=", userId).execute();
  await close();
}
