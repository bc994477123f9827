/**
 * The API load bench: on a national-scale PostgreSQL, the real API (own process) against the raw route
 * (own process, the API's own SQL over `pg`), same run. Creates a facility admin (signed in through the
 * API) and an API key, finds each scenario's URL through the API (ids, then keyset cursors to the deep
 * page), checks that both servers answer it with the same bytes, then times it: unloaded p50 (one request
 * at a time) and autocannon at `connections`, rounds interleaved API, raw, API, raw…
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { insertApiKey, insertUser, openDatabase } from "@sinergi/db";
import type { Principal } from "@sinergi/domain";
import { hashPassword, hashSecret } from "../apps/api/src/access/secrets.ts";
import { discover, largestFacility } from "./api-load-discover.ts";
import { agent, get, loaded, median, unloadedP50 } from "./api-load-measure.ts";
import { type Child, freePort, startApi, startRaw } from "./api-load-procs.ts";
import type { RawSpec } from "./api-load-raw.ts";
import { HEALTH_CHECK, type Resource } from "./api-load-scenarios.ts";

/** How to run the bench. */
export interface ApiLoadOptions {
  readonly databaseUrl: string;
  readonly entry: "dist" | "src";
  readonly build?: boolean;
  readonly connections: number;
  /** Seconds of each loaded run. */
  readonly seconds: number;
  /** A fixed number of requests per loaded run instead of `seconds` (the smoke run). */
  readonly requests?: number;
  readonly rounds: number;
  /** Requests of each unloaded run. */
  readonly unloadedRequests: number;
  /**
   * Seconds of untimed load on each server before a scenario's rounds (0: none), so neither is timed
   * while V8 still compiles its code: a deployed server has run the same paths for hours.
   */
  readonly warmupSeconds?: number;
  /** The deep page followed to by cursor (page 100). */
  readonly deepPage: number;
  /** Only the scenarios whose name contains this text. */
  readonly only?: string | undefined;
  /** Where the API writes a V8 CPU profile when it stops. */
  readonly cpuProfDir?: string | undefined;
}

/** One target's figures for one scenario. */
export interface TargetFigures {
  /** Requests per second of each loaded round. */
  readonly rps: number[];
  /** p99 latency (ms) of each loaded round. */
  readonly p99: number[];
  /** p50 latency (ms) of each unloaded round. */
  readonly p50Unloaded: number[];
  /** CPU time (user + system) of the server process per request, ms, each loaded round. */
  readonly cpuMsPerRequest: number[];
  /** CPU time of all PostgreSQL processes per request, ms, each loaded round. */
  readonly postgresMsPerRequest: number[];
  /** CPU time of the bench process (autocannon, the load generator) per request, ms, each loaded round. */
  readonly benchMsPerRequest: number[];
  /** Busy CPU time of the whole machine (all cores, kernel included) per request, ms, each loaded round. */
  readonly machineMsPerRequest: number[];
  /** Answers other than 2xx, and connection errors, over all loaded rounds. */
  readonly non2xx: number;
  readonly errors: number;
}

/** One scenario's result. */
export interface ScenarioResult {
  readonly name: string;
  readonly resource: Resource;
  readonly shape: "get" | "list";
  readonly principal: "session" | "key";
  readonly page: number;
  readonly bytes: number;
  /** SQL statements of the read (the API's own, as the raw route replays them), besides authentication. */
  readonly readStatements: number;
  readonly identical: true;
  readonly api: TargetFigures;
  readonly raw: TargetFigures;
}

/** The bench's result (written as JSON). */
export interface ApiLoadResult {
  readonly at: string;
  readonly options: Omit<ApiLoadOptions, "databaseUrl">;
  readonly facility: { readonly id: string; readonly name: string };
  readonly scenarios: ScenarioResult[];
}

