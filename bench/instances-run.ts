/**
 * Brings the several-instances topology up (bench/instances-topology.ts), runs the HTTP checks
 * against it, then reads what the three workers made, and takes everything down again.
 */
import { randomBytes } from "node:crypto";
import { openDatabase } from "@sinergi/db";
import { sql } from "kysely";
import {
  type ApiEntry,
  type ApiInstance,
  buildApiIfStale,
  dropDatabase,
  scratchDatabase,
  startApi,
  startNginx,
  startWorkerProcess,
} from "./instances-topology.ts";
import { stopChild } from "./processes.ts";

/** What the checks get: the proxy's base URL, the API instances, the database and the admin. */
export interface Topology {
  readonly proxy: string;
  readonly apis: readonly ApiInstance[];
  readonly databaseUrl: string;
  readonly admin: { readonly email: string; readonly password: string };
}

/** Options of one run. */
export interface InstancesOptions {
  readonly serverUrl: string;
  readonly database: string;
  readonly scale: number;
  /** How many closed months the workers reconcile (SINERGI_REPORTS_FROM that many months back). */
  readonly months: number;
  readonly nginxDir: string;
  readonly keep: boolean;
  readonly apiCount?: number;
  readonly workerCount?: number;
  /** Passes each worker makes before the reports are counted the last time. */
  readonly passesEach?: number;
  /** The API processes' entry (default `src`, through tsx); `dist` builds the bundle when stale. */
  readonly apiEntry?: ApiEntry;
  /** The workers' cron (seconds first); default every 4 s. */
  readonly workerSchedule?: string;
  readonly onStep?: (line: string) => void;
}

const admin = { email: "admin@multiinst.invalid", password: "Lonceng pagi berbunyi tujuh kali di Salatiga" };

/** The month `back` months before the current one (UTC), as YYYY-MM. */
const monthsBack = (back: number): string => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
};

/** Lines a worker logged as finished passes. */
const passesOf = (output: string) =>
  output
    .split("\n")
    .filter((l) => l.includes('"report pass done"'))
    .map((l) => JSON.parse(l) as { made: number; failures: number; periods: number });

async function until(what: string, ok: () => boolean, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function reportCounts(url: string) {
  const s = await openDatabase({ databaseUrl: url });
  try {
    const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(s.db)).rows[0] as T;
    const rows = await one(sql<{ n: string }>`select count(*) as n from reports`);
    const duplicates = await one(sql<{ n: string }>`select count(*) as n from (
      select 1 from reports group by scope_kind, facility_id, regional_office_id, period having count(*) > 1) d`);
    const periods = await one(sql<{ n: string }>`select count(distinct period) as n from reports`);
    const scopes = await one(sql<{ n: string }>`select
      (select count(*) from facilities) + (select count(*) from regional_offices) + 1 as n`);
    const alerts = await one(sql<{ n: string }>`select count(*) as n from alerts`);
    const byWorker = (
      await sql<{ madeBy: string; n: string }>`select made_by, count(*) as n from reports group by made_by
        order by made_by`.execute(s.db)
    ).rows;
    return {
      rows: Number(rows.n),
      duplicates: Number(duplicates.n),
      periods: Number(periods.n),
      scopesPerPeriod: Number(scopes.n),
      alerts: Number(alerts.n),
      byWorker: Object.fromEntries(byWorker.map((r) => [r.madeBy, Number(r.n)])),
    };
  } finally {
    await s.close();
  }
}

/** Runs the whole bench; `checks` runs while everything is up. */
export async function runInstances<C>(options: InstancesOptions, checks: (t: Topology) => Promise<C>) {
  const started = performance.now();
  const step = options.onStep ?? (() => {});
  const apiCount = options.apiCount ?? 2;
  const workerCount = options.workerCount ?? 3;
  const passesEach = options.passesEach ?? 3;
  if (options.apiEntry === "dist") buildApiIfStale();
  step(`seeding ${options.database} at scale ${options.scale}…`);
  const { url, seededMs } = await scratchDatabase(options.serverUrl, options.database, {
    scale: options.scale,
    today: new Date().toISOString().slice(0, 10),
  });
  const base = {
    ...process.env,
    DATABASE_URL: url,
    SINERGI_SECRET: randomBytes(32).toString("hex"),
    NODE_ENV: "production" as const,
  };
  const children: { child: Parameters<typeof stopChild>[0] }[] = [];
  try {
    step(`starting ${workerCount} workers and ${apiCount} API processes…`);
    const workers = Array.from({ length: workerCount }, (_, i) =>
      startWorkerProcess({
        ...base,
        SINERGI_WORKER_NAME: `worker-${i + 1}`,
        SINERGI_WORKER_SCHEDULE: options.workerSchedule ?? "*/4 * * * * *",
        SINERGI_REPORTS_FROM: monthsBack(options.months),
      }),
    );
    children.push(...workers.map((child) => ({ child })));
    const apiEnv = {
      ...base,
      SINERGI_TRUST_PROXY: "true",
      SINERGI_ADMIN_EMAIL: admin.email,
      SINERGI_ADMIN_PASSWORD: admin.password,
    };
    const apis: ApiInstance[] = [];
    const apiReadyMs: number[] = [];
    // One after the other: the first creates the admin, which the others then find.
    for (let i = 0; i < apiCount; i++) {
      const t = performance.now();
      const api = await startApi(`api-${i + 1}`, apiEnv, options.apiEntry);
      apiReadyMs.push(Math.round(performance.now() - t));
      apis.push(api);
      children.push(api);
    }
    const nginx = await startNginx(
      options.nginxDir,
      apis.map((a) => a.port),
    );
    children.push(nginx);
    step(`nginx on 127.0.0.1:${nginx.port} → ${apis.map((a) => a.port).join(", ")}; running the checks…`);
    const checkResults = await checks({
      proxy: `http://127.0.0.1:${nginx.port}`,
      apis,
      databaseUrl: url,
      admin,
    });

    step("waiting for every worker's first pass…");
    await until("first passes", () => workers.every((w) => passesOf(w.output()).length >= 1));
    const afterFirst = await reportCounts(url);
    step(`waiting for ${passesEach} passes of each worker…`);
    await until(`${passesEach} passes`, () =>
      workers.every((w) => passesOf(w.output()).length >= passesEach),
    );
    const atEnd = await reportCounts(url);
    const passes = workers.flatMap((w) => passesOf(w.output()));
    return {
      apis: apiCount,
      workers: workerCount,
      seededMs,
      apiReadyMs,
      checks: checkResults,
      reports: {
        ...atEnd,
        expected: atEnd.periods * atEnd.scopesPerPeriod,
        rowsAfterFirstPasses: afterFirst.rows,
        alertsAfterFirstPasses: afterFirst.alerts,
        passes: passes.length,
        madeInPasses: passes.reduce((s, p) => s + p.made, 0),
        failures: passes.reduce((s, p) => s + p.failures, 0),
        alertsAddedByLaterPasses: atEnd.alerts - afterFirst.alerts,
      },
      totalMs: Math.round(performance.now() - started),
    };
  } finally {
    for (const c of children.reverse()) await stopChild(c.child);
    if (!options.keep) await dropDatabase(options.serverUrl, options.database);
  }
}
