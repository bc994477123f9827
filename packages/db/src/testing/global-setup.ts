import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { openDatabase } from "../connection.ts";
import { prepareDatabase } from "../migrate.ts";
import { makePgliteTemplate } from "./index.ts";

/** Vitest global setup: builds the PGlite and PostgreSQL templates once per run, for every worker. */
export default async function setup(): Promise<() => Promise<void>> {
  const file = join(tmpdir(), `sinergi-pglite-template-${process.pid}-${randomBytes(4).toString("hex")}.tar`);
  const blob = await makePgliteTemplate();
  await writeFile(file, new Uint8Array(await blob.arrayBuffer()));
  process.env.SINERGI_PGLITE_TEMPLATE = file;

  const url = process.env.TEST_DATABASE_URL;
  let pgTemplate: string | undefined;
  if (url) {
    pgTemplate = `sinergi_tpl_${randomBytes(6).toString("hex")}`;
    const admin = await openDatabase({ databaseUrl: url });
    await sql.raw(`create database ${pgTemplate}`).execute(admin.db);
    await admin.close();
    const u = new URL(url);
    u.pathname = `/${pgTemplate}`;
    const tpl = await openDatabase({ databaseUrl: u.toString() });
    await prepareDatabase(tpl.db);
    await tpl.close();
    process.env.SINERGI_PG_TEMPLATE = pgTemplate;
  }

  return async () => {
    await rm(file, { force: true });
    if (url && pgTemplate) {
      const admin = await openDatabase({ databaseUrl: url });
      await sql.raw(`drop database if exists ${pgTemplate} with (force)`).execute(admin.db);
      await admin.close();
    }
  };
}
