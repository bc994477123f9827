/**
 * Timing helpers of the API load bench: one GET on a kept-alive socket, unloaded p50, an autocannon
 * run with the server process's CPU time per request, and the median.
 */
import { readdirSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import autocannon from "autocannon";
import type { Child } from "./api-load-procs.ts";

/** The bench's own client connections (one per server). */
export const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One GET on a kept-alive socket: status, body and time taken (ms). A kept socket the server closed
 * while idle (its keep-alive timeout passes during a loaded run) is retried once on a new one.
 */
export function get(
  url: string,
  headers: Record<string, string>,
  retried = false,
): Promise<{ status: number; body: Buffer; ms: number }> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const req = request(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - began }),
      );
      res.on("error", reject);
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && e.code === "ECONNRESET") resolve(get(url, headers, true));
      else reject(e);
    });
    req.end();
  });
}

/** The median of some figures (the mean of the middle two for an even count). */
export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** p50 (ms) of `n` requests one after another. */
export async function unloadedP50(url: string, headers: Record<string, string>, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const r = await get(url, headers);
    if (r.status !== 200) throw new Error(`${url} answered ${r.status} unloaded`);
    times.push(r.ms);
  }
  return median(times);
}

const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux

/** CPU time (ms) a process has used so far, from /proc: steady whatever else the machine runs. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (ms) every PostgreSQL process on this machine has used so far (backends, WAL writer, ...). */
function postgresCpuMs(): number {
  let total = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) !== "postgres") continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/** Busy CPU time (ms) of the whole machine so far, all cores: everything but idle and I/O wait. */
function machineBusyMs(): number {
  const cpu =
    readFileSync("/proc/stat", "utf8").split("\n")[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
  return (user + nice + system + irq + softirq + steal) / ticksPerMs;
}

/**
 * One autocannon run against `target`: requests per second, p99, and CPU ms per request of the server,
 * of PostgreSQL, of this process (autocannon) and of the whole machine.
 */
export async function loaded(
  target: Child,
  path: string,
  headers: Record<string, string>,
  o: { connections: number; seconds: number; requests?: number },
) {
  const cpuBefore = cpuMs(target.process.pid);
  const pgBefore = postgresCpuMs();
  const selfBefore = process.cpuUsage();
  const machineBefore = machineBusyMs();
  const r = await autocannon({
    url: target.url + path,
    connections: o.connections,
    headers,
    // A short fixed run samples often, so it ends when its requests do rather than on the next second.
    ...(o.requests === undefined ? { duration: o.seconds } : { amount: o.requests, sampleInt: 50 }),
  });
  const cpu = cpuMs(target.process.pid) - cpuBefore;
  const machine = machineBusyMs() - machineBefore;
  const self = process.cpuUsage(selfBefore);
  const pgCpu = postgresCpuMs() - pgBefore;
  const n = Math.max(1, r.requests.total);
  return {
    rps: r.requests.total / r.duration,
    p99: r.latency.p99,
    cpuMsPerRequest: cpu / n,
    postgresMsPerRequest: pgCpu / n,
    benchMsPerRequest: (self.user + self.system) / 1000 / n,
    machineMsPerRequest: machine / n,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}
