/**
 * The embedded default's start (issue 13): from process start to the first answered request
 * (`GET /readyz`, 200 once the database answers) on a new data folder (the first start, which loads
 * the demo data) and on the same folder again (a restart), with the memory and CPU time it took.
 * Starts and restarts are of what `pnpm start` runs once its builds are up to date: `node
 * apps/api/dist/main.js`, the API's vite bundle (built here first when stale, as `pnpm start` does).
 * Usage: pnpm --filter @sinergi/bench embedded-start [--runs 3] [--pnpm true] [--tsx true] [--json path|-]
 * `--pnpm true` also times one restart through `pnpm start` itself (pnpm and the stale-build checks);
 * `--tsx true` also times restarts of the sources through tsx (`pnpm --filter @sinergi/api start`).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { freePort, median, startChild, stopChild, treeStats, waitForAnswer } from "./processes.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    pnpm: { type: "string", default: "false" },
    tsx: { type: "string", default: "false" },
    json: { type: "string" },
  },
});
const runs = Number(values.runs);
const root = join(import.meta.dirname, "..");
const apiDir = join(root, "apps", "api");
const jsonPath = values.json ?? join(import.meta.dirname, "results", "embedded-start.json");

/** One start: time to the first 200 of /readyz, and what the process tree held at that moment. */
export interface StartMeasure {
  readonly kind:
    | "first start (demo data)"
    | "restart"
    | "restart through pnpm start"
    | "restart of the sources (tsx)";
  readonly msToFirstAnswer: number;
  /** The largest process of the tree: the API's own node process. */
  readonly apiRssMb: number;
  readonly apiPeakRssMb: number;
  readonly apiCpuMs: number;
  /** Every process of the tree (tsx's CLI and esbuild service, pnpm). */
  readonly treeRssMb: number;
  readonly processes: number;
}

async function measure(kind: StartMeasure["kind"], dataDir: string): Promise<StartMeasure> {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), SINERGI_DATA_DIR: dataDir, NODE_ENV: "development" };
  const started = performance.now();
  const child =
    kind === "restart through pnpm start"
      ? startChild("pnpm", ["start"], { cwd: root, env })
      : kind === "restart of the sources (tsx)"
        ? // What `pnpm --filter @sinergi/api start` runs, without pnpm in between.
          startChild(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: apiDir, env })
        : // What `pnpm start` runs after its builds, without pnpm in between.
          startChild(process.execPath, ["apps/api/dist/main.js"], { cwd: root, env });
  try {
    await waitForAnswer(`http://127.0.0.1:${port}/readyz`, child, { timeoutMs: 600_000 });
  } catch (e) {
    process.stderr.write(child.output().slice(-2000));
    throw e;
  }
  const ms = performance.now() - started;
  const tree = treeStats(child.pid as number);
  const api = tree.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
  await stopChild(child);
  return {
    kind,
    msToFirstAnswer: Math.round(ms),
    apiRssMb: api.rssMb,
    apiPeakRssMb: api.peakRssMb,
    apiCpuMs: Math.round(api.cpuMs),
    treeRssMb: tree.reduce((s, p) => s + p.rssMb, 0),
    processes: tree.length,
  };
}

const dataDir = mkdtempSync(join(tmpdir(), "sinergi-start-"));
const loadBefore = loadavg();
const measures: StartMeasure[] = [];
try {
  const say = (m: StartMeasure) => {
    measures.push(m);
    console.log(
      `${m.kind.padEnd(28)} ${String(m.msToFirstAnswer).padStart(7)} ms  API RSS ${m.apiRssMb} MB ` +
        `(peak ${m.apiPeakRssMb}), API CPU ${m.apiCpuMs} ms; ${m.processes} processes ${m.treeRssMb} MB`,
    );
  };
  const t = performance.now();
  const built = spawnSync(process.execPath, ["scripts/build-bundles-if-stale.mjs"], { cwd: root });
  if (built.status !== 0) throw new Error(`the bundles did not build: ${built.stderr}${built.stdout}`);
  console.log(
    `${String(built.stdout).trim().replaceAll("\n", "; ")} (${Math.round(performance.now() - t)} ms)`,
  );
  say(await measure("first start (demo data)", dataDir));
  for (let i = 0; i < runs; i++) say(await measure("restart", dataDir));
  if (values.pnpm === "true") say(await measure("restart through pnpm start", dataDir));
  if (values.tsx === "true")
    for (let i = 0; i < runs; i++) say(await measure("restart of the sources (tsx)", dataDir));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const restarts = measures.filter((m) => m.kind === "restart");
const sources = measures.filter((m) => m.kind === "restart of the sources (tsx)");
const first = measures.find((m) => m.kind === "first start (demo data)");
const summary = {
  restartMedianMs: median(restarts.map((m) => m.msToFirstAnswer)),
  restartMedianApiCpuMs: median(restarts.map((m) => m.apiCpuMs)),
  restartMedianApiRssMb: median(restarts.map((m) => m.apiRssMb)),
  targetMs: 3000,
  firstStartMs: first?.msToFirstAnswer ?? null,
  firstStartApiCpuMs: first?.apiCpuMs ?? null,
  ...(sources.length === 0
    ? {}
    : {
        tsxRestartMedianMs: median(sources.map((m) => m.msToFirstAnswer)),
        tsxRestartMedianApiCpuMs: median(sources.map((m) => m.apiCpuMs)),
        tsxRestartMedianApiRssMb: median(sources.map((m) => m.apiRssMb)),
      }),
};
console.log(
  `restart median ${summary.restartMedianMs} ms (target ≤ ${summary.targetMs} ms: ` +
    `${summary.restartMedianMs <= summary.targetMs ? "met" : "MISSED"}), API CPU ${summary.restartMedianApiCpuMs} ms, ` +
    `RSS ${summary.restartMedianApiRssMb} MB; load average ${loadBefore.map((l) => l.toFixed(1)).join(" ")} before`,
);
const out = {
  started: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", node: process.version },
  loadAverage: { before: loadBefore, after: loadavg() },
  measures,
  summary,
};
if (jsonPath === "-") process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
else {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`JSON written to ${jsonPath}`);
}
