import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "./connection.ts";
import { cursorCodec, InvalidCursorError, withCursorCodec } from "./cursor.ts";
import { type PageRequest, paginate } from "./pagination.ts";
import type { Database } from "./schema/index.ts";
import { testBackends } from "./testing/index.ts";

describe.each(testBackends())("keyset pagination on $name", (backend) => {
  let s: SinergiDb;
  const ids: string[] = [];
  beforeAll(async () => {
    s = await backend.open();
    // Rows written by an import: three per millisecond, told apart only by their microseconds.
    for (let i = 0; i < 9; i++) {
      const id = randomUUID();
      ids.push(id);
      const at = `2026-03-01T08:00:00.00${Math.floor(i / 3)}${i % 3}${i}${i}Z`;
      await sql`insert into regional_offices (id, name, province_code, created_at, updated_at)
        values (${id}, ${`Kanwil ${i}`}, '33', ${at}, ${at})`.execute(s.db);
    }
  });
  afterAll(async () => s?.close());

  const query = (db: Kysely<Database> = s.db) =>
    db.selectFrom("regionalOffices").select(["id", "name", "createdAt"]);
  const byCreated = (direction: "asc" | "desc", cursor?: string): PageRequest => ({
    column: "createdAt",
    columnType: "timestamptz",
    idColumn: "id",
    direction,
    limit: 2,
    cursor,
  });

  async function walk(direction: "asc" | "desc"): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await paginate(query(), byCreated(direction, cursor));
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  }

  it("walks rows that differ only in microseconds once each, in both directions", async () => {
    expect(await walk("asc")).toEqual(ids);
    expect(await walk("desc")).toEqual([...ids].reverse());
  });

  it("returns rows without the cursor's bookkeeping columns", async () => {
    const page = await paginate(query(), byCreated("asc"));
    expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(["createdAt", "id", "name"]);
  });

  it("builds each item with the given map, from rows in order, and pages the same with it as without", async () => {
    const plain = await paginate(query(), byCreated("asc"));
    const mapped = await paginate(query(), byCreated("asc"), (r) => ({ office: r.name }));
    expect(mapped.items).toEqual(plain.items.map((r) => ({ office: r.name })));
    const next = await paginate(query(), byCreated("asc", mapped.nextCursor ?? ""), (r) => r.id);
    expect(next.items).toEqual(ids.slice(2, 4));
  });

  it("refuses a cursor from another sort order, another query or another secret", async () => {
    const first = await paginate(query(), byCreated("asc"));
    const cursor = first.nextCursor ?? "";
    await expect(paginate(query(), byCreated("desc", cursor))).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(
      paginate(s.db.selectFrom("facilities").select(["id", "name", "createdAt"]), byCreated("asc", cursor)),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(
      paginate(query(), { ...byCreated("asc", cursor), column: "name", columnType: "text" }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    const otherSecret = cursorCodec("x".repeat(40));
    await expect(
      paginate(query(withCursorCodec(s.db, otherSecret)), byCreated("asc", cursor)),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it("accepts a cursor under filters the caller changed, since they are the caller's own", async () => {
    const first = await paginate(query(), byCreated("asc"));
    const next = await paginate(
      query().where("name", "like", "Kanwil%"),
      byCreated("asc", first.nextCursor ?? ""),
    );
    expect(next.items.map((r) => r.id)).toEqual(ids.slice(2, 4));
  });

  it("shares cursors between instances with one secret", async () => {
    const a = cursorCodec("y".repeat(40));
    const b = cursorCodec("y".repeat(40));
    const first = await paginate(query(withCursorCodec(s.db, a)), byCreated("asc"));
    const second = await paginate(query(withCursorCodec(s.db, b)), byCreated("asc", first.nextCursor ?? ""));
    expect(second.items.map((r) => r.id)).toEqual(ids.slice(2, 4));
  });

  it("pages by a bigint tiebreak among rows of one instant", async () => {
    const at = "2026-03-01T08:00:00.000001Z";
    const inserted = [];
    for (let i = 0; i < 3; i++)
      inserted.push(
        await s.db
          .insertInto("auditLog")
          .values({ at, actorId: "t", actorKind: "system", action: "test", resourceType: "thing" })
          .returning("id")
          .executeTakeFirstOrThrow(),
      );
    const walkAudit = async () => {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await paginate(s.db.selectFrom("auditLog").select(["id", "at"]), {
          column: "at",
          columnType: "timestamptz",
          idColumn: "id",
          idType: "bigint",
          direction: "desc",
          limit: 1,
          cursor,
        });
        seen.push(...page.items.map((r) => Number(r.id)));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    expect(await walkAudit()).toEqual(inserted.map((r) => Number(r.id)).reverse());
  });
});
