import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { described, describedPicklist, INT4_MAX, integerSchema } from "./schemas.ts";

describe("integerSchema", () => {
  it("refuses what an int4 column cannot hold (as a JSON body reads it), with a message that repeats no value", () => {
    const schema = v.strictObject({ capacity: integerSchema(1) });
    for (const capacity of [
      JSON.parse("9223372036854775807") as number,
      1e308,
      -1e308,
      INT4_MAX + 1,
      0,
      1.5,
      Number.POSITIVE_INFINITY,
    ]) {
      const result = v.safeParse(schema, { capacity });
      expect(result.success, String(capacity)).toBe(false);
      const issue = result.issues?.[0];
      expect(issue?.path?.map((p) => p.key)).toEqual(["capacity"]);
      expect(issue?.message).not.toContain(String(capacity));
    }
    expect(v.parse(schema, { capacity: INT4_MAX })).toEqual({ capacity: INT4_MAX });
  });
});

describe("described", () => {
  it("keeps validation as it was, optional keys and defaults included", () => {
    const schema = v.strictObject(
      described(
        { name: v.string(), note: v.optional(v.string()), kind: v.optional(v.string(), "x") },
        { name: "N", note: "O", kind: "K" },
      ),
    );
    expect(v.parse(schema, { name: "a" })).toEqual({ name: "a", kind: "x" });
    expect(v.safeParse(schema, {}).success).toBe(false);
    expect(v.safeParse(schema, { name: "a", other: 1 }).success).toBe(false);
  });
});

describe("describedPicklist", () => {
  it("accepts exactly its options and keeps its message", () => {
    const schema = describedPicklist(["a", "b"], { a: "A", b: "B" }, "must be a or b");
    expect(v.parse(schema, "b")).toBe("b");
    expect(v.safeParse(schema, "c").issues?.[0]?.message).toBe("must be a or b");
  });
});
