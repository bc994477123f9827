/**
 * Smoke run of the several-instances bench (nginx → 2 API processes + 3 report workers on one PostgreSQL)
 * on a tiny generated country (scale 0.002: 6 facilities), one closed month, a few requests and workers
 * running every 2 s. Needs PostgreSQL (TEST_DATABASE_URL) and Debian's nginx (/usr/sbin/nginx); skips
 * saying which is missing. Its own database is created and dropped. No time is asserted.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { openDatabase } from "@sinergi/db";
import { sql } from "kysely";
import {
  certificateCheck,
  rateLimitCheck,
  sessionCheck,
  signIn,
  spreadCheck,
  wrongSignIn,
} from "./instances-checks.ts";
import { runInstances } from "./instances-run.ts";

const serverUrl = process.env.TEST_DATABASE_URL;
const nginx = "/usr/sbin/nginx";
const missing = [
  ...(serverUrl ? [] : ["PostgreSQL (TEST_DATABASE_URL)"]),
  ...(existsSync(nginx) ? [] : [`nginx (${nginx}; apt-get install nginx)`]),
];

describe("several instances behind nginx on a tiny country", {
  skip: missing.length === 0 ? false : `needs ${missing.join(" and ")}`,
}, () => {
  let result: Awaited<ReturnType<typeof run>>;
  const verbose = process.env.INSTANCES_SMOKE_VERBOSE
    ? (line: string) => console.error(`${performance.now().toFixed(0)} ${line}`)
    : undefined;

  const run = async () => {
    const dir = mkdtempSync(join(tmpdir(), "sinergi-instances-smoke-"));
    try {
      return await runInstances(
        {
          serverUrl: serverUrl as string,
          database: `instances_smoke_${randomBytes(5).toString("hex")}`,
          scale: 0.002,
          months: 1,
          nginxDir: join(dir, "nginx"),
          keep: false,
          passesEach: 2,
          apiEntry: "dist",
          workerSchedule: "*/2 * * * * *",
          ...(verbose ? { onStep: verbose } : {}),
        },
        async (t) => {
          const names = new Map(t.apis.map((a) => [`127.0.0.1:${a.port}`, a.name]));
          const [a, b] = t.apis.map((api) => `http://127.0.0.1:${api.port}`) as [string, string];
          const cookie = await signIn(t.proxy, t.admin.email, t.admin.password);
          const spread = await spreadCheck(t.proxy, cookie, names, { requests: 12, concurrency: 3 });
          const session = await sessionCheck(a, b, t.admin.email, t.admin.password);
          const db = await openDatabase({ databaseUrl: t.databaseUrl });
          await sql`delete from rate_limits`.execute(db.db);
          await db.close();
          // The sign-in limit is the smaller one (30 in 15 minutes): a few over it show it holds for both.
          const rateLimit = await rateLimitCheck("POST /auth/sign-in", 30, 34, names, wrongSignIn(t.proxy));
          const certificate = await certificateCheck(t.proxy)();
          return { spread, session, rateLimit, certificateStatus: certificate.status };
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  before(async () => {
    result = await run();
  });

  it("spreads authenticated reads through nginx over both API processes", () => {
    const { spread } = result.checks;
    assert.equal(spread.ok, spread.requests);
    assert.deepEqual(Object.keys(spread.perInstance).sort(), ["api-1", "api-2"]);
  });

  it("honours a session made at one API at the other, and its sign-out at both", () => {
    const { session } = result.checks;
    assert.deepEqual([session.meAtB, session.signOutAtB, session.meAtAAfterSignOut], [200, 204, 401]);
  });

  it("holds the sign-in rate limit for both processes together", () => {
    const { rateLimit } = result.checks;
    assert.ok(rateLimit.holds, `${rateLimit.allowed} let through, limit ${rateLimit.limit}`);
    assert.ok(rateLimit.refusedFromFirst429On);
    assert.equal(Object.keys(rateLimit.allowedPerInstance).length, 2);
    assert.equal(result.checks.certificateStatus, 404);
  });

  it("has the three workers make every report of the month exactly once", () => {
    const { reports } = result;
    assert.equal(reports.rows, reports.expected);
    assert.equal(reports.periods, 1);
    assert.equal(reports.duplicates, 0);
    assert.equal(reports.failures, 0);
    assert.ok(reports.passes >= 6);
    assert.equal(reports.rows - reports.rowsAfterFirstPasses, 0, "later passes add no report");
  });
});
