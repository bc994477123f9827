/**
 * EXPLAIN (ANALYZE, BUFFERS) of each report figure family's statement, in the range form the backfill
 * uses, at national scope: which family dominates. Read-only (EXPLAIN ANALYZE of SELECTs).
 * Usage: BENCH_DATABASE_URL=… pnpm --filter @sinergi/bench exec tsx reports-explain.ts 2025-12 12 [family] [--plans]
 */
import { openDatabase } from "@sinergi/db";
import { CompiledQuery, type RawBuilder, sql } from "kysely";
import {
  engagementCountsQuery,
  licenceRowsQuery,
} from "../packages/db/src/repositories/report/figures/activity.ts";
import {
  actionPlanCountsQuery,
  agreementCountsQuery,
  outcomeRowsQuery,
} from "../packages/db/src/repositories/report/figures/agreements.ts";
import {
  domicileRowsQuery,
  trainingCountsQuery,
} from "../packages/db/src/repositories/report/figures/training.ts";
import { boundsCtes } from "../packages/db/src/repositories/report/figures/units.ts";

const [from = "2025-12", months = "12", only, plans] = process.argv.slice(2);
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/sinergi_national";
const range = { from, months: Number(months) };
const bounds = boundsCtes(range, { kind: "national" });
const families: Record<string, RawBuilder<unknown>> = {
  agreements: agreementCountsQuery(bounds),
  actionPlan: actionPlanCountsQuery(bounds),
  outcomes: outcomeRowsQuery(bounds),
  engagements: engagementCountsQuery(bounds),
  training: trainingCountsQuery(bounds, range, { kind: "national" }),
  domicile: domicileRowsQuery(bounds, range, { kind: "national" }),
  licences: licenceRowsQuery(bounds),
};
const s = await openDatabase({ databaseUrl: url });
try {
  for (const [family, query] of Object.entries(families)) {
    if (only !== undefined && only !== "all" && only !== family) continue;
    const c = query.compile(s.db);
    // One transaction, so that the worker's own setting (jit off, see make.ts) applies as in a backfill.
    const { rows } = await s.db.transaction().execute(async (tx) => {
      if (process.env.EXPLAIN_JIT !== "on") await sql`set local jit = off`.execute(tx);
      return tx.executeQuery<Record<string, string>>(
        CompiledQuery.raw(`explain (analyze, buffers) ${c.sql}`, [...c.parameters]),
      );
    });
    const lines = rows.map((r) => Object.values(r)[0] ?? "");
    const time = lines.find((l) => l.startsWith("Execution Time")) ?? "?";
    console.log(`${family}: ${time}`);
    if (plans === "--plans") console.log(lines.join("\n"));
  }
} finally {
  await s.close();
}
