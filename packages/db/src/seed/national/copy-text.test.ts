import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { CopyText } from "./copy-text.ts";
import { type Cell, copyText } from "./sink.ts";

/** The COPY text of rows as the string-building encoder wrote it: the reference for the byte writer. */
const reference = (rows: readonly (readonly Cell[])[]): string =>
  rows.map((row) => `${row.map(copyText).join("\t")}\n`).join("");

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ minLength: 60, maxLength: 200 }),
  fc.string({ unit: "grapheme", minLength: 60, maxLength: 100 }),
  fc.constantFrom(`${"x".repeat(70)}\t\\ü\n`, "{}".repeat(40)),
  fc.constantFrom("a\tb", "line\nbreak", "back\\slash", "cr\r", "Kab. Pidië\t\\", "😀\n"),
);

describe("COPY text written as bytes", () => {
  test.prop([fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 20 })])(
    "is byte for byte what encoding the escaped strings gives",
    (rows) => {
      const w = new CopyText(4);
      for (const row of rows) w.push(row);
      expect(Buffer.from(w.bytes()).toString("utf8")).toBe(reference(rows));
      expect(Buffer.from(w.bytes()).equals(Buffer.from(reference(rows), "utf8"))).toBe(true);
      expect(w.length).toBe(rows.length);
    },
  );

  it("appends another text's rows after its own", () => {
    const a = new CopyText(2);
    a.push(["x", 1]);
    const b = new CopyText();
    b.push([null, true]);
    a.append(b);
    expect(Buffer.from(a.bytes()).toString("utf8")).toBe("x\t1\n\\N\tt\n");
    expect(a.rows).toBe(2);
  });
});
