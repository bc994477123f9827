/**
 * The raw route of the API load bench, as its own process: a bare Hono app over `pg` that answers the
 * bench's scenarios with the API's own SQL and byte-identical JSON. At start it calls the API's repository
 * functions once per scenario through a recording Kysely (api-load-scenarios.ts); per request it runs one
 * authentication statement (the API's own session or key lookup, by token hash) and replays the scenario's
 * statements over the pool, each prepared once per connection under a name as the API runs them (queryNamed
 * of @sinergi/db), then shapes the rows. No validation, no middleware, no query building.
 * Reads its settings as JSON from the file named by RAW_SPEC; prints "listening <port>" when ready.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { type Database, findLiveSession, queryNamed, StatementNames, useApiKey } from "@sinergi/db";
import type { Principal } from "@sinergi/domain";
import { Hono } from "hono";
import { CamelCasePlugin, type CompiledQuery, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { SESSION_LIFETIME, TOUCH_EVERY_MS } from "../apps/api/src/access/authenticate.ts";
import { parsers } from "../packages/db/src/type-parsers.ts";
import { type Prepared, prepare, type Row, type ScenarioSpec } from "./api-load-scenarios.ts";

/** What the bench hands the raw process. */
export interface RawSpec {
  readonly databaseUrl: string;
  readonly secret: string;
  readonly port: number;
  readonly principals: { readonly session: Principal; readonly key: Principal };
  readonly scenarios: readonly ScenarioSpec[];
}

const spec = JSON.parse(readFileSync(process.env.RAW_SPEC ?? "", "utf8")) as RawSpec;

// The same pool the API opens: size, session time zone and type parsers.
const pool = new pg.Pool({
  connectionString: spec.databaseUrl,
  max: 10,
  options: "-c timezone=UTC",
  types: {
    getTypeParser: ((oid: number, format?: string) =>
      parsers[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  },
});

// As the API runs them: each parameterised statement prepared once per connection, under one name per text.
const names = new StatementNames();
async function query(text: string, values: readonly unknown[]) {
  const client = await pool.connect();
  try {
    return await queryNamed<Row>(client, names, text, values);
  } finally {
    client.release();
  }
}

let recording: CompiledQuery[] | undefined;
const recorder = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  plugins: [new CamelCasePlugin()],
  log: (event) => {
    if (event.level === "query") recording?.push(event.query);
  },
});

async function record(run: () => Promise<unknown>): Promise<CompiledQuery[]> {
  recording = [];
  await run();
  const got = recording;
  recording = undefined;
  return got;
}

// snake_case -> camelCase as the CamelCasePlugin maps rows (nested plain objects too), memoised.
const keys = new Map<string, string>();
function camel(key: string): string {
  let out = keys.get(key);
  if (out === undefined) {
    out = key.replace(/_+(.)/g, (_m, c: string) => c.toUpperCase());
    keys.set(key, out);
  }
  return out;
}
const isPlain = (v: unknown): v is Row =>
  v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;
function mapRow(row: Row): Row {
  const out: Row = {};
  for (const k in row) {
    let v = row[k];
    if (Array.isArray(v)) v = v.map((it) => (isPlain(it) ? mapRow(it) : it));
    else if (isPlain(v)) v = mapRow(v);
    out[camel(k)] = v;
  }
  return out;
}

const captureNow = new Date().toISOString();
const captureMs = Date.parse(captureNow);
const captureHash = "0".repeat(64);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// The widest offset from "now" the API's statements compute (a session's 12-hour limit).
const NEAR_MS = 13 * 60 * 60 * 1000;

/**
 * A statement whose parameters are the capture's instant, an instant computed from it (a session's idle
 * end, a touch or last-use threshold a minute either side) or its hash, taking the request's instead: a
 * threshold frozen at capture time would make the raw route write on every request, or never.
 */
