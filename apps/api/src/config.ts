import { isAbsolute, resolve } from "node:path";
import { MIN_SECRET_LENGTH } from "@sinergi/db";
import * as v from "valibot";

/** The API's settings, read once from the environment at start. */
export interface Config {
  readonly port: number;
  /** PostgreSQL at a URL, or the embedded PGlite in a data folder (an absolute path). */
  readonly database:
    | { readonly kind: "postgres"; readonly url: string }
    | { readonly kind: "pglite"; readonly dataDir: string };
  /** SINERGI_SECRET; on the embedded default, undefined means "the one kept in the data folder". */
  readonly secret: string | undefined;
  readonly admin: { readonly email?: string; readonly password?: string };
  readonly allowedOrigins: readonly string[];
  readonly trustProxy: boolean;
  readonly secureCookies: boolean;
  readonly nodeEnv: "development" | "production" | "test";
  /** The built console's folder; `/` serves it when it holds an index.html, else redirects to the docs. */
  readonly consoleDir: string;
}

/** Settings that stop the start; the message names each variable and never repeats a value. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Sinergi cannot start: ${problems.length === 1 ? "a setting is" : "settings are"} not valid.\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

const flag = v.optional(v.picklist(["true", "false"], "must be true or false"));

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === text;
  } catch {
    return false;
  }
}

function isPostgresUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const origins = (text: string) =>
  text
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");

// Every message is fixed text: a value (a password, a secret, a URL with credentials) is never echoed.
const EnvSchema = v.object({
  PORT: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,5}$/, "must be a whole number from 1 to 65535"),
      v.transform(Number),
      v.number(),
      v.minValue(1, "must be a whole number from 1 to 65535"),
      v.maxValue(65535, "must be a whole number from 1 to 65535"),
    ),
    "3000",
  ),
  DATABASE_URL: v.optional(
    v.pipe(v.string(), v.check(isPostgresUrl, "must be a postgres:// or postgresql:// URL with a host")),
  ),
  SINERGI_DATA_DIR: v.optional(v.string()),
  SINERGI_CONSOLE_DIR: v.optional(v.string()),
  SINERGI_SECRET: v.optional(
    v.pipe(v.string(), v.minLength(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`)),
  ),
  SINERGI_ADMIN_EMAIL: v.optional(v.pipe(v.string(), v.email("must be an email address"))),
  SINERGI_ADMIN_PASSWORD: v.optional(v.pipe(v.string(), v.minLength(12, "must be at least 12 characters"))),
  SINERGI_ALLOWED_ORIGINS: v.optional(
    v.pipe(
      v.string(),
      v.check(
        (s) => origins(s).every(isOrigin),
        "must list origins such as https://console.example.org, separated by commas",
      ),
    ),
  ),
  SINERGI_TRUST_PROXY: flag,
  SINERGI_SECURE_COOKIES: flag,
  NODE_ENV: v.optional(
    v.picklist(["development", "production", "test"], "must be development, production or test"),
    "development",
  ),
});

/** Where a relative path is taken from, and the folder used when SINERGI_DATA_DIR is unset. */
export interface ConfigPlaces {
  /** The process's working directory. */
  readonly cwd: string;
  /** `.sinergi-data` at the repository root. */
  readonly defaultDataDir: string;
  /** `apps/console/dist`, where the console's build lands. */
  readonly defaultConsoleDir: string;
}

/**
 * Parses the environment once. A relative SINERGI_DATA_DIR is taken from the folder the command was
 * run in: pnpm runs the script inside apps/api but records the caller's folder in INIT_CWD.
 * Empty variables count as unset. Throws a ConfigError naming every bad variable.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>, places: ConfigPlaces): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = v.safeParse(EnvSchema, present);
  if (!parsed.success)
    throw new ConfigError(
      parsed.issues.map((i) => `${String(i.path?.[0]?.key ?? "environment")} ${i.message}`),
    );
  const e = parsed.output;
  if (e.DATABASE_URL !== undefined && e.SINERGI_SECRET === undefined)
    throw new ConfigError([
      `SINERGI_SECRET is required with DATABASE_URL (at least ${MIN_SECRET_LENGTH} characters, the same for ` +
        "every API instance on that database: it signs list cursors)",
    ]);
  const initCwd = env.INIT_CWD;
  const base = initCwd !== undefined && isAbsolute(initCwd) ? initCwd : places.cwd;
  return {
    port: e.PORT,
    database:
      e.DATABASE_URL !== undefined
        ? { kind: "postgres", url: e.DATABASE_URL }
        : {
            kind: "pglite",
            dataDir: e.SINERGI_DATA_DIR ? resolve(base, e.SINERGI_DATA_DIR) : places.defaultDataDir,
          },
    secret: e.SINERGI_SECRET,
    admin: {
      ...(e.SINERGI_ADMIN_EMAIL === undefined ? {} : { email: e.SINERGI_ADMIN_EMAIL }),
      ...(e.SINERGI_ADMIN_PASSWORD === undefined ? {} : { password: e.SINERGI_ADMIN_PASSWORD }),
    },
    allowedOrigins: origins(e.SINERGI_ALLOWED_ORIGINS ?? ""),
    trustProxy: e.SINERGI_TRUST_PROXY === "true",
    secureCookies: e.NODE_ENV === "production" || e.SINERGI_SECURE_COOKIES === "true",
    nodeEnv: e.NODE_ENV,
    consoleDir: e.SINERGI_CONSOLE_DIR ? resolve(base, e.SINERGI_CONSOLE_DIR) : places.defaultConsoleDir,
  };
}
