import type { Database } from "@sinergi/db";
import type { Kysely } from "kysely";

/** What every request handler can reach: the database, the clock, id generation and the actor. */
export interface AppVariables {
  db: Kysely<Database>;
  /** Current instant as ISO string; injected so tests can pin time. */
  now: () => string;
  newId: () => string;
  /** Who is acting, recorded in lifecycle history (a principal id once sign-in lands). */
  actor: string;
  requestId: string;
}

/** Hono environment type for Sinergi routes. */
export interface AppEnv {
  Variables: AppVariables;
}
