import type { Kysely, Selectable } from "kysely";
import type { Executor } from "./connection.ts";
import type { Database } from "./schema/index.ts";

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

/** Reads one row by id (optionally locked for update inside a transaction) and maps it. */
export function finder<T extends RevisedTable, R>(table: T, toRecord: (row: Selectable<Database[T]>) => R) {
  return async (db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<R | undefined> => {
    let qb = loose(db)
      .selectFrom(table as string)
      .selectAll()
      .where("id", "=", id);
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
) {
  return {
    find: finder(table, toRecord),
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
