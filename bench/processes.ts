/**
 * Helpers shared by the benches that start real processes: a free loopback port, waiting for a first
 * answer, what Linux says a process tree uses (/proc), and stopping a child and waiting for its exit.
 */
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** A loopback port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Polls `url` until it answers `status` (default 200); rejects when the child exits first or time runs out. */
export async function waitForAnswer(
  url: string,
  child: ChildProcess,
  options: { status?: number; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  const status = options.status ?? 200;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`process exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === status) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not answer ${status} in time`);
}

/** The pids of a process and everything below it. */
export function processTree(pid: number): number[] {
  const out = [pid];
  try {
    for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ")) {
      if (task.trim() !== "") out.push(...processTree(Number(task)));
    }
  } catch {
    // Gone already.
  }
  return out;
}

/** Resident memory now and at peak (MB) and CPU time used (ms, user + system) of one process. */
export interface ProcessStats {
  readonly pid: number;
  readonly command: string;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly cpuMs: number;
}

/** What /proc says of one process, or undefined when it is gone. */
export function processStats(pid: number): ProcessStats | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, 3).join(" ");
    return {
      pid,
      command,
      rssMb: Math.round(kb("VmRSS") / 1024),
      peakRssMb: Math.round(kb("VmHWM") / 1024),
      cpuMs: (ticks * 1000) / 100,
    };
  } catch {
    return undefined;
  }
}

/** Every live process of a tree with its figures. */
export function treeStats(pid: number): ProcessStats[] {
  return processTree(pid).flatMap((p) => processStats(p) ?? []);
}

/** Starts a child with its output kept in memory (never printed: a first start shows a password). */
export function startChild(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { env: NodeJS.ProcessEnv },
): ChildProcess & { output: () => string } {
  // Its own process group, so that stopping it reaches what pnpm or tsx started below it.
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const chunks: string[] = [];
  child.stdout?.on("data", (d: Buffer) => chunks.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => chunks.push(d.toString()));
  return Object.assign(child, { output: () => chunks.join("") });
}

/** Sends SIGTERM to a started child's process group and waits for its exit (SIGKILL after `graceMs`). */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-pid, s);
    } catch {
      // The group is gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
