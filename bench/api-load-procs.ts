/**
 * The processes of the API load bench: the real API from its production entry, and the raw route, each
 * its own child process; plus free ports and a wait for readiness.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const apiDir = fileURLToPath(new URL("../apps/api/", import.meta.url));
const benchDir = fileURLToPath(new URL("./", import.meta.url));

/** A child process the bench started, and how to stop it. */
export interface Child {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function child(p: ChildProcess, url: string, name: string): Child {
  let stderr = "";
  p.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  p.once("exit", (code) => {
    if (code !== 0 && code !== null) process.stderr.write(`${name} exited with ${code}\n${stderr}\n`);
  });
  return {
    url,
    process: p,
    stop: () =>
      new Promise((resolve) => {
        if (p.exitCode !== null || p.signalCode !== null) return resolve();
        p.once("exit", () => resolve());
        p.kill("SIGTERM");
      }),
  };
}

/** Polls `url` until it answers 200 (or the process ends, or `ms` pass). */
export async function waitReady(c: Child, path: string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (c.process.exitCode !== null)
      throw new Error(`process ended before it was ready (${c.process.exitCode})`);
    try {
      const r = await fetch(c.url + path);
      await r.arrayBuffer();
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${c.url} was not ready within ${ms} ms`);
}

/**
 * Starts the API as production runs it: `node dist/main.js` (the vite build, made here when missing or
 * when `build` is set), or `src/main.ts` through tsx for a quick smoke run. stdout (the request log)
 * is discarded, as a log shipper would take it.
 */
export async function startApi(options: {
  databaseUrl: string;
  secret: string;
  entry: "dist" | "src";
  build?: boolean;
  cpuProfDir?: string | undefined;
}): Promise<Child> {
  const port = await freePort();
  if (options.entry === "dist" && (options.build || !existsSync(`${apiDir}dist/main.js`))) {
    await new Promise<void>((resolve, reject) => {
      const b = spawn("pnpm", ["exec", "vite", "build", "--logLevel", "error"], {
        cwd: apiDir,
        stdio: "inherit",
      });
      b.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`API build failed (${code})`))));
    });
  }
  const entry = options.entry === "dist" ? ["dist/main.js"] : ["--import", "tsx", "src/main.ts"];
  const profile = options.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfDir] : [];
  const args = [...profile, ...entry];
  const p = spawn(process.execPath, args, {
    cwd: apiDir,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      SINERGI_SECRET: options.secret,
      SINERGI_SECURE_COOKIES: "false",
      SINERGI_ADMIN_EMAIL: "",
      SINERGI_ADMIN_PASSWORD: "",
    },
  });
  const c = child(p, `http://127.0.0.1:${port}`, "API");
  await waitReady(c, "/healthz");
  return c;
}

/** Starts the raw route with its settings file; resolves once it listens. */
export async function startRaw(specFile: string, port: number, cpuProfDir?: string): Promise<Child> {
  const profile = cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", cpuProfDir] : [];
  const p = spawn(process.execPath, [...profile, "--import", "tsx", "api-load-raw.ts"], {
    cwd: benchDir,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, RAW_SPEC: specFile },
  });
  const c = child(p, `http://127.0.0.1:${port}`, "raw route");
  await new Promise<void>((resolve, reject) => {
    let out = "";
    p.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("listening")) resolve();
    });
    p.once("exit", (code) => reject(new Error(`raw route ended before listening (${code})`)));
  });
  return c;
}