/** Runs the whole bench; the callers print and store the result. */
export async function runApiLoad(
  o: ApiLoadOptions,
  say: (line: string) => void = () => {},
): Promise<ApiLoadResult> {
  const handle = await openDatabase({ databaseUrl: o.databaseUrl });
  const secret = randomBytes(32).toString("base64url");
  const dir = mkdtempSync(join(tmpdir(), "api-load-"));
  const children: Child[] = [];
  try {
    const now = new Date().toISOString();
    // The API applies its migrations at start; the users and keys below need them.
    const api = await startApi({
      databaseUrl: o.databaseUrl,
      secret,
      entry: o.entry,
      build: o.build ?? false,
      cpuProfDir: o.cpuProfDir,
    });
    children.push(api);
    say("API ready");
    const facility = await largestFacility(handle.db);
    const password = randomBytes(18).toString("base64url");
    const email = `loadbench-${randomUUID().slice(0, 8)}@bench.invalid`;
    const user = await insertUser(
      handle.db,
      {
        id: randomUUID(),
        email,
        name: "Load bench",
        passwordHash: await hashPassword(password),
        role: "facility_admin",
        scope: { kind: "facility", facilityId: facility.id },
      },
      now,
    );
    const keySecret = `snk_${randomBytes(32).toString("base64url")}`;
    const key = await insertApiKey(
      handle.db,
      {
        id: randomUUID(),
        name: "Load bench",
        prefix: keySecret.slice(0, 12),
        keyHash: hashSecret(keySecret),
        role: "viewer",
        scope: { kind: "national" },
        permissions: ["agreements:read", "inmates:read", "training:read"],
        expiresAt: null,
        createdBy: "bench",
      },
      now,
    );
    const signIn = await fetch(`${api.url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: api.url },
      body: JSON.stringify({ email, password }),
    });
    const cookie = signIn.headers.get("set-cookie")?.split(";")[0];
    if (signIn.status !== 200 || !cookie) throw new Error(`sign-in answered ${signIn.status}`);
    const headers = { session: { cookie }, key: { authorization: `Bearer ${keySecret}` } };
    const principals: RawSpec["principals"] = {
      session: {
        id: user.id,
        kind: "user",
        role: "facility_admin",
        scope: { kind: "facility", facilityId: facility.id },
      } satisfies Principal,
      key: {
        id: key.id,
        kind: "api_key",
        role: "viewer",
        scope: { kind: "national" },
        permissions: key.permissions,
      } satisfies Principal,
    };
    const scenarios = [
      HEALTH_CHECK,
      ...(await discover(api, "session", headers.session, o.deepPage)),
      ...(await discover(api, "key", headers.key, o.deepPage)),
    ].filter((s) => o.only === undefined || s.name.includes(o.only));
    say(`${scenarios.length} scenarios; starting the raw route`);
    const port = await freePort();
    const specFile = join(dir, "raw.json");
    writeFileSync(
      specFile,
      JSON.stringify({ databaseUrl: o.databaseUrl, secret, port, principals, scenarios } satisfies RawSpec),
    );
    const raw = await startRaw(specFile, port, o.cpuProfDir);
    children.push(raw);
    const statements = JSON.parse(readFileSync(`${specFile}.statements.json`, "utf8")) as Record<
      string,
      number
    >;

    const results: ScenarioResult[] = [];
    for (const s of scenarios) {
      const h = headers[s.principal];
      const [a, b] = [await get(api.url + s.path, h), await get(raw.url + s.path, h)];
      if (a.status !== 200 || b.status !== 200 || !a.body.equals(b.body)) {
        // The bodies may hold personal data: kept in a private temporary folder, never printed.
        const keep = mkdtempSync(join(tmpdir(), "api-load-diff-"));
        writeFileSync(join(keep, "api.json"), a.body);
        writeFileSync(join(keep, "raw.json"), b.body);
        let at = 0;
        while (at < Math.min(a.body.length, b.body.length) && a.body[at] === b.body[at]) at += 1;
        throw new Error(
          `${s.name}: API ${a.status} and raw ${b.status} differ at byte ${at} (bodies in ${keep})`,
        );
      }
      const fig = () => ({
        rps: [] as number[],
        p99: [] as number[],
        cpuMsPerRequest: [] as number[],
        postgresMsPerRequest: [] as number[],
        benchMsPerRequest: [] as number[],
        machineMsPerRequest: [] as number[],
        p50Unloaded: [] as number[],
        non2xx: 0,
        errors: 0,
      });
      const api1 = fig();
      const raw1 = fig();
      if ((o.warmupSeconds ?? 0) > 0)
        for (const target of [api, raw])
          await loaded(target, s.path, h, { ...o, seconds: o.warmupSeconds ?? 0 });
      for (let round = 0; round < o.rounds; round += 1) {
        for (const [target, f] of [
          [api, api1],
          [raw, raw1],
        ] as const) {
          f.p50Unloaded.push(await unloadedP50(target.url + s.path, h, o.unloadedRequests));
          const l = await loaded(target, s.path, h, o);
          f.rps.push(l.rps);
          f.cpuMsPerRequest.push(l.cpuMsPerRequest);
          f.postgresMsPerRequest.push(l.postgresMsPerRequest);
          f.benchMsPerRequest.push(l.benchMsPerRequest);
          f.machineMsPerRequest.push(l.machineMsPerRequest);
          f.p99.push(l.p99);
          f.non2xx += l.non2xx;
          f.errors += l.errors;
        }
      }
      say(`${s.name}: API ${median(api1.rps).toFixed(0)}/s, raw ${median(raw1.rps).toFixed(0)}/s`);
      results.push({
        name: s.name,
        resource: s.resource,
        shape: s.shape,
        principal: s.principal,
        page: s.page,
        bytes: a.body.length,
        readStatements: statements[`${s.principal} ${s.path}`] ?? 0,
        identical: true,
        api: api1,
        raw: raw1,
      });
    }
    const { databaseUrl: _url, ...shown } = o;
    return { at: now, options: shown, facility, scenarios: results };
  } finally {
    for (const c of children.reverse()) await c.stop();
    rmSync(dir, { recursive: true, force: true });
    agent.destroy();
    await handle.close();
  }
}
