import {
  CamelCasePlugin,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "kysely";
import { describe, expect, it } from "vitest";
import { cursorCodec, cursorCodecOf, InvalidCursorError, isKeyText, withCursorCodec } from "./cursor.ts";

const secret = "s".repeat(32);

describe("cursor codec", () => {
  const codec = cursorCodec(secret);
  const cursor = codec.seal("list|name:text:asc", ["Agus", "00000000-0000-4000-8000-000000000001"]);

  it("opens what it sealed for the same list and sort", () => {
    expect(codec.open("list|name:text:asc", cursor)).toEqual([
      "Agus",
      "00000000-0000-4000-8000-000000000001",
    ]);
  });

  it("refuses a cursor sealed for another list or sort order", () => {
    expect(() => codec.open("list|name:text:desc", cursor)).toThrow(InvalidCursorError);
    expect(() => codec.open("other|name:text:asc", cursor)).toThrow(InvalidCursorError);
  });

  it("refuses a cursor sealed with another secret", () => {
    const other = cursorCodec("t".repeat(32)).seal("list|name:text:asc", ["Agus", "x"]);
    expect(() => codec.open("list|name:text:asc", other)).toThrow(InvalidCursorError);
  });

  it("refuses any change to the value or the signature", () => {
    const [body = "", tag = ""] = cursor.split(".");
    const forged = Buffer.from(JSON.stringify(["Agus", "not-a-uuid"])).toString("base64url");
    for (const bad of [
      `${forged}.${tag}`,
      `${body}.${tag.slice(0, -2)}`,
      `${body}.${tag}x`,
      body,
      `${body}.${tag}.${tag}`,
      "",
      "!!",
      Buffer.from(JSON.stringify({ s: "name:asc", v: "Agus", i: "not-a-uuid" })).toString("base64url"),
    ])
      expect(() => codec.open("list|name:text:asc", bad), bad).toThrow(InvalidCursorError);
  });

  it("refuses a secret shorter than 32 characters", () => {
    expect(() => cursorCodec("short")).toThrow(/32/);
  });

  it("uses the codec of the handle a statement is built on, and one of its own for a handle without any", () => {
    const db = new Kysely<{ t: { id: string } }>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (k) => new PostgresIntrospector(k),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
      plugins: [new CamelCasePlugin()],
    });
    const statement = (k: typeof db) => () => k.selectFrom("t").select("id").compile().sql;
    const outside = cursorCodecOf(statement(db)).codec;
    expect(cursorCodecOf(statement(db)).codec).toBe(outside);
    const carried = withCursorCodec(db, codec);
    expect(cursorCodecOf(statement(carried))).toEqual({ value: 'select "id" from "t"', codec });
    // The handle it was made from is left as it was, and nothing lingers once the statement is built.
    expect(cursorCodecOf(statement(db)).codec).toBe(outside);
    expect(cursorCodecOf(() => "no statement").codec).toBe(outside);
  });
});

describe("keyset values", () => {
  it.each([
    ["uuid", "00000000-0000-4000-8000-000000000001", true],
    ["uuid", "not-a-uuid", false],
    ["uuid", "00000000-0000-4000-8000-00000000000G", false],
    ["date", "2024-02-29", true],
    ["date", "2023-02-29", false],
    ["date", "x", false],
    ["date", "infinity", true],
    ["timestamptz", "2026-01-01T00:00:00.123456Z", true],
    ["timestamptz", "2026-01-01T00:00:00.123Z", false],
    ["timestamptz", "2026-01-01T24:00:00.000000Z", false],
    ["timestamptz", "x", false],
    ["integer", "2147483647", true],
    ["integer", "2147483648", false],
    ["bigint", "9223372036854775807", true],
    ["bigint", "9223372036854775808", false],
    ["bigint", "1e3", false],
    ["text", "Agus", true],
    ["text", "a\u0000b", false],
    ["text", "a\ud800b", false],
  ] as const)("%s %j is %s", (type, value, ok) => {
    expect(isKeyText(type, value)).toBe(ok);
  });
});
