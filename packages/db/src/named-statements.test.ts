import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "./connection.ts";
import { StatementNames } from "./named-statements.ts";
import { testBackends } from "./testing/index.ts";

describe("statement names", () => {
  it("gives each text one name, the same on every call, and none past the limit", () => {
    const names = new StatementNames(2);
    const a = names.nameOf("select $1");
    expect(a).toBeDefined();
    expect(names.nameOf("select $1")).toBe(a);
    const b = names.nameOf("select $1 + 1");
    expect(b).not.toBe(a);
    expect(names.nameOf("select $1 + 2")).toBeUndefined();
    expect(names.size).toBe(2);
  });

  it("names a forgotten text anew, under a name not used before", () => {
    const names = new StatementNames();
    const first = names.nameOf("select $1");
    names.forget("select $1");
    const again = names.nameOf("select $1");
    expect(again).toBeDefined();
    expect(again).not.toBe(first);
  });
});

const postgres = testBackends().filter((b) => b.name === "postgres");

describe.skipIf(postgres.length === 0).each(postgres)("named statements on $name", (backend) => {
  let s: SinergiDb;
  beforeAll(async () => {
    s = await backend.open();
  });
  afterAll(async () => s?.close());

  it("prepares a statement with parameters once on its connection and runs it by name after", async () => {
    const text = "select $1::int + 40 as n";
    const seen = await s.db.transaction().execute(async (tx) => {
      for (const v of [1, 2, 3]) {
        const r = await sql<{ n: number }>`select ${v}::int + 40 as n`.execute(tx);
        expect(r.rows[0]?.n).toBe(v + 40);
      }
      return sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements where statement = ${text}`.execute(tx);
    });
    expect(seen.rows).toHaveLength(1);
    expect(seen.rows[0]?.name).toMatch(/^sinergi_\d+$/);
  });

  it("sends a text without parameters as a simple query, so one text may hold several statements", async () => {
    await sql.raw("create temporary table several (a int); drop table several").execute(s.db);
  });

  it("answers a prepared select * after its table gained a column", async () => {
    await sql`create table stale_plan (a int)`.execute(s.db);
    await sql`insert into stale_plan values (1)`.execute(s.db);
    // Idle connections are reused last-in first-out: one after another, these run on one connection.
    for (let i = 0; i < 6; i += 1) await sql`select * from stale_plan where a = ${1}`.execute(s.db);
    await sql`alter table stale_plan add column b text default 'x'`.execute(s.db);
    const r = await sql`select * from stale_plan where a = ${1}`.execute(s.db);
    expect(r.rows).toEqual([{ a: 1, b: "x" }]);
  });

  it("still refuses a wrong statement with PostgreSQL's own error", async () => {
    await expect(sql`select * from no_such_table where a = ${1}`.execute(s.db)).rejects.toThrow(
      /no_such_table/,
    );
  });
});
