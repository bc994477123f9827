import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "kysely";
import { openDatabase, type SinergiDb } from "../connection.ts";
import { prepareDatabase } from "../migrate.ts";
import { parsers } from "../type-parsers.ts";

/** A database backend the suites run against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export interface TestBackend {
  readonly name: "pglite" | "postgres";
  /** A fresh, migrated, empty database of its own (with reference areas loaded). */
  open(): Promise<SinergiDb>;
}

let pgliteTemplate: Promise<Blob> | undefined;

/** A migrated PGlite data dir as a tarball: made once (by global setup when it ran), then loaded per suite. */
function template(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const file = process.env.SINERGI_PGLITE_TEMPLATE;
    if (file) return new Blob([new Uint8Array(await readFile(file))]);
    return makePgliteTemplate();
  })();
  return pgliteTemplate;
}

/** Creates a migrated in-memory PGlite and dumps it (about 3 s: do it once). */
export async function makePgliteTemplate(): Promise<Blob> {
  const client = await PGlite.create({ parsers });
  const { Kysely, CamelCasePlugin } = await import("kysely");
  const { PGliteDialect } = await import("kysely-pglite-dialect");
  const db = new Kysely<import("../schema/index.ts").Database>({
    dialect: new PGliteDialect(client),
    plugins: [new CamelCasePlugin()],
  });
  await prepareDatabase(db);
  const dump = await client.dumpDataDir("none");
  await client.close();
  return dump;
}

function pgUrlWithDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Creates a new PostgreSQL database (from the run's template when global setup made one), dropped on close;
 * `empty` leaves it unmigrated, for tests that migrate it themselves.
 */
async function openPostgres(adminUrl: string, empty = false): Promise<SinergiDb> {
  const name = `sinergi_t_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase({ databaseUrl: adminUrl });
  const tpl = empty ? undefined : process.env.SINERGI_PG_TEMPLATE;
  try {
    await sql
      .raw(tpl ? `create database ${name} template ${tpl}` : `create database ${name}`)
      .execute(admin.db);
  } finally {
    await admin.close();
  }
  const opened = await openDatabase({ databaseUrl: pgUrlWithDatabase(adminUrl, name) });
  if (!tpl && !empty) await prepareDatabase(opened.db);
  return {
    db: opened.db,
    kind: "postgres",
    close: async () => {
      await opened.close();
      const again = await openDatabase({ databaseUrl: adminUrl });
      try {
        await sql.raw(`drop database if exists ${name} with (force)`).execute(again.db);
      } finally {
        await again.close();
      }
    },
  };
}

/** The backends this run tests on. */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [
    {
      name: "pglite",
      open: async () => openDatabase({ dataDir: "memory://", loadDataDir: await template() }),
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: "postgres", open: () => openPostgres(url) });
  return backends;
}
/** The same backends, each opening a fresh database with nothing in it: no migration run, no areas. */
export function emptyTestBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: "pglite", open: () => openDatabase({ dataDir: "memory://" }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: "postgres", open: () => openPostgres(url, true) });
  return backends;
}

export * from "./fixtures.ts";
export * from "./rows.ts";
