import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql, type Transaction } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { lockDataDir } from "./lock.ts";
import { namedStatementPool } from "./named-statements.ts";
import { CamelCaseRows, snakeCaseNames } from "./naming.ts";
import type { Database } from "./schema/index.ts";
import { parsers } from "./type-parsers.ts";

/** The database or an open transaction: what every repository function accepts. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** An open database: the Kysely handle, which backend it is, and how to close it. */
export interface SinergiDb {
  readonly db: Kysely<Database>;
  readonly kind: "pglite" | "postgres";
  close(): Promise<void>;
}

/** Where to connect: a PostgreSQL URL, or an embedded PGlite data folder (`memory://` for none). */
export type ConnectOptions =
  | {
      readonly databaseUrl: string;
      /**
       * Prepare each parameterised statement once per connection (the default): short statements run
       * thousands of times a second skip their parse and, often, their planning. The reporting worker turns
       * it off: its few long aggregates gain nothing from it and want a plan for each month's own bounds.
       */
      readonly namedStatements?: boolean;
    }
  | { readonly dataDir: string; readonly loadDataDir?: Blob; readonly lock?: boolean };

// camelCase in TypeScript, snake_case in SQL: identifiers renamed as the SQL is written, rows as they come back.
const names = new CamelCaseRows();
const plugins = [names];

/** Opens PostgreSQL (pool) or embedded PGlite with the same type parsing and UTC session zone. */
export async function openDatabase(options: ConnectOptions): Promise<SinergiDb> {
  // pg is loaded only when asked for: the embedded default never needs it (about 0.3 s of CPU at start).
  if ("databaseUrl" in options)
    return openPostgres(options.databaseUrl, (await import("pg")).default, options.namedStatements ?? true);
  return openPglite(options);
}

function openPostgres(
  databaseUrl: string,
  pg: typeof import("pg").default,
  namedStatements: boolean,
): SinergiDb {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    options: "-c timezone=UTC",
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server closed (a restart, a failover, a terminated backend, a dropped test
  // database while the pool's ends are still in flight): the pool has already let it go and connects anew
  // when next asked. Without a listener the pool's 'error' event would end the whole process.
  pool.on("error", () => {});
  const db = new Kysely<Database>({
    dialect: snakeCaseNames(
      new PostgresDialect({ pool: namedStatements ? namedStatementPool(pool) : pool }),
      names,
    ),
    plugins,
  });
  return { db, kind: "postgres", close: () => db.destroy() };
}

async function openPglite(options: {
  dataDir: string;
  loadDataDir?: Blob;
  lock?: boolean;
}): Promise<SinergiDb> {
  const inMemory = options.dataDir.startsWith("memory://");
  const release = inMemory || options.lock === false ? () => {} : lockDataDir(options.dataDir);
  try {
    const client = await PGlite.create({
      ...(inMemory ? {} : { dataDir: options.dataDir }),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers,
      // PostgreSQL's default 128 MB of shared buffers are set up on every open (about 0.7 s of CPU in wasm);
      // an embedded database is small and its files stay in the OS's cache.
      startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"],
    });
    const db = new Kysely<Database>({
      dialect: snakeCaseNames(new PGliteDialect(client), names),
      plugins,
    });
    await sql`set timezone = 'UTC'`.execute(db);
    return {
      db,
      kind: "pglite",
      close: async () => {
        await db.destroy();
        if (!client.closed) await client.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

/** Asks the database for the smallest answer: throws when it cannot be reached (readiness checks). */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}
