import { InvalidCursorError } from "@sinergi/db";
import { describedPicklist } from "@sinergi/domain";
import * as v from "valibot";
import { ProblemError } from "./problem.ts";

/** `limit` (1-200, default 50) and `cursor`, shared by every list. */
export const pageQuery = {
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, "must be a whole number"),
      v.transform(Number),
      v.minValue(1, "must be at least 1"),
      v.maxValue(200, "must be at most 200"),
    ),
    "50",
  ),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(8000, "is too long"))),
};

/** An optional `true`/`false` query flag, each value described, read as a boolean (400 for anything else). */
export const flagQuery = (meaning: { readonly true: string; readonly false: string }) =>
  v.optional(
    v.pipe(
      describedPicklist(["true", "false"], meaning, "must be true or false"),
      v.transform((s) => s === "true"),
    ),
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `ids`: only these records, comma-separated (at most 200, like a page), to name the rows of a page in one
 * request when the caller's register is larger than one page. Records out of the caller's scope are
 * left out, as from any list.
 */
export const idsQuery = v.optional(
  v.pipe(
    v.string(),
    v.transform((text) => text.split(",").map((id) => id.trim().toLowerCase())),
    v.check((ids) => ids.every((id) => UUID.test(id)), "must be ids separated by commas"),
    v.check((ids) => ids.length <= 200, "must name at most 200 ids"),
    v.description("Only these records: ids separated by commas, at most 200."),
  ),
);

/**
 * `sort` parameter over the allowed fields: `field` ascending, `-field` descending.
 * Returns the schema; the parsed value is `{ field, direction }`.
 */
export function sortQuery<const F extends string>(
  fields: readonly [F, ...F[]],
  defaultSort: `${"" | "-"}${F}`,
) {
  const allowed = fields.flatMap((f) => [f, `-${f}`]);
  return v.optional(
    v.pipe(
      v.string(),
      v.check((s) => allowed.includes(s), `must be one of ${allowed.join(", ")}`),
      v.transform((s) => ({
        field: (s.startsWith("-") ? s.slice(1) : s) as F,
        direction: s.startsWith("-") ? ("desc" as const) : ("asc" as const),
      })),
    ),
    defaultSort,
  );
}

/** Runs a paginated query, turning a bad cursor into a 400 naming `query.cursor` (never quoting it). */
export async function withCursor<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof InvalidCursorError)
      throw new ProblemError(400, "validation", "The request is not valid", {
        errors: [{ field: "query.cursor", message: e.message }],
      });
    throw e;
  }
}

/** The list envelope schema for OpenAPI. */
export const listOf = <S extends v.GenericSchema>(item: S) =>
  v.object({
    items: v.pipe(v.array(item), v.description("This page's items, in the order asked for.")),
    nextCursor: v.pipe(
      v.nullable(v.string()),
      v.description("Pass it as `cursor` for the next page; null on the last page."),
    ),
  });
