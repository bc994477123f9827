import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SinergiDb } from "@sinergi/db";
import { insertOrgFixture, testBackends } from "@sinergi/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackfillArgs, runBackfillCommand } from "./backfill.ts";

const entry = fileURLToPath(new URL("./backfill-main.ts", import.meta.url));
const tsx = import.meta.resolve("tsx");

describe("backfill arguments", () => {
  it("reads a range of months and refuses anything else", () => {
    expect(parseBackfillArgs(["--from", "2026-01", "--to=2026-03"])).toEqual({
      from: "2026-01",
      to: "2026-03",
    });
    expect(parseBackfillArgs(["--from", "2026-13", "--to", "2026-03"])).toBe(
      "--from needs a month as YYYY-MM",
    );
    expect(parseBackfillArgs(["--from", "2026-04", "--to", "2026-03"])).toBe("--from must not be after --to");
    expect(parseBackfillArgs(["--from", "2026-01"])).toBe("usage: backfill --from YYYY-MM --to YYYY-MM");
    expect(parseBackfillArgs(["--all"])).toBe('unknown argument "--all"');
  });
});

describe.each(testBackends())("the backfill command on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await backend.open();
    await insertOrgFixture(db());
  });
  afterAll(() => handle.close());

  const capture = (isTTY: boolean) => {
    let text = "";
    const write = (t: string) => {
      text += t;
    };
    return { out: { isTTY, write }, text: () => text };
  };
  const now = () => "2026-05-10T00:00:00.000Z";

  it("writes one plain line a month when not on a terminal, leaving out months not yet closed", async () => {
    const c = capture(false);
    expect(
      await runBackfillCommand(db(), { from: "2026-02", to: "2026-06" }, { worker: "bf", out: c.out, now }),
    ).toBe(0);
    expect(c.text()).toBe(
      [
        "2026-02: 4 made, 0 failed",
        "2026-03: 4 made, 0 failed",
        "2026-04: 4 made, 0 failed",
        "backfill done: 3 months, 12 reports made, 0 failed (months not yet closed left out)",
        "",
      ].join("\n"),
    );
    const again = capture(false);
    await runBackfillCommand(db(), { from: "2026-02", to: "2026-03" }, { worker: "bf", out: again.out, now });
    expect(again.text()).toContain(
      "2026-03: 0 made, 0 failed\nbackfill done: 2 months, 0 reports made, 0 failed\n",
    );
    const runs = await db()
      .selectFrom("reportRuns")
      .select(["kind", "reportsMade"])
      .where("kind", "=", "backfill")
      .execute();
    expect(runs.map((r) => r.reportsMade).sort()).toEqual([0, 12]);
  });

  it("draws a progress bar on a terminal", async () => {
    const c = capture(true);
    await runBackfillCommand(db(), { from: "2025-12", to: "2026-01" }, { worker: "bf", out: c.out, now });
    expect(c.text()).toContain("2/2 months | 2026-01 | 8 made, 0 failed");
    // Redrawn in place with cursor controls, as a terminal shows it.
    expect(c.text()).toContain("\u001b[1Gbackfill ======");
  });

  it.runIf(backend.name === "postgres")("runs as its own process with plain lines when piped", async () => {
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db());
    const url = new URL(process.env.TEST_DATABASE_URL ?? "");
    url.pathname = `/${rows[0]?.name}`;
    const child = spawn(process.execPath, ["--import", tsx, entry, "--from", "2025-10", "--to", "2025-11"], {
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: url.toString(), SINERGI_WORKER_NAME: "cli" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((r) => child.once("exit", r));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(
      "2025-10: 4 made, 0 failed\n2025-11: 4 made, 0 failed\nbackfill done: 2 months, 8 reports made, 0 failed\n",
    );
  });
});
