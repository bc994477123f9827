import { randomUUID } from "node:crypto";
import { type Database, insertApiKey, insertSession, insertUser, type SinergiDb } from "@sinergi/db";
import { testBackends } from "@sinergi/db/testing";
import type { Permission, Role, Scope } from "@sinergi/domain";
import type { Hono } from "hono";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe } from "vitest";
import { SESSION_COOKIE, SESSION_LIFETIME } from "./access/authenticate.ts";
import { hashPassword, newSecret } from "./access/secrets.ts";
import { createApp } from "./app.ts";
import type { AppEnv } from "./context.ts";

/** A response read once: status, headers, parsed JSON body (or null) and the body as sent. */
export interface TestResponse<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

/** If-Match for a write to an existing resource whose test is not about concurrency: any revision. */
export const anyRevision: Readonly<Record<string, string>> = { "if-match": "*" };

/** If-Match carrying the ETag a response gave, or that of a resource read with its `revision`. */
export function ifMatch(from: TestResponse | { readonly revision: number }): Record<string, string> {
  if ("headers" in from) {
    const tag = from.headers.get("etag");
    if (tag === null) throw new Error(`the response (${from.status}) carries no ETag`);
    return { "if-match": tag };
  }
  return { "if-match": `"${from.revision}"` };
}

/** Per-suite access to the app under test and its database. */
export class ApiTest {
  #db: SinergiDb | undefined;
  #app: Hono<AppEnv> | undefined;
  #cookie: string | undefined;
  /** The clock the app sees; tests may pin it. */
  now = () => new Date().toISOString();
  /** Id of the national admin the suite signs in as. */
  adminId = "";

  /** @internal */
  async start(open: () => Promise<SinergiDb>): Promise<void> {
    this.#db = await open();
    this.#app = createApp({ db: this.#db.db, now: () => this.now() });
    const admin = await this.createUser("national_admin", { kind: "national" });
    this.adminId = admin.id;
    this.#cookie = await this.signIn(admin.email, admin.password);
  }

  /** Creates a user directly in the database; returns its id, email and password. */
  async createUser(role: Role, scope: Scope): Promise<{ id: string; email: string; password: string }> {
    const id = randomUUID();
    const email = `${role}.${id.slice(0, 8)}@test.sinergi`;
    const password = `pw-${randomUUID()}`;
    await insertUser(
      this.db,
      { id, email, name: role, passwordHash: await hashPassword(password), role, scope },
      new Date().toISOString(),
    );
    return { id, email, password };
  }

  /** A session for a user made straight in the database (no sign-in rate limit); returns the cookie. */
  async sessionCookie(userId: string): Promise<string> {
    const { secret, hash } = newSecret("ses");
    const at = new Date().toISOString();
    await insertSession(this.db, {
      id: randomUUID(),
      tokenHash: hash,
      userId,
      at,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME.idleMs).toISOString(),
    });
    return `${SESSION_COOKIE}=${secret}`;
  }

  /** An API key made straight in the database; returns the bearer secret. */
  async apiKey(role: Role, scope: Scope, permissions: readonly Permission[]): Promise<string> {
    const { secret, hash, lookupPrefix } = newSecret("snk");
    await insertApiKey(
      this.db,
      {
        id: randomUUID(),
        name: `test ${role}`,
        prefix: lookupPrefix,
        keyHash: hash,
        role,
        scope,
        permissions,
        expiresAt: null,
        createdBy: this.adminId,
      },
      new Date().toISOString(),
    );
    return secret;
  }

  /** Signs in through the API and returns the session cookie (`name=value`). */
  async signIn(email: string, password: string): Promise<string> {
    const res = await this.app.request("/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify({ email, password }),
    });
    const cookie = res.headers.get("set-cookie")?.split(";")[0];
    if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    return cookie;
  }

  /**
   * Puts the real clock back and gives the suite's admin a fresh session: a sign-in at a pinned
   * instant purges sessions that are expired as of that instant, the suite's own included.
   */
  async resetClock(): Promise<void> {
    this.now = () => new Date().toISOString();
    this.#cookie = await this.sessionCookie(this.adminId);
  }

  /** @internal */
  async stop(): Promise<void> {
    await this.#db?.close();
  }

  /** The Kysely handle, to arrange rows and to check that nothing changed. */
  get db(): Kysely<Database> {
    if (!this.#db) throw new Error("suite not started");
    return this.#db.db;
  }

  /** The Hono app (for `app.request`). */
  get app(): Hono<AppEnv> {
    if (!this.#app) throw new Error("suite not started");
    return this.#app;
  }

  /** Sends a request; a non-string body is sent as JSON. */
  async request<T = any>(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; anonymous?: boolean } = {},
  ): Promise<TestResponse<T>> {
    // By default requests come from the suite's signed-in national admin, from the API's own origin.
    const auth: Record<string, string> =
      options.anonymous || !this.#cookie ? {} : { cookie: this.#cookie, origin: "http://localhost" };
    const headers: Record<string, string> = { ...auth, ...options.headers };
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    }
    const res = await this.app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    let parsed: unknown = null;
    if (text !== "") {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  /** GET. */
  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>("GET", path, headers ? { headers } : {});
  }
  /** POST with a JSON body. */
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>("POST", path, { body: body ?? {}, ...(headers ? { headers } : {}) });
  }
  /** PATCH with a JSON body. */
  patch<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>("PATCH", path, { body, ...(headers ? { headers } : {}) });
  }
}

/**
 * Declares a suite that runs once per backend (PGlite always; PostgreSQL when TEST_DATABASE_URL is set),
 * each on a fresh migrated database.
 */
export function describeApi(title: string, body: (t: ApiTest) => void): void {
  describe.each(testBackends())(`${title} on $name`, (backend) => {
    const t = new ApiTest();
    beforeAll(() => t.start(backend.open));
    afterAll(() => t.stop());
    body(t);
  });
}
