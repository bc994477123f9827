import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SinergiDb } from "@sinergi/db";
import { insertFacilityRow, insertOrgFixture, testBackends } from "@sinergi/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastClosedMonth, periodsBetween } from "./months.ts";
import { reportCounts } from "./testing.ts";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const tsx = import.meta.resolve("tsx");
const postgres = testBackends().find((b) => b.name === "postgres");
const FROM = "2022-01";

interface Worker {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output: string;
}

/** Starts the real worker entry (`pnpm --filter @sinergi/worker start`) as its own process. */
function startWorker(name: string, databaseUrl: string): Worker {
  const child = spawn(process.execPath, ["--import", tsx, main], {
    env: {
      PATH: process.env.PATH ?? "",
      DATABASE_URL: databaseUrl,
      SINERGI_REPORTS_FROM: FROM,
      SINERGI_WORKER_NAME: name,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const w: Worker = {
    name,
    child,
    output: "",
    exited: new Promise((r) => child.once("exit", (code) => r(code))),
  };
  child.stdout?.on("data", (d: Buffer) => {
    w.output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    w.output += d.toString();
  });
  return w;
}

/** Waits until the check holds, asking every 200 ms; fails with the workers' output after `limit` ms. */
async function until(
  check: () => Promise<boolean>,
  limit: number,
  workers: readonly Worker[],
): Promise<void> {
  const deadline = Date.now() + limit;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`gave up waiting:\n${workers.map((w) => `${w.name}: ${w.output}`).join("\n")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.runIf(postgres)("three worker processes racing on PostgreSQL", () => {
  let handle: SinergiDb;
  let url: string;
  const workers: Worker[] = [];
  beforeAll(async () => {
    handle = await (postgres as NonNullable<typeof postgres>).open();
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
    const u = new URL(process.env.TEST_DATABASE_URL ?? "");
    u.pathname = `/${rows[0]?.name}`;
    url = u.toString();
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGKILL");
    await Promise.all(workers.map((w) => w.exited));
    await handle.close();
  });

  it("makes every report exactly once though one is killed (SIGKILL) mid-pass", async () => {
    const db = handle.db;
    const org = await insertOrgFixture(db);
    for (let i = 0; i < 30; i++) {
      await insertFacilityRow(db, {
        regionalOfficeId: org.regionalOfficeId,
        name: `Lapas ${i}`,
        regencyCode: "33.73",
        timeZone: "Asia/Jakarta",
        at: "2020-01-01T00:00:00.000Z",
      });
    }
    const periods = periodsBetween(FROM, lastClosedMonth(new Date().toISOString()));
    const expected = periods.length * (32 + 1 + 1);
    workers.push(startWorker("w1", url), startWorker("w2", url), startWorker("w3", url));
    const [w1, w2, w3] = workers as [Worker, Worker, Worker];

    // Kill w1 while its pass is under way: it has started a run and reports are still missing.
    const w1Running = async () => {
      const run = await db
        .selectFrom("reportRuns")
        .select("finishedAt")
        .where("worker", "=", "w1")
        .executeTakeFirst();
      return run !== undefined && run.finishedAt === null && (await reportCounts(db)).total > 0;
    };
    await until(w1Running, 30_000, workers);
    w1.child.kill("SIGKILL");
    await w1.exited;

    const done = async () => {
      const finished = await db
        .selectFrom("reportRuns")
        .select("worker")
        .where("finishedAt", "is not", null)
        .where("worker", "in", ["w2", "w3"])
        .execute();
      return new Set(finished.map((r) => r.worker)).size === 2 && (await reportCounts(db)).total === expected;
    };
    await until(done, 40_000, workers);

    expect(await reportCounts(db)).toEqual({ total: expected, doubled: 0 });
    const all = await db
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(all.n)).toBe(expected);
    // The killed worker's run stays open in the log: it never finished, and nothing it half-made remains.
    const w1Runs = await db
      .selectFrom("reportRuns")
      .select("finishedAt")
      .where("worker", "=", "w1")
      .execute();
    expect(w1Runs.every((r) => r.finishedAt === null)).toBe(true);

    w2.child.kill("SIGTERM");
    w3.child.kill("SIGTERM");
    expect(await Promise.all([w2.exited, w3.exited])).toEqual([0, 0]);
  }, 120_000);
});
