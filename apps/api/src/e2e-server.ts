import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { insertUser, seedDemoData } from "@sinergi/db";
import { testBackends } from "@sinergi/db/testing";
import type { Role, Scope } from "@sinergi/domain";
import { lastClosedMonth, runPass } from "@sinergi/worker";
import { hashPassword } from "./access/secrets.ts";
import { createApp } from "./app.ts";

/** A person the end-to-end walks sign in as. */
export interface E2eUser {
  readonly email: string;
  readonly password: string;
}

/** A running API with the demo data on a fresh embedded database, serving a console build. */
export interface E2eServer {
  readonly origin: string;
  readonly facilities: Readonly<Record<string, string>>;
  readonly users: {
    readonly national: E2eUser;
    readonly blora: E2eUser;
    readonly salatiga: E2eUser;
    readonly medan: E2eUser;
    readonly salatigaStaff: E2eUser;
    readonly firstTime: E2eUser;
  };
  /** One demo agreement of each facility that has any, by the facility's short name. */
  readonly agreementOf: Readonly<Record<string, string>>;
  /** Verification code of a demo certificate (for the public check). */
  readonly certificateCode: string;
  close(): Promise<void>;
}

/**
 * Starts the real API (same app as `pnpm start`) on a free port with the five field reports' demo data, and
 * people of several roles and scopes: for the console's end-to-end walks in a real browser.
 */
export async function startE2eServer(consoleDir: string): Promise<E2eServer> {
  const backend = testBackends().find((b) => b.name === "pglite");
  if (!backend) throw new Error("no PGlite backend");
  const opened = await backend.open();
  const db = opened.db;
  const now = new Date().toISOString();
  await seedDemoData(db, { now });
  const rows = await db.selectFrom("facilities").select(["id", "name"]).execute();
  const facilities = Object.fromEntries(rows.map((r) => [r.name.replace(/^Rutan /, "").toLowerCase(), r.id]));
  const person = async (
    role: Role,
    scope: Scope,
    name: string,
    mustChangePassword = false,
  ): Promise<E2eUser> => {
    const email = `${name.toLowerCase().replaceAll(" ", ".")}@e2e.sinergi`;
    const password = `kopi tubruk ${randomUUID()}`;
    await insertUser(
      db,
      {
        id: randomUUID(),
        email,
        name,
        passwordHash: await hashPassword(password),
        role,
        scope,
        mustChangePassword,
      },
      now,
    );
    return { email, password };
  };
  const at = (key: string): Scope => {
    const facilityId = facilities[key];
    if (!facilityId) throw new Error(`no demo facility ${key}`);
    return { kind: "facility", facilityId };
  };
  const users = {
    national: await person("national_admin", { kind: "national" }, "Admin Nasional"),
    blora: await person("facility_admin", at("blora"), "Admin Blora"),
    salatiga: await person("facility_admin", at("salatiga"), "Admin Salatiga"),
    medan: await person("facility_admin", at("medan"), "Admin Medan"),
    salatigaStaff: await person("facility_staff", at("salatiga"), "Staf Salatiga"),
    firstTime: await person("facility_admin", at("masohi"), "Admin Masohi", true),
  };
  const certificate = await db
    .selectFrom("certificates")
    .select("verificationCode")
    .where("status", "=", "issued")
    .executeTakeFirst();
  const agreements = await db.selectFrom("agreements").select(["id", "facilityId"]).execute();
  const agreementOf: Record<string, string> = {};
  for (const [key, id] of Object.entries(facilities)) {
    const found = agreements.find((a) => a.facilityId === id);
    if (found) agreementOf[key] = found.id;
  }
  // One worker pass over the last closed month: the reports pages have a report and the bell its alerts.
  await runPass(db, { worker: "e2e", from: lastClosedMonth(now) });
  const app = createApp({ db, consoleDir });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    facilities,
    users,
    agreementOf,
    certificateCode: certificate?.verificationCode ?? "",
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await opened.close();
    },
  };
}
