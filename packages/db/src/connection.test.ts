import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type SinergiDb } from "./connection.ts";
import { appendHistory, listHistory } from "./history.ts";
import { DataDirLockedError } from "./lock.ts";
import { InvalidCursorError, paginate } from "./pagination.ts";
import { testBackends } from "./testing/index.ts";

describe.each(testBackends())("database on $name", (backend) => {
  let s: SinergiDb;
  beforeAll(async () => {
    s = await backend.open();
  });
  afterAll(async () => s?.close());

  it("returns int8 and numeric as numbers, dates as YYYY-MM-DD and timestamps as ISO strings", async () => {
    const r = await sql<{
      big: number;
      num: number;
      d: string;
      ts: string;
    }>`select 9007199254740::int8 as big, 0.8::numeric as num, '2024-02-29'::date as d,
        '2026-11-23 08:00:00+07'::timestamptz as ts`.execute(s.db);
    expect(r.rows[0]).toEqual({
      big: 9007199254740,
      num: 0.8,
      d: "2024-02-29",
      ts: "2026-11-23T01:00:00.000Z",
    });
  });

  it("loads the official Kemendagri areas with Kota Salatiga under Jawa Tengah", async () => {
    const row = await s.db.selectFrom("areas").selectAll().where("code", "=", "33.73").executeTakeFirst();
    expect(row).toEqual({ code: "33.73", level: "regency", name: "KOTA SALATIGA", parentCode: "33" });
    const districts = await s.db
      .selectFrom("areas")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("level", "=", "district")
      .executeTakeFirstOrThrow();
    expect(Number(districts.n)).toBeGreaterThan(7000);
  });

  it("keeps lifecycle history in order with optional reasons", async () => {
    const id = "00000000-0000-4000-8000-000000000001";
    await appendHistory(s.db, "thing", id, {
      at: "2026-01-01T00:00:00.000Z",
      actor: "a",
      from: null,
      to: "draft",
    });
    await appendHistory(s.db, "thing", id, {
      at: "2026-01-02T00:00:00.000Z",
      actor: "b",
      from: "draft",
      to: "done",
      reason: "finished",
    });
    expect(await listHistory(s.db, "thing", id)).toEqual([
      { at: "2026-01-01T00:00:00.000Z", actor: "a", from: null, to: "draft" },
      { at: "2026-01-02T00:00:00.000Z", actor: "b", from: "draft", to: "done", reason: "finished" },
    ]);
  });

  it("pages regional offices by name with a stable cursor and rejects a foreign cursor", async () => {
    const now = "2026-11-23T00:00:00.000Z";
    const names = ["Kanwil A", "Kanwil B", "Kanwil C", "Kanwil D", "Kanwil E"];
    await s.db
      .insertInto("regionalOffices")
      .values(
        names.map((name, i) => ({
          id: `00000000-0000-4000-8000-00000000010${i}`,
          name,
          provinceCode: "33",
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
    const q = () => s.db.selectFrom("regionalOffices").select(["id", "name"]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await paginate(q(), {
        column: "name",
        columnType: "text",
        idColumn: "id",
        direction: "desc",
        limit: 2,
        cursor,
      });
      seen.push(...page.items.map((r) => r.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...names].reverse());
    const first = await paginate(q(), {
      column: "name",
      columnType: "text",
      idColumn: "id",
      direction: "asc",
      limit: 2,
    });
    await expect(
      paginate(q(), {
        column: "createdAt",
        columnType: "timestamptz",
        idColumn: "id",
        direction: "asc",
        limit: 2,
        cursor: first.nextCursor ?? "",
      }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(
      paginate(q(), {
        column: "name",
        columnType: "text",
        idColumn: "id",
        direction: "asc",
        limit: 2,
        cursor: "!!",
      }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it.runIf(backend.name === "postgres")(
    "survives the server closing an idle pooled connection and answers the next query",
    async () => {
      const name = (await sql<{ name: string }>`select current_database() as name`.execute(s.db)).rows[0]
        ?.name;
      const url = new URL(process.env.TEST_DATABASE_URL ?? "");
      url.pathname = `/${name}`;
      const other = await openDatabase({ databaseUrl: url.toString() });
      try {
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(other.db)).rows[0]
          ?.pid;
        await sql`select pg_terminate_backend(${pid})`.execute(s.db);
        // The idle client hears of it asynchronously; an unheard 'error' would fail the whole run here.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const again = await sql<{ one: number }>`select 1 as one`.execute(other.db);
        expect(again.rows[0]?.one).toBe(1);
      } finally {
        await other.close();
      }
    },
  );
});

describe("embedded data folder", () => {
  it("refuses a second opener while the first holds the folder, and opens again after close", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sinergi-lock-"));
    try {
      const first = await openDatabase({ dataDir: dir });
      // Simulate another live process owning the lock: our own parent pid is alive and not us.
      const { writeFileSync } = await import("node:fs");
      writeFileSync(join(dir, "sinergi.lock"), String(process.ppid));
      await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      writeFileSync(join(dir, "sinergi.lock"), String(process.pid));
      await first.close();
      const again = await openDatabase({ dataDir: dir });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Two openings of a new folder on disk each run PGlite's initdb: slow on a loaded 2-core machine.
  }, 120_000);
});