function template(q: CompiledQuery): (now: string, hash?: string) => unknown[] {
  const fill = q.parameters.map((p) => {
    if (p === captureHash) return (_now: string, hash: string) => hash;
    if (typeof p === "string" && ISO_INSTANT.test(p)) {
      const offset = Date.parse(p) - captureMs;
      if (offset === 0) return (now: string) => now;
      if (Math.abs(offset) <= NEAR_MS)
        return (now: string) => new Date(Date.parse(now) + offset).toISOString();
    }
    return () => p;
  });
  return (now, hash = "") => fill.map((f) => f(now, hash));
}

// The API's own lookup, with the seen-time touch it writes once a minute.
const [sessionLookup] = await record(() =>
  findLiveSession(recorder, captureHash, captureNow, SESSION_LIFETIME, TOUCH_EVERY_MS),
);
const [keyLookup] = await record(() => useApiKey(recorder, captureHash, captureNow));
if (!sessionLookup || !keyLookup) throw new Error("no authentication statement recorded");
const auth = {
  session: { sql: sessionLookup.sql, values: template(sessionLookup) },
  key: { sql: keyLookup.sql, values: template(keyLookup) },
};

interface Ready {
  readonly statements: { sql: string; values: (now: string) => unknown[] }[];
  readonly prepared: Prepared;
  readonly principalId: string;
}
const ready = new Map<string, Ready>();
for (const s of spec.scenarios) {
  if (s.resource === "health") continue;
  const principal = spec.principals[s.principal];
  let prepared: Prepared | undefined;
  const statements = await record(async () => {
    prepared = await prepare(recorder, s, { principal, now: captureNow, secret: spec.secret });
  });
  if (!prepared) throw new Error(`scenario ${s.name} prepared nothing`);
  ready.set(`${s.principal} ${s.path}`, {
    statements: statements.map((q) => ({ sql: q.sql, values: template(q) })),
    prepared,
    principalId: principal.id,
  });
}
// How many statements each scenario replays after the authentication one: the bench records them.
writeFileSync(
  `${process.env.RAW_SPEC}.statements.json`,
  JSON.stringify(Object.fromEntries([...ready].map(([k, r]) => [k, r.statements.length]))),
);
// The audit rows the capture wrote are the bench's own; the API writes one per full read too.

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const COOKIE = /(?:^|;\s*)sinergi_session=([^;]+)/;

/** The caller, by the API's own lookup statement: undefined when the token is not a live one. */
async function authenticate(authorization: string | undefined, cookie: string | undefined, now: string) {
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) return undefined;
    const { rows } = await query(auth.key.sql, auth.key.values(now, sha256(token)));
    const row = rows[0] as { id: string } | undefined;
    return row ? { kind: "key" as const, id: row.id } : undefined;
  }
  const token = cookie === undefined ? undefined : COOKIE.exec(cookie)?.[1];
  if (!token) return undefined;
  const { rows } = await query(auth.session.sql, auth.session.values(now, sha256(token)));
  const row = rows[0] as { user_id: string; must_change_password: boolean } | undefined;
  return row && !row.must_change_password ? { kind: "session" as const, id: row.user_id } : undefined;
}

const app = new Hono();
// The health check's answer, as bare as the reads' (the API's is the same bytes).
app.get("/healthz", (c) => c.body('{"status":"ok"}', 200, { "content-type": "application/json" }));
app.get("*", async (c) => {
  const now = new Date().toISOString();
  const url = c.req.url;
  const path = url.slice(url.indexOf("/", url.indexOf("//") + 2));
  const who = await authenticate(c.req.header("authorization"), c.req.header("cookie"), now);
  if (!who) return c.body(null, 401);
  const scenario = ready.get(`${who.kind} ${path}`);
  if (!scenario) return c.body(null, 404);
  if (scenario.principalId !== who.id) return c.body(null, 403);
  const results: Row[][] = [];
  for (const s of scenario.statements) {
    const { rows } = await query(s.sql, s.values(now));
    results.push((rows as Row[]).map(mapRow));
  }
  const body = scenario.prepared.shape(results, now);
  if (typeof body === "number") return c.body(null, 404);
  return c.body(JSON.stringify(body), 200, { "content-type": "application/json" });
});

const server = serve({ fetch: app.fetch, port: spec.port }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
