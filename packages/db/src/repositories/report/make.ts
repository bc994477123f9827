import { randomUUID } from "node:crypto";
import {
  assembleReport,
  assertNever,
  type ReportContent,
  type ReportScope,
  type UnitFigures,
} from "@sinergi/domain";
import { type Kysely, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import type { Database } from "../../schema/index.ts";
import { computeUnitFigures, computeUnitFiguresRange } from "./figures.ts";
import { insertFirstReport, insertNextRevision } from "./reports.ts";
import type { RunFailure } from "./runs.ts";

/** First key of the advisory locks the worker takes (the second is the period as YYYYMM). */
const REPORT_LOCK_CLASS = 20_261_204;

/** A scope's key in run failures and once-keys: `national`, `facility:<id>`, `regional_office:<id>`. */
export function scopeKey(scope: ReportScope): string {
  if (scope.kind === "national") return "national";
  return scope.kind === "facility"
    ? `facility:${scope.facilityId}`
    : `regional_office:${scope.regionalOfficeId}`;
}

/** The inverse of `scopeKey`; undefined for a key that names no scope. */
export function scopeOfKey(key: string): ReportScope | undefined {
  if (key === "national") return { kind: "national" };
  const [kind, id] = key.split(":");
  if (id === undefined || id === "") return undefined;
  if (kind === "facility") return { kind: "facility", facilityId: id };
  if (kind === "regional_office") return { kind: "regional_office", regionalOfficeId: id };
  return undefined;
}

/** The units of one scope's report, taken from the nation's units (so every sum over them is exact). */
export function unitsOf(scope: ReportScope, nation: readonly UnitFigures[]): UnitFigures[] {
  switch (scope.kind) {
    case "national":
      return [...nation];
    case "regional_office":
      return nation.filter((u) => u.unit.regionalOfficeId === scope.regionalOfficeId);
    case "facility":
      return nation.filter((u) => u.unit.kind === "facility" && u.unit.id === scope.facilityId);
    default:
      return assertNever(scope);
  }
}

/** Every report a period should have: each facility, each regional office, the nation. */
export async function expectedScopes(db: Executor): Promise<ReportScope[]> {
  const facilities = await db.selectFrom("facilities").select("id").orderBy("id").execute();
  const offices = await db.selectFrom("regionalOffices").select("id").orderBy("id").execute();
  return [
    ...facilities.map((f): ReportScope => ({ kind: "facility", facilityId: f.id })),
    ...offices.map((o): ReportScope => ({ kind: "regional_office", regionalOfficeId: o.id })),
    { kind: "national" },
  ];
}

/** The scopes of a period that have no report yet (any revision). */
export async function missingScopes(db: Executor, period: string): Promise<ReportScope[]> {
  const made = await db
    .selectFrom("reports")
    .select(["scopeKind", "facilityId", "regionalOfficeId"])
    .where("period", "=", period)
    .where("revision", "=", 1)
    .execute();
  const have = new Set(
    made.map((r) =>
      scopeKey(
        r.scopeKind === "national"
          ? { kind: "national" }
          : r.scopeKind === "facility"
            ? { kind: "facility", facilityId: r.facilityId ?? "" }
            : { kind: "regional_office", regionalOfficeId: r.regionalOfficeId ?? "" },
      ),
    ),
  );
  return (await expectedScopes(db)).filter((s) => !have.has(scopeKey(s)));
}

/** What making a period's reports did. */
export interface MakeOutcome {
  readonly period: string;
  /** Reports this call stored. */
  readonly made: number;
  /** True when another worker held the period's lock: it is making them, this call did nothing. */
  readonly busy: boolean;
  /** Reports that could not be made (key `<scope>:<period>`), none of them half-written. */
  readonly failures: readonly RunFailure[];
}

/** How to make reports: the period, who makes them, the clock and the id source. */
export interface MakeOptions {
  readonly period: string;
  /** The worker's name, stored as `worker:<name>` in made_by. */
  readonly worker: string;
  readonly now: () => string;
  readonly ids: () => string;
  /** Wait for the period's lock instead of leaving the period to its holder (the retry of a busy one). */
  readonly wait?: boolean;
}

/** How to make the reports of several consecutive months at once (ascending YYYY-MM). */
export interface MakeRangeOptions extends Omit<MakeOptions, "period"> {
  readonly periods: readonly string[];
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 500);

/** Months from `a` to `b` (YYYY-MM). */
const monthsFrom = (a: string, b: string): number =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

/**
 * Makes every missing report of a closed period. The nation's units are computed once and
 * partitioned, so regional and national totals are exact sums of the facilities' figures.
 *
 * One transaction per period (REPEATABLE READ): every report of the month reads the same snapshot
 * (its data cut-off), and a crash rolls the whole period back, so no report is half-written and
 * the next pass makes them all again. Each report is inserted under a savepoint, so one that fails
 * is recorded and the others are still stored. A session advisory lock per period, taken before
 * the snapshot, keeps concurrent workers from computing the same month; the unique key on
 * (scope, period, revision) is what finally guarantees each report exactly once.
 */
export async function makeMissingReports(db: Kysely<Database>, options: MakeOptions): Promise<MakeOutcome> {
  const [outcome] = await makeMissingReportsRange(db, { ...options, periods: [options.period] });
  return outcome ?? { period: options.period, made: 0, busy: false, failures: [] };
}

/**
 * Makes every missing report of several closed months, as `makeMissingReports` does for one, with
 * their figures computed together (`computeUnitFiguresRange`): the backfill's way, since a month's
 * cumulative figures computed on their own re-read all history before it.
 *
 * Each month's advisory lock is taken first (a month another worker holds is left to it: busy, or
 * waited for in month order with `wait`, so waiters cannot deadlock), then one REPEATABLE READ
 * transaction makes the locked months: one snapshot and data cut-off for all of them, and a crash
 * rolls every one of them back, so none is half-written.
 */
export async function makeMissingReportsRange(
  db: Kysely<Database>,
  options: MakeRangeOptions,
): Promise<MakeOutcome[]> {
  return db.connection().execute(async (conn) => {
    const locked: string[] = [];
    try {
      for (const period of options.periods) {
        const lockKey = Number(period.replace("-", ""));
        // A holder that dies (even by SIGKILL) loses its session and with it the lock: a waiter goes on.
        const { rows } = options.wait
          ? await sql<{ locked: boolean }>`select true as locked from pg_advisory_lock(${REPORT_LOCK_CLASS},
              ${lockKey})`.execute(conn)
          : await sql<{
              locked: boolean;
            }>`select pg_try_advisory_lock(${REPORT_LOCK_CLASS}, ${lockKey}) as locked`.execute(conn);
        if (rows[0]?.locked === true) locked.push(period);
      }
      const made =
        locked.length === 0
          ? []
          : await conn
              .transaction()
              .setIsolationLevel("repeatable read")
              .execute((trx) => makeInSnapshot(trx, locked, options));
      return options.periods.map(
        (period) => made.find((o) => o.period === period) ?? { period, made: 0, busy: true, failures: [] },
      );
    } finally {
      for (const period of locked)
        await sql`select pg_advisory_unlock(${REPORT_LOCK_CLASS}, ${Number(period.replace("-", ""))})`.execute(
          conn,
        );
    }
  });
}

/**
 * Turns PostgreSQL's JIT off for the rest of the transaction. The figures' statements are large and
 * run once: on the national data compiling them cost more than it saved (one month's training
 * statement 3.9–6.0 s without JIT against 14.6–21.5 s with it, domicile 2.8–4.3 against 6.3–8.7 s).
 */
async function withoutJit(trx: Executor): Promise<void> {
  await sql`set local jit = off`.execute(trx);
}

async function makeInSnapshot(
  trx: Executor,
  periods: readonly string[],
  options: MakeRangeOptions,
): Promise<MakeOutcome[]> {
  // The first statement fixes the snapshot: its time is the data cut-off of every report made here.
  const { rows } = await sql<{ cut: string }>`select statement_timestamp() as cut`.execute(trx);
  const dataCutOff = rows[0]?.cut ?? options.now();
  await withoutJit(trx);
  const missing = new Map<string, ReportScope[]>();
  for (const period of periods) missing.set(period, await missingScopes(trx, period));
  const todo = periods.filter((p) => (missing.get(p) ?? []).length > 0);
  const first = todo[0];
  const last = todo.at(-1);
  if (first === undefined || last === undefined)
    return periods.map((period) => ({ period, made: 0, busy: false, failures: [] }));
  let nation: Map<string, UnitFigures[]>;
  try {
    await sql`savepoint figures`.execute(trx);
    const range = { from: first, months: monthsFrom(first, last) + 1 };
    nation = await computeUnitFiguresRange(trx, range, { kind: "national" });
  } catch (e) {
    await sql`rollback to savepoint figures`.execute(trx);
    const reason = `figures: ${reasonOf(e)}`;
    return periods.map((period) => ({
      period,
      made: 0,
      busy: false,
      failures: (missing.get(period) ?? []).map((s) => ({ key: `${scopeKey(s)}:${period}`, reason })),
    }));
  }
  const outcomes: MakeOutcome[] = [];
  for (const period of periods) {
    const units = nation.get(period) ?? [];
    outcomes.push(await storeReports(trx, period, missing.get(period) ?? [], units, dataCutOff, options));
  }
  return outcomes;
}

/** Stores one month's missing reports, each under a savepoint (one that fails leaves the others). */
async function storeReports(
  trx: Executor,
  period: string,
  missing: readonly ReportScope[],
  nation: readonly UnitFigures[],
  dataCutOff: string,
  options: MakeRangeOptions,
): Promise<MakeOutcome> {
  let made = 0;
  const failures: RunFailure[] = [];
  for (const scope of missing) {
    await sql`savepoint report`.execute(trx);
    try {
      const content: ReportContent = assembleReport(scope, period, unitsOf(scope, nation));
      const stored = await insertFirstReport(trx, {
        id: options.ids(),
        content,
        madeAt: options.now(),
        dataCutOff,
        madeBy: `worker:${options.worker}`,
      });
      await sql`release savepoint report`.execute(trx);
      if (stored) made++;
    } catch (e) {
      await sql`rollback to savepoint report`.execute(trx);
      failures.push({ key: `${scopeKey(scope)}:${period}`, reason: reasonOf(e) });
    }
  }
  return { period, made, busy: false, failures };
}

/**
 * Makes a new revision of one report from the data as it is now (a regenerate); the older revisions
 * stay. Returns the revision stored.
 */
export async function regenerateReport(
  db: Kysely<Database>,
  scope: ReportScope,
  period: string,
  madeBy: string,
  options: { readonly now?: () => string; readonly ids?: () => string } = {},
): Promise<number> {
  const now = options.now ?? (() => new Date().toISOString());
  const ids = options.ids ?? randomUUID;
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      const { rows } = await sql<{ cut: string }>`select statement_timestamp() as cut`.execute(trx);
      await withoutJit(trx);
      const units = unitsOf(scope, await computeUnitFigures(trx, period, scope));
      return insertNextRevision(trx, {
        id: ids(),
        content: assembleReport(scope, period, units),
        madeAt: now(),
        dataCutOff: rows[0]?.cut ?? now(),
        madeBy,
      });
    });
}
