import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./free-port.ts";

const apiDir = fileURLToPath(new URL("..", import.meta.url));
const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const tsx = import.meta.resolve("tsx");

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts `src/main.ts` as `pnpm start` would, with only the given environment (plus PATH). */
function start(cwd: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, ["--import", tsx, main], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return { child, output: () => output, exited };
}

describe("starting the API", () => {
  it("stops before opening anything when a setting is bad, naming it and not its value", async () => {
    const bad = start(apiDir, { PORT: "70000", SINERGI_ADMIN_PASSWORD: "hunter2" });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain("PORT must be a whole number from 1 to 65535");
    expect(bad.output()).toContain("SINERGI_ADMIN_PASSWORD must be at least 12 characters");
    expect(bad.output()).not.toContain("hunter2");
  });

  it("refuses PostgreSQL without SINERGI_SECRET, with a message saying why", async () => {
    const pg = start(apiDir, { DATABASE_URL: "postgres://sinergi:pw-hunter2@127.0.0.1:1/sinergi" });
    expect(await pg.exited).toBe(1);
    expect(pg.output()).toMatch(/SINERGI_SECRET is required with DATABASE_URL/);
    expect(pg.output()).not.toContain("pw-hunter2");
  });

  describe("on the embedded default with a relative SINERGI_DATA_DIR", () => {
    const caller = mkdtempSync(join(tmpdir(), "sinergi-start-"));
    const running: Started[] = [];
    afterAll(async () => {
      for (const s of running) if (s.child.exitCode === null) s.child.kill("SIGKILL");
      rmSync(caller, { recursive: true, force: true });
    });

    it("keeps its data, secret and lock in the caller's folder and answers / with the docs", async () => {
      const port = await freePort();
      // As `pnpm start` does: the script runs in apps/api, the caller's folder is in INIT_CWD.
      const first = start(apiDir, {
        PORT: String(port),
        SINERGI_DATA_DIR: "data",
        INIT_CWD: caller,
        // No console build there: `/` keeps opening the docs, whether or not apps/console/dist exists.
        SINERGI_CONSOLE_DIR: "no-console",
      });
      running.push(first);
      const deadline = Date.now() + 150_000;
      while (!first.output().includes("Sinergi API listening") && Date.now() < deadline) {
        if (first.child.exitCode !== null) throw new Error(first.output());
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(first.output()).toContain(`embedded PGlite in ${join(caller, "data")}`);
      expect(existsSync(join(apiDir, "data"))).toBe(false);
      expect(statSync(join(caller, "data", "secret")).mode & 0o777).toBe(0o600);

      const root = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
      expect([root.status, root.headers.get("location")]).toEqual([302, "/api/docs"]);
      const docs = await fetch(`http://127.0.0.1:${port}/`);
      expect([docs.status, docs.headers.get("content-type")]).toEqual([200, "text/html; charset=UTF-8"]);
      // Request lines are written in batches, yet a quiet server's lines still come out within a moment.
      const requestLine = /"status":302[^\n]*"msg":"request"/;
      while (!requestLine.test(first.output()) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect(first.output()).toMatch(requestLine);
      // The reporting worker runs in this process: its first pass (at start) shows in /readyz.
      let ready: { worker?: { lastPassAt: string | null } } = {};
      while (!ready.worker?.lastPassAt && Date.now() < deadline) {
        ready = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as typeof ready;
        if (!ready.worker?.lastPassAt) await new Promise((r) => setTimeout(r, 500));
      }
      expect(ready.worker?.lastPassAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      // The same folder reached from another working directory is the same lock.
      const second = start(caller, { PORT: String(await freePort()), SINERGI_DATA_DIR: "data" });
      running.push(second);
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`The embedded database in ${join(caller, "data")} is already open`);

      first.child.kill("SIGTERM");
      expect(await first.exited).toBe(0);
      // The lines still gathering when it stopped were written on the way out.
      expect(first.output()).toContain('"msg":"stopping"');
    }, 200_000);
  });
});
