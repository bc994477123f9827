import { assertNever } from "@sinergi/domain";
import { type RawBuilder, type SelectQueryBuilder, sql } from "kysely";
import { cursorCodecOf, InvalidCursorError, isKeyText, type KeyType, queryFingerprint } from "./cursor.ts";

export { InvalidCursorError, type KeyType } from "./cursor.ts";

/** One page of a keyset-paginated list. */
export interface Page<T> {
  readonly items: T[];
  /** Opaque, signed cursor for the next page, or null on the last page. */
  readonly nextCursor: string | null;
}

/** How to page: which column to sort on (a Kysely reference like `agreements.endDate`), its type, direction, size. */
export interface PageRequest {
  /** Column reference used in ORDER BY and in the keyset comparison; must be NOT NULL. */
  readonly column: string;
  /** SQL type of `column`: a cursor's value is checked against it and cast to it, never compared untyped. */
  readonly columnType: KeyType;
  /** Unique tiebreak column, usually `<table>.id`. */
  readonly idColumn: string;
  /** SQL type of the tiebreak column (default uuid). */
  readonly idType?: "uuid" | "bigint" | "text";
  readonly direction: "asc" | "desc";
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** A list query's own sort (one of its NOT NULL columns and a direction), page size and cursor. */
export interface SortedListQuery<F extends string> {
  readonly sort: { readonly field: F; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Column types of a list sorted by name or by creation time. */
export const NAME_OR_CREATED = { name: "text", createdAt: "timestamptz" } as const;

/** The page request of a list sorted by one of its own columns (typed in `types`), tiebroken by `id`. */
export function sortedPage<F extends string>(q: SortedListQuery<F>, types: Record<F, KeyType>): PageRequest {
  return {
    column: q.sort.field,
    columnType: types[q.sort.field],
    idColumn: "id",
    direction: q.sort.direction,
    limit: q.limit,
    cursor: q.cursor,
  };
}

/**
 * The key as text at the column's full precision (microseconds for timestamptz), in a form that reads
 * back the same whatever the session's DateStyle: the cursor never goes through a rounded JS value.
 */
function keyText(ref: RawBuilder<unknown>, type: KeyType): RawBuilder<string> {
  switch (type) {
    case "date":
      return sql<string>`case when isfinite(${ref}) then to_char(${ref}, 'YYYY-MM-DD') else ${ref}::text end`;
    case "timestamptz":
      return sql<string>`case when isfinite(${ref})
        then to_char(${ref} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') else ${ref}::text end`;
    case "uuid":
    case "text":
    case "integer":
    case "bigint":
      return sql<string>`${ref}::text`;
    default:
      return assertNever(type);
  }
}

const CURSOR_VALUE = "sinergiCursorValue";
const CURSOR_ID = "sinergiCursorId";

/**
 * Keyset pagination: `(sort, id) > (cursor)` instead of OFFSET, stable under concurrent inserts.
 * Cursors are signed for this query's shape and sort order (see `withCursorCodec`); a forged, altered or
 * foreign one is an InvalidCursorError, and a cursor's values reach SQL only checked and cast to the
 * declared column types.
 */
export async function paginate<DB, TB extends keyof DB, O extends object>(
  qb: SelectQueryBuilder<DB, TB, O>,
  req: PageRequest,
): Promise<Page<O>>;
/**
 * The same, each item built by `map` from its row. The row also carries the cursor's two columns, so `map`
 * must build a new object naming its fields (not spread the row): one copy a row instead of two.
 */
export async function paginate<DB, TB extends keyof DB, O extends object, T>(
  qb: SelectQueryBuilder<DB, TB, O>,
  req: PageRequest,
  map: (row: O) => T,
): Promise<Page<T>>;
export async function paginate<DB, TB extends keyof DB, O extends object, T>(
  qb: SelectQueryBuilder<DB, TB, O>,
  req: PageRequest,
  map?: (row: O) => T,
): Promise<Page<O | T>> {
  const idType = req.idType ?? "uuid";
  const col = sql.ref(req.column);
  const id = sql.ref(req.idColumn);
  // Filters may differ between pages (they are the caller's); the selected shape, sort and tiebreak may not.
  // Building it also tells which codec the handle carries (see `withCursorCodec`).
  const { value: shapeSql, codec } = cursorCodecOf(() => qb.clearWhere().compile().sql);
  const shape = queryFingerprint(shapeSql);
  const context = `${shape}|${req.column}:${req.columnType}:${req.direction}|${req.idColumn}:${idType}`;
  let q = qb;
  if (req.cursor !== undefined) {
    const [value, idValue] = codec.open(context, req.cursor);
    if (!isKeyText(req.columnType, value) || !isKeyText(idType, idValue)) throw new InvalidCursorError();
    const op = sql.raw(req.direction === "asc" ? ">" : "<");
    const cast = (text: string, type: KeyType) => sql`cast(${text} as ${sql.raw(type)})`;
    q = q.where(
      () => sql<boolean>`(${col}, ${id}) ${op} (${cast(value, req.columnType)}, ${cast(idValue, idType)})`,
    );
  }
  const rows = (await q
    .select([keyText(col, req.columnType).as(CURSOR_VALUE), keyText(id, idType).as(CURSOR_ID)] as never)
    .orderBy(col, req.direction)
    .orderBy(id, req.direction)
    .limit(req.limit + 1)
    .execute()) as (O & Record<typeof CURSOR_VALUE | typeof CURSOR_ID, string>)[];
  const shown = rows.length > req.limit ? rows.slice(0, req.limit) : rows;
  const items = map
    ? shown.map(map)
    : shown.map((row) => {
        const { [CURSOR_VALUE]: _value, [CURSOR_ID]: _id, ...item } = row;
        return item as unknown as O;
      });
  const last = rows[req.limit - 1];
  const nextCursor =
    rows.length > req.limit && last ? codec.seal(context, [last[CURSOR_VALUE], last[CURSOR_ID]]) : null;
  return { items, nextCursor };
}
