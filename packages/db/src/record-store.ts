import type { Kysely, Selectable } from "kysely";
import type { Executor } from "./connection.ts";
import type { Database } from "./schema/index.ts";
import type { VisibleKind } from "./visibility/kinds.ts";
import { seenBy } from "./visibility/predicates.ts";
import type { Viewer } from "./visibility/viewer.ts";

/** How to read one record: locked for update, and as seen by whom (unseen reads as missing). */
export interface FindOptions {
  readonly forUpdate?: boolean;
  /** The principal's scope; when given, a record outside it is not found. */
  readonly viewer?: Viewer;
}

/** Tables whose rows carry an id, a revision and timestamps. */
export type RevisedTable = {
  [T in keyof Database]: Database[T] extends {
    id: string;
    revision: unknown;
    createdAt: unknown;
    updatedAt: unknown;
  }
    ? T
    : never;
}[keyof Database];

/** Any revised table, as kysely sees it through a table name it cannot narrow. */
type LooseDatabase = Record<
  string,
  { id: string; revision: number; createdAt: string; updatedAt: string; [column: string]: unknown }
>;
// The table name is a type parameter, which kysely cannot narrow; the public signatures stay typed.
const loose = (db: Executor) => db as unknown as Kysely<LooseDatabase>;

/**
 * Reads one row by id (optionally locked for update inside a transaction, optionally as a viewer sees
 * it: one outside its scope is not found, exactly like a missing one) and maps it.
 */
export function finder<T extends RevisedTable, R>(
  table: T,
  toRecord: (row: Selectable<Database[T]>) => R,
  kind?: VisibleKind,
) {
  return async (db: Executor, id: string, options: FindOptions = {}): Promise<R | undefined> => {
    let qb = loose(db)
      .selectFrom(`${table as string} as t`)
      .selectAll("t")
      .where("t.id", "=", id);
    const seen = kind === undefined ? undefined : seenBy(kind, options.viewer, "t.id");
    if (seen) qb = qb.where(seen);
    if (options.forUpdate) qb = qb.forUpdate();
    const row = await qb.executeTakeFirst();
    return row && toRecord(row as Selectable<Database[T]>);
  };
}

/**
 * find / insert / save for a table whose rows are a whole domain entity: `columns` maps the entity
 * to every column but id, revision and timestamps; save writes them all and bumps the revision.
 */
export function recordStore<T extends RevisedTable, E extends { readonly id: string }, R>(
  table: T,
  toRecord: (row: Selectable<Database[T]>) => R,
  columns: (entity: E) => Record<string, unknown>,
  kind?: VisibleKind,
) {
  return {
    find: finder(table, toRecord, kind),
    async insert(db: Executor, entity: E, at: string): Promise<R> {
      const row = await loose(db)
        .insertInto(table as string)
        .values({ id: entity.id, ...columns(entity), createdAt: at, updatedAt: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRecord(row as Selectable<Database[T]>);
    },
    async save(db: Executor, entity: E, at: string): Promise<R> {
      const row = await loose(db)
        .updateTable(table as string)
        .set((eb) => ({ ...columns(entity), updatedAt: at, revision: eb("revision", "+", 1) }))
        .where("id", "=", entity.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRecord(row as Selectable<Database[T]>);
    },
  };
}
