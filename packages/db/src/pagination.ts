import { type SelectQueryBuilder, sql } from "kysely";

/** One page of a keyset-paginated list. */
export interface Page<T> {
  readonly items: T[];
  /** Opaque cursor for the next page, or null on the last page. */
  readonly nextCursor: string | null;
}

/** Raised for a cursor that was not issued by this API for this sort. */
export class InvalidCursorError extends Error {
  constructor() {
    super("cursor is malformed or belongs to another sort order");
    this.name = "InvalidCursorError";
  }
}

/** How to page: which column to sort on (a Kysely reference like `agreements.endDate`), direction, size. */
export interface PageRequest<O> {
  /** Column reference used in ORDER BY and in the keyset comparison; must be NOT NULL. */
  readonly column: string;
  /** Reads the sort value back from a row (it goes into the cursor). */
  readonly value: (row: O) => string | number;
  /** Unique tiebreak column, usually `<table>.id`. */
  readonly idColumn: string;
  /** SQL type of the tiebreak column (default uuid). */
  readonly idType?: "uuid" | "bigint" | "text";
  readonly direction: "asc" | "desc";
  readonly limit: number;
  readonly cursor?: string | undefined;
}

interface CursorPayload {
  s: string; // sort column + direction, so a cursor cannot be replayed against another order
  v: string | number;
  i: string | number;
}

function encode(p: CursorPayload): string {
  return Buffer.from(JSON.stringify(p), "utf8").toString("base64url");
}

function decode(cursor: string, sortKey: string): CursorPayload {
  try {
    const p = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as CursorPayload;
    const valueOk = typeof p.v === "string" || typeof p.v === "number";
    const idOk = typeof p.i === "string" || typeof p.i === "number";
    if (p.s !== sortKey || !valueOk || !idOk) throw new InvalidCursorError();
    return p;
  } catch {
    throw new InvalidCursorError();
  }
}

/** Keyset pagination: `(sort, id) > (cursor)` instead of OFFSET, stable under concurrent inserts. */
export async function paginate<DB, TB extends keyof DB, O extends { id: string | number }>(
  qb: SelectQueryBuilder<DB, TB, O>,
  req: PageRequest<O>,
): Promise<Page<O>> {
  const sortKey = `${req.column}:${req.direction}`;
  const col = sql.ref(req.column);
  const id = sql.ref(req.idColumn);
  let q = qb;
  if (req.cursor !== undefined) {
    const c = decode(req.cursor, sortKey);
    const op = sql.raw(req.direction === "asc" ? ">" : "<");
    const idValue =
      req.idType === "bigint"
        ? sql`${String(c.i)}::bigint`
        : req.idType === "text"
          ? sql`${String(c.i)}::text`
          : sql`${String(c.i)}::uuid`;
    q = q.where(() => sql<boolean>`(${col}, ${id}) ${op} (${c.v}, ${idValue})`);
  }
  const rows = await q
    .orderBy(col, req.direction)
    .orderBy(id, req.direction)
    .limit(req.limit + 1)
    .execute();
  const items = rows.slice(0, req.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > req.limit && last ? encode({ s: sortKey, v: req.value(last), i: last.id }) : null;
  return { items, nextCursor };
}
