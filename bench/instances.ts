/**
 * Several instances (issue 13): two API processes and three report workers on one PostgreSQL, behind
 * Debian's nginx on loopback. Shows the load spread over both APIs, a session made on one honoured and
 * ended on the other, rate limits holding for both together, and every report made exactly once by the
 * three workers. Prints the figures and writes JSON (results/instances.json, or stdout with --json -).
 * Usage: pnpm --filter @sinergi/bench instances [--server postgres://postgres@127.0.0.1:5432/postgres]
 *   [--database multiinst_bench] [--scale 0.01] [--months 3] [--requests 400] [--concurrency 10]
 *   [--keep true] [--entry src|dist] [--json path|-]
 * `--entry dist` runs the API processes from the bundle (`node dist/main.js`, built when stale).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@sinergi/db";
import { sql } from "kysely";
import {
  certificateCheck,
  rateLimitCheck,
  sessionCheck,
  signIn,
  spreadCheck,
  wrongSignIn,
} from "./instances-checks.ts";
import { runInstances } from "./instances-run.ts";

const { values } = parseArgs({
  options: {
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    database: { type: "string", default: "multiinst_bench" },
    scale: { type: "string", default: "0.01" },
    months: { type: "string", default: "3" },
    requests: { type: "string", default: "400" },
    concurrency: { type: "string", default: "10" },
    keep: { type: "string", default: "false" },
    entry: { type: "string", default: "src" },
    json: { type: "string" },
  },
});
const jsonPath = values.json ?? join(import.meta.dirname, "results", "instances.json");
const loadBefore = loadavg();
const dir = mkdtempSync(join(tmpdir(), "sinergi-instances-"));

const result = await runInstances(
  {
    serverUrl: values.server,
    database: values.database,
    scale: Number(values.scale),
    months: Number(values.months),
    nginxDir: join(dir, "nginx"),
    keep: values.keep === "true",
    apiEntry: values.entry === "dist" ? "dist" : "src",
    onStep: (line) => process.stderr.write(`${line}\n`),
  },
  async (t) => {
    const names = new Map(t.apis.map((a) => [`127.0.0.1:${a.port}`, a.name]));
    const [a, b] = t.apis.map((api) => `http://127.0.0.1:${api.port}`) as [string, string];
    const cookie = await signIn(t.proxy, t.admin.email, t.admin.password);
    const spread = await spreadCheck(t.proxy, cookie, names, {
      requests: Number(values.requests),
      concurrency: Number(values.concurrency),
    });
    const session = await sessionCheck(a, b, t.admin.email, t.admin.password);
    // Each limit starts from no count, so the figures read plainly (the bench owns this database).
    const db = await openDatabase({ databaseUrl: t.databaseUrl });
    await sql`delete from rate_limits`.execute(db.db);
    await db.close();
    const rateLimits = [
      await rateLimitCheck(
        "GET /public/certificate-check (60 a minute)",
        60,
        75,
        names,
        certificateCheck(t.proxy),
      ),
      await rateLimitCheck("POST /auth/sign-in (30 in 15 minutes)", 30, 40, names, wrongSignIn(t.proxy)),
    ];
    return { spread, session, rateLimits };
  },
);

const out = {
  started: new Date(Date.now() - result.totalMs).toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", node: process.version },
  loadAverage: { before: loadBefore, after: loadavg() },
  ...result,
};
rmSync(dir, { recursive: true, force: true });

const { spread, session, rateLimits } = result.checks;
const fmt = (o: Record<string, number>) =>
  Object.entries(o)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
console.log(`topology: nginx → ${result.apis} API processes, ${result.workers} workers, one PostgreSQL`);
console.log(
  `spread: ${spread.ok}/${spread.requests} authenticated list reads OK at c${spread.concurrency}: ${fmt(spread.perInstance)}; ` +
    `${spread.requestsPerSecond} req/s, p50 ${spread.p50Ms} ms, p99 ${spread.p99Ms} ms`,
);
console.log(
  `session: signed in at api-1, /auth/me at api-2 → ${session.meAtB}; signed out at api-2 → ${session.signOutAtB}; ` +
    `/auth/me at api-1 afterwards → ${session.meAtAAfterSignOut}`,
);
for (const r of rateLimits)
  console.log(
    `rate limit ${r.route}: ${r.allowed} of ${r.attempts} let through (${fmt(r.allowedPerInstance)}), ` +
      `${r.refused} refused (${fmt(r.refusedPerInstance)}): ${r.holds ? "holds across instances" : "DOES NOT HOLD"}`,
  );
const rep = result.reports;
console.log(
  `reports: ${rep.rows} made for ${rep.periods} months × ${rep.scopesPerPeriod} scopes (expected ${rep.expected}); ` +
    `${rep.duplicates} scope-months with more than one report; by worker: ${fmt(rep.byWorker)}; ` +
    `${rep.passes} passes, ${rep.failures} failures; alerts ${rep.alerts} (${rep.alertsAddedByLaterPasses} added by later passes); reports added by later passes ${rep.rows - rep.rowsAfterFirstPasses}`,
);
console.log(
  `start: database seeded in ${(result.seededMs / 1000).toFixed(1)} s; APIs ready ${result.apiReadyMs.join(", ")} ms`,
);
if (jsonPath === "-") process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
else {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`JSON written to ${jsonPath}`);
}
