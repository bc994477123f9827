/**
 * The API under load against a raw route running its own SQL, same run (issue 13). Starts the API
 * (production build) and the raw route as processes on BENCH_DATABASE_URL (a national-scale PostgreSQL
 * copy it may write to: the API migrates it, signing in writes a session, full inmate reads are audited),
 * prints the table and writes bench/results/api-load.json.
 * Usage: pnpm --filter @sinergi/bench api-load [--seconds 5] [--rounds 3] [--connections 50]
 *   [--unloaded 200] [--deep-page 100] [--entry dist|src] [--build] [--only "by id"]
 *   [--cpu-prof-dir DIR] [--warmup 2]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { runApiLoad } from "./api-load-run.ts";
import { table, withFigures } from "./api-load-table.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    unloaded: { type: "string", default: "200" },
    // Untimed load on each server before each scenario's rounds (JIT warm-up), seconds.
    warmup: { type: "string", default: "2" },
    "deep-page": { type: "string", default: "100" },
    entry: { type: "string", default: "dist" },
    build: { type: "boolean", default: false },
    // Run only the scenarios whose name contains this text, e.g. "by id" or "inmates by id".
    only: { type: "string" },
    // Write a V8 CPU profile of the API process there when it stops, to see where its time goes.
    "cpu-prof-dir": { type: "string" },
  },
});
const entry = values.entry === "src" ? "src" : "dist";
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/sinergi_national";

const loadBefore = loadavg();
const result = await runApiLoad(
  {
    databaseUrl,
    entry,
    build: values.build,
    connections: Number(values.connections),
    seconds: Number(values.seconds),
    rounds: Number(values.rounds),
    unloadedRequests: Number(values.unloaded),
    warmupSeconds: Number(values.warmup),
    deepPage: Number(values["deep-page"]),
    only: values.only,
    cpuProfDir: values["cpu-prof-dir"],
  },
  (line) => console.error(line),
);
const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
  node: process.version,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
};
console.log(`facility admin of ${result.facility.name}; API key: viewer, national`);
console.log(table(result));
console.log(`machine: ${machine.cpus}, load average before ${loadBefore.map((l) => l.toFixed(1)).join(" ")}`);
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("./results/api-load.json", import.meta.url),
  `${JSON.stringify({ ...result, machine, scenarios: withFigures(result) }, null, 2)}\n`,
);
