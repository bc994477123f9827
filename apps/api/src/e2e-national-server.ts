import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { insertUser, openDatabase } from "@sinergi/db";
import type { Role, Scope } from "@sinergi/domain";
import { sql } from "kysely";
import { hashPassword } from "./access/secrets.ts";
import { createApp } from "./app.ts";
import type { E2eUser } from "./e2e-server.ts";

/** The real API over a national-scale PostgreSQL, serving a console build, with two people to sign in as. */
export interface NationalServer {
  readonly origin: string;
  /** The facility with the most inmates: the heaviest a facility admin's lists get. */
  readonly facility: { readonly id: string; readonly name: string; readonly inmates: number };
  readonly users: { readonly national: E2eUser; readonly facility: E2eUser };
  close(): Promise<void>;
}

/**
 * Starts the API (same app as `pnpm start`) on a free port over an existing PostgreSQL database (a scratch
 * copy of the national generator's data: it adds two people to it and removes them on close).
 */
export async function startNationalServer(consoleDir: string, databaseUrl: string): Promise<NationalServer> {
  const { db, close } = await openDatabase({ databaseUrl });
  const largest = await sql<{ id: string; name: string; inmates: string | number }>`
    select f.id, f.name, count(i.id) as inmates
    from facilities f join inmates i on i.facility_id = f.id
    group by f.id, f.name order by count(i.id) desc, f.id limit 1`.execute(db);
  const row = largest.rows[0];
  if (!row) throw new Error("national server: the database holds no facility with inmates");
  const now = new Date().toISOString();
  const ids: string[] = [];
  const person = async (role: Role, scope: Scope, name: string): Promise<E2eUser> => {
    const id = randomUUID();
    const email = `bench.${name}.${id.slice(0, 8)}@bench.sinergi`;
    const password = `kopi tubruk ${randomUUID()}`;
    await insertUser(db, { id, email, name, passwordHash: await hashPassword(password), role, scope }, now);
    ids.push(id);
    return { email, password };
  };
  const users = {
    national: await person("national_admin", { kind: "national" }, "national"),
    facility: await person("facility_admin", { kind: "facility", facilityId: row.id }, "facility"),
  };
  const app = createApp({ db, consoleDir });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    facility: { id: row.id, name: row.name, inmates: Number(row.inmates) },
    users,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Sessions go with their user; a user the audit trail already names stays (the copy is scratch).
      await db
        .deleteFrom("users")
        .where("id", "in", ids)
        .execute()
        .catch(() => {});
      await close();
    },
  };
}
