/**
 * What bench/instances.ts asks of the topology, each through real HTTP: how requests spread over the
 * API processes, whether a session made on one is honoured (and ended) on the other, and whether a
 * rate limit holds for the instances together.
 */
import { median } from "./processes.ts";

/** One answer: its status, which upstream nginx chose (when through nginx) and how long it took. */
interface Answer {
  readonly status: number;
  readonly upstream: string | null;
  readonly ms: number;
  readonly cookie: string | null;
}

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  const set = res.headers.getSetCookie().find((c) => c.startsWith("sinergi"));
  return {
    status: res.status,
    upstream: res.headers.get("x-sinergi-upstream"),
    ms: performance.now() - started,
    cookie: set ? (set.split(";")[0] ?? null) : null,
  };
}

/** Signs in at `base` (a browser's write: Origin is the base) and answers the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const a = await call(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (a.status !== 200 || !a.cookie) throw new Error(`sign-in at ${base} answered ${a.status}`);
  return a.cookie;
}

/** How many answers came from each upstream, by instance name. */
const countBy = (answers: readonly Answer[], names: ReadonlyMap<string, string>) => {
  const counts: Record<string, number> = {};
  for (const a of answers) {
    const key = a.upstream ? (names.get(a.upstream) ?? a.upstream) : "none";
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

/** Runs `total` calls, `concurrency` at a time. */
async function many(total: number, concurrency: number, one: (i: number) => Promise<Answer>) {
  const answers: Answer[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        answers[i] = await one(i);
      }
    }),
  );
  return { answers, seconds: (performance.now() - started) / 1000 };
}

/** Authenticated list reads through nginx: the spread over instances, throughput and latency. */
export async function spreadCheck(
  proxy: string,
  cookie: string,
  names: ReadonlyMap<string, string>,
  options: { requests: number; concurrency: number },
) {
  const { answers, seconds } = await many(options.requests, options.concurrency, () =>
    call(`${proxy}/api/v1/agreements?limit=20`, { headers: { cookie } }),
  );
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  return {
    requests: answers.length,
    concurrency: options.concurrency,
    ok: answers.filter((a) => a.status === 200).length,
    perInstance: countBy(answers, names),
    requestsPerSecond: Math.round(answers.length / seconds),
    p50Ms: Number(median(ms).toFixed(1)),
    p99Ms: Number((ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.99))] ?? 0).toFixed(1)),
  };
}

/**
 * A session made by signing in directly at instance A is read at instance B, then signed out at B
 * and refused at A on the next request.
 */
export async function sessionCheck(a: string, b: string, email: string, password: string) {
  const cookie = await signIn(a, email, password);
  const meAtB = (await call(`${b}/api/v1/auth/me`, { headers: { cookie } })).status;
  const signOutAtB = (
    await call(`${b}/api/v1/auth/sign-out`, { method: "POST", headers: { cookie, origin: b } })
  ).status;
  const meAtAAfter = (await call(`${a}/api/v1/auth/me`, { headers: { cookie } })).status;
  return { signedInAt: a, meAtB, signOutAtB, meAtAAfterSignOut: meAtAAfter };
}

/**
 * `attempts` calls of a rate-limited route through nginx: how many were let through before the
 * first 429, by which instances, and whether everything after it was refused too.
 */
export async function rateLimitCheck(
  what: string,
  limit: number,
  attempts: number,
  names: ReadonlyMap<string, string>,
  one: () => Promise<Answer>,
) {
  const answers: Answer[] = [];
  for (let i = 0; i < attempts; i++) answers.push(await one());
  const allowed = answers.filter((a) => a.status !== 429);
  const refused = answers.filter((a) => a.status === 429);
  const firstRefused = answers.findIndex((a) => a.status === 429);
  return {
    route: what,
    limit,
    attempts,
    allowed: allowed.length,
    refused: refused.length,
    allowedPerInstance: countBy(allowed, names),
    refusedPerInstance: countBy(refused, names),
    refusedFromFirst429On: firstRefused >= 0 && answers.slice(firstRefused).every((a) => a.status === 429),
    holds: allowed.length === limit,
  };
}

/** A wrong sign-in through nginx (an unknown email, so no account lock is involved). */
export const wrongSignIn = (proxy: string) => () =>
  call(`${proxy}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: proxy },
    body: JSON.stringify({ email: "nobody@sinergi.invalid", password: "salah sekali kata sandinya" }),
  });

/** A public certificate check through nginx (an unknown code: a 404, still counted). */
export const certificateCheck = (proxy: string) => () =>
  call(`${proxy}/api/v1/public/certificate-check?ref=TIDAK-ADA-0001`);
