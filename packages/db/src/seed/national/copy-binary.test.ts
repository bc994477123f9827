import { fc, test } from "@fast-check/vitest";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { describe, expect, it } from "vitest";
import {
  BINARY_HEADER,
  BINARY_TRAILER,
  type BinaryType,
  CopyBinary,
  decodeBinaryRows,
} from "./copy-binary.ts";
import type { Cell } from "./sink.ts";

const TYPES: readonly BinaryType[] = ["uuid", "date", "bool", "text", "timestamptz", "text", "int4", "jsonb"];

const uuid = fc.uuid().map((u) => u.toLowerCase());
const day = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc
  .date({ min: new Date("1995-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("a\tb\\c\n", "Kab. Pidië"),
);
const json = fc.jsonValue().map((v) => JSON.stringify(v));
const row = fc.tuple(
  uuid,
  day,
  fc.boolean(),
  text,
  instant,
  fc.option(text, { nil: null }),
  fc.option(fc.integer(), { nil: null }),
  fc.option(json, { nil: null }),
);
type Row = readonly [string, string, boolean, string, string, string | null, number | null, string | null];

/** Writes rows as the generator does: field by field, or (rows without a number) as a row of cells. */
function write(rows: readonly Row[]): CopyBinary {
  const w = new CopyBinary(TYPES, 8);
  for (const [u, d, b, t, at, maybe, n, j] of rows) {
    if (n === null) {
      w.push([u, d, b, t, at, maybe, n, j]);
      continue;
    }
    w.begin();
    w.uuid(u);
    w.date(d);
    w.bool(b);
    w.text(t);
    w.timestamptz(at);
    w.textOrNull(maybe);
    w.int4(n);
    if (j === null) w.nullField();
    else w.jsonb(j);
    w.end();
  }
  return w;
}

describe("COPY's binary rows", () => {
  test.prop([fc.array(row, { maxLength: 30 })])("read back as the cells they were written from", (rows) => {
    const w = write(rows);
    expect(w.rows).toBe(rows.length);
    expect(w.cells()).toEqual(rows.map((r) => [...r] as Cell[]));
  });

  it("appends another text's rows after its own", () => {
    const a = write([
      [
        "00000001-000e-4224-8175-c0a2b7552dcb",
        "2024-12-31",
        true,
        "x",
        "2024-12-31T17:00:00.000Z",
        null,
        1,
        null,
      ],
    ]);
    const b = write([
      [
        "00000002-000e-4224-8175-c0a2b7552dcb",
        "2025-01-02",
        false,
        "ü",
        "2025-01-02T01:30:00.000Z",
        "y",
        null,
        "[]",
      ],
    ]);
    a.append(b);
    expect(a.rows).toBe(2);
    expect(decodeBinaryRows(a.bytes(), TYPES).map((r) => r[0])).toEqual([
      "00000001-000e-4224-8175-c0a2b7552dcb",
      "00000002-000e-4224-8175-c0a2b7552dcb",
    ]);
  });

  test.prop([
    fc.date({
      min: new Date("1970-01-01T00:00:00Z"),
      max: new Date("2099-12-31T23:59:59Z"),
      noInvalidDate: true,
    }),
  ])("reads an instant as Date.parse does, whatever its form", (d) => {
    const forms = [
      d.toISOString(),
      d.toISOString().replace("Z", "+07:00"),
      `${d.toISOString().slice(0, 19)}Z`,
    ];
    for (const form of forms) {
      const w = new CopyBinary(["timestamptz"]);
      w.begin();
      w.timestamptz(form);
      w.end();
      expect(decodeBinaryRows(w.bytes(), ["timestamptz"])[0]?.[0]).toBe(
        new Date(Date.parse(form)).toISOString(),
      );
    }
  });

  it("refuses an instant that is not one", () => {
    const w = new CopyBinary(["timestamptz"]);
    for (const bad of ["2025-13-01T00:00:00.000Z", "2025-1x-01T00:00:00.000Z", "soon"])
      expect(() => w.timestamptz(bad)).toThrow(/not an instant/);
  });

  it("refuses a uuid that is not one", () => {
    const w = new CopyBinary(["uuid"]);
    expect(() => w.uuid("00000001-000e-4224-8175-c0a2b7552dcX")).toThrow(/not a uuid/);
    expect(() => w.uuid("0001")).toThrow(/not a uuid/);
  });

  const url = process.env.TEST_DATABASE_URL;
  it.runIf(url)("are read by PostgreSQL as the same values as the text form", async () => {
    const rows = fc.sample(row, { numRuns: 200, seed: 11 });
    const client = new pg.Client({ connectionString: url, options: "-c timezone=Asia/Jayapura" });
    await client.connect();
    try {
      const columns = "u uuid, d date, b boolean, t text, at timestamptz, m text, n int4, j jsonb";
      await client.query(
        `create temp table via_binary (${columns}); create temp table via_text (${columns})`,
      );
      const stream = client.query(copyFrom("copy via_binary from stdin (format binary)"));
      const done = new Promise<void>((resolve, reject) => {
        stream.on("finish", resolve);
        stream.on("error", reject);
      });
      stream.write(BINARY_HEADER);
      stream.write(write(rows).bytes());
      stream.end(BINARY_TRAILER);
      await done;
      for (const r of rows)
        await client.query("insert into via_text values ($1, $2, $3, $4, $5, $6, $7, $8)", [...r]);
      const digest = async (table: string) =>
        (await client.query(`select string_agg(x::text, '|' order by x::text) as d from ${table} x`)).rows[0]
          ?.d;
      expect(await digest("via_binary")).toBe(await digest("via_text"));
    } finally {
      await client.end();
    }
  });
});
