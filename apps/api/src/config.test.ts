import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.ts";

const places = {
  cwd: "/repo/apps/api",
  defaultDataDir: "/repo/.sinergi-data",
  defaultConsoleDir: "/repo/apps/console/dist",
};
const secret = "a-secret-of-at-least-thirty-two-characters";

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env, places);
  } catch (e) {
    if (e instanceof ConfigError) return [...e.problems];
    throw e;
  }
  return [];
}

describe("settings from the environment", () => {
  it("starts the embedded default with no environment at all", () => {
    expect(parseConfig({}, places)).toEqual({
      port: 3000,
      database: { kind: "pglite", dataDir: "/repo/.sinergi-data" },
      secret: undefined,
      admin: {},
      allowedOrigins: [],
      trustProxy: false,
      secureCookies: false,
      nodeEnv: "development",
      consoleDir: "/repo/apps/console/dist",
    });
  });

  it("reads every setting", () => {
    const config = parseConfig(
      {
        PORT: "8080",
        DATABASE_URL: "postgres://sinergi:pw@db.internal:5432/sinergi",
        SINERGI_SECRET: secret,
        SINERGI_ADMIN_EMAIL: "root@kemenkumham.go.id",
        SINERGI_ADMIN_PASSWORD: "a long enough password",
        SINERGI_ALLOWED_ORIGINS: "https://console.example.org, http://localhost:5173",
        SINERGI_TRUST_PROXY: "true",
        SINERGI_SECURE_COOKIES: "true",
        NODE_ENV: "production",
        SINERGI_CONSOLE_DIR: "/srv/sinergi/console",
      },
      places,
    );
    expect(config).toEqual({
      port: 8080,
      database: { kind: "postgres", url: "postgres://sinergi:pw@db.internal:5432/sinergi" },
      secret,
      admin: { email: "root@kemenkumham.go.id", password: "a long enough password" },
      allowedOrigins: ["https://console.example.org", "http://localhost:5173"],
      trustProxy: true,
      secureCookies: true,
      nodeEnv: "production",
      consoleDir: "/srv/sinergi/console",
    });
  });

  it("treats an empty variable as unset", () => {
    expect(parseConfig({ PORT: "", DATABASE_URL: "", SINERGI_SECRET: "" }, places).database.kind).toBe(
      "pglite",
    );
  });

  it.each(["0", "65536", "-1", "3000.5", "80a", "1e3", " 80", "999999999999"])("refuses PORT=%j", (port) => {
    expect(problems({ PORT: port })).toEqual(["PORT must be a whole number from 1 to 65535"]);
  });

  it.each(["1", "65535"])("accepts PORT=%s", (port) => {
    expect(parseConfig({ PORT: port }, places).port).toBe(Number(port));
  });

  it("names every bad variable at once, never repeating a value", () => {
    const env = {
      PORT: "eighty",
      DATABASE_URL: "mysql://root:hunter2-secret@db/sinergi",
      SINERGI_SECRET: "short-hunter2",
      SINERGI_ADMIN_EMAIL: "not-an-email",
      SINERGI_ADMIN_PASSWORD: "hunter2",
      SINERGI_ALLOWED_ORIGINS: "https://ok.example.org,https://bad.example.org/path",
      SINERGI_TRUST_PROXY: "iya",
      SINERGI_SECURE_COOKIES: "ya",
      NODE_ENV: "staging",
    };
    const found = problems(env);
    expect(found.map((p) => p.split(" ")[0])).toEqual(Object.keys(env));
    const message = new ConfigError(found).message;
    for (const value of Object.values(env)) expect(message).not.toContain(value);
    expect(message).not.toContain("hunter2");
  });

  it("requires SINERGI_SECRET against PostgreSQL, where several instances must share it", () => {
    const [problem] = problems({ DATABASE_URL: "postgres://db/sinergi" });
    expect(problem).toMatch(/^SINERGI_SECRET is required with DATABASE_URL/);
  });

  it("resolves a relative SINERGI_DATA_DIR from the folder the command was run in", () => {
    // pnpm runs the script in apps/api and leaves the caller's folder in INIT_CWD.
    const fromRoot = parseConfig({ SINERGI_DATA_DIR: "data/a", INIT_CWD: "/repo" }, places);
    expect(fromRoot.database).toEqual({ kind: "pglite", dataDir: "/repo/data/a" });
    const direct = parseConfig({ SINERGI_DATA_DIR: "../b" }, places);
    expect(direct.database).toEqual({ kind: "pglite", dataDir: "/repo/apps/b" });
    const absolute = parseConfig({ SINERGI_DATA_DIR: "/var/lib/sinergi", INIT_CWD: "/repo" }, places);
    expect(absolute.database).toEqual({ kind: "pglite", dataDir: "/var/lib/sinergi" });
  });

  it("makes cookies Secure in production even without SINERGI_SECURE_COOKIES", () => {
    expect(parseConfig({ NODE_ENV: "production" }, places).secureCookies).toBe(true);
    expect(parseConfig({ SINERGI_SECURE_COOKIES: "false" }, places).secureCookies).toBe(false);
  });
});
