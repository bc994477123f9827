/** @sinergi/db: schema, migrations, connections and repositories. */
export {
  type ConnectOptions,
  type Executor,
  openDatabase,
  pingDatabase,
  type SinergiDb,
} from "./connection.ts";
export {
  type CursorCodec,
  cursorCodec,
  InvalidCursorError,
  type KeyType,
  MIN_SECRET_LENGTH,
  withCursorCodec,
} from "./cursor.ts";
export { appendHistory, listHistory } from "./history.ts";
export { json } from "./json.ts";
export { DataDirLockedError, lockDataDir } from "./lock.ts";
export { migrateToLatest, prepareDatabase } from "./migrate.ts";
export { namedStatementPool, queryNamed, StatementNames } from "./named-statements.ts";
export { type Page, type PageRequest, paginate } from "./pagination.ts";
export { loadAreas, syncAreas } from "./reference/areas.ts";
export * from "./repositories/index.ts";
export type * from "./schema/index.ts";
export { isEmpty, type SeedSummary, seedDemoData } from "./seed/index.ts";
export * from "./visibility/index.ts";
