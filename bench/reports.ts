/**
 * The national report and the backfill at scale (issue 11): the worker's own code against the
 * hand-written grouped queries for the same figures, on a database filled by `pnpm seed:national`.
 * Prints a table and writes JSON (results/reports.json, or stdout with --json -).
 * Usage: BENCH_DATABASE_URL=postgres://…/sinergi_national pnpm --filter @sinergi/bench reports
 *   [--month 2026-10] [--from 2023-12] [--to 2026-11] [--rounds 3] [--backfill-rounds 3] [--batch-months 12] [--json path]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { migrateToLatest, openDatabase } from "@sinergi/db";
import { runReportsBench } from "./reports-run.ts";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i] ?? "";
  const value = process.argv[i + 1];
  if (!name.startsWith("--") || value === undefined) throw new Error(`bad argument ${name}`);
  args.set(name.slice(2), value);
}
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/sinergi_national";
const options = {
  month: args.get("month") ?? "2026-10",
  from: args.get("from") ?? "2023-12",
  to: args.get("to") ?? "2026-11",
  rounds: Number(args.get("rounds") ?? 3),
  backfillRounds: Number(args.get("backfill-rounds") ?? 3),
  ...(args.has("batch-months") ? { batchMonths: Number(args.get("batch-months")) } : {}),
};
const jsonPath = args.get("json") ?? join(import.meta.dirname, "results", "reports.json");

const s = await openDatabase({ databaseUrl: url, namedStatements: false });
// The report tables may be newer than the seeded database; migrating only adds what is missing.
await migrateToLatest(s.db);
const loadBefore = loadavg();
const started = new Date().toISOString();
const result = await runReportsBench(s.db, {
  ...options,
  onStep: (line) => process.stderr.write(`${line}\n`),
});
await s.close();

const row = (what: string, w: number, b: number, ratio: number, target: number) =>
  `${what.padEnd(34)} ${w.toFixed(0).padStart(10)} ${b.toFixed(0).padStart(11)} ${ratio.toFixed(2).padStart(6)}  ≤ ${target}× ${ratio <= target ? "met" : "MISSED"}`;
const out = {
  started,
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", node: process.version },
  loadAverage: { before: loadBefore, after: loadavg() },
  ...result,
};
if (jsonPath === "-") process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
else {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`measure (medians)                   worker_ms baseline_ms  ratio  target`);
  console.log(
    row(
      `one month ${result.month} (${result.oneMonth.reportsMade} reports)`,
      result.oneMonth.workerMedianMs,
      result.oneMonth.baselineMedianMs,
      result.oneMonth.ratio,
      3,
    ),
  );
  console.log(
    row(
      `backfill ${result.backfill.months} months (${result.backfillRun.reportsMade})`,
      result.backfillRun.workerMedianMs,
      result.backfillRun.baselineMedianMs,
      result.backfillRun.ratio,
      2,
    ),
  );
  console.log(
    `worker peak RSS ${result.workerPeakRssMb} MB; load average ${loadBefore.map((l) => l.toFixed(1)).join(" ")} before, ${out.loadAverage.after.map((l) => l.toFixed(1)).join(" ")} after`,
  );
  console.log(`JSON written to ${jsonPath}`);
}
