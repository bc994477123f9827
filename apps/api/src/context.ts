import type { Database } from "@sinergi/db";
import type { Principal } from "@sinergi/domain";
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
  /** The authenticated caller, or undefined for an anonymous request. */
  principal: Principal | undefined;
  authMethod: "session" | "api_key" | undefined;
  /** The session behind a cookie-authenticated request. */
  sessionId: string | undefined;
  /** Where the request came from, for rate limits (never logged). */
  clientAddress: string;
  /** The answer holds a secret or personal data: never stored for an idempotent replay. */
  withholdFromReplay: boolean;
}

/** Hono environment type for Sinergi routes. */
export interface AppEnv {
  Variables: AppVariables;
}
