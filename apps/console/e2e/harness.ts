import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";

/** Debian's Chromium, as `.ci/run` installs it. */
export const CHROMIUM = "/usr/bin/chromium";
/** True when Chromium is installed here. */
export const chromiumPresent = existsSync(CHROMIUM);
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const consoleRoot = fileURLToPath(new URL("..", import.meta.url));
/** Screenshots of each main page land here (gitignored); look at them. */
export const artifacts = join(consoleRoot, "e2e-artifacts");

/** Chrome DevTools' "Slow 4G": 562.5 ms latency, about 1.4 Mbit/s down, 675 kbit/s up (CDP's units: bytes/s). */
export const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: 180_000,
  uploadThroughput: 84_375,
};
// Loaded by path so the console's type check does not walk the API's sources.
const serverModule = fileURLToPath(new URL("../../api/src/e2e-server.ts", import.meta.url));
const nationalServerModule = fileURLToPath(new URL("../../api/src/e2e-national-server.ts", import.meta.url));

/** What the walks get: the server (demo data, people), a browser, and a way to sign in. */
export interface Harness {
  readonly origin: string;
  readonly facilities: Readonly<Record<string, string>>;
  readonly users: Record<
    "national" | "blora" | "salatiga" | "medan" | "salatigaStaff" | "firstTime",
    { email: string; password: string }
  >;
  readonly agreementOf: Readonly<Record<string, string>>;
  readonly certificateCode: string;
  readonly browser: Browser;
  /**
   * A fresh browser session (no cookies) at a laptop's size, in an Indonesian browser (id-ID) unless
   * another locale is asked for (en-GB for the English walk): native date inputs draw in that order.
   */
  context(options?: { width?: number; height?: number; locale?: string }): Promise<BrowserContext>;
  /** Signs in through the console's own form and waits for the page it leads to. */
  signIn(page: Page, who: { email: string; password: string }, path?: string): Promise<void>;
  /** Saves a full-page screenshot as a test artifact. */
  shoot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** The browser side every harness shares: sessions at a laptop's size, signing in, screenshots. */
type BrowserSide = Pick<Harness, "browser" | "context" | "signIn" | "shoot">;

async function buildConsole(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "sinergi-console-build-"));
  await build({ root: consoleRoot, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  return outDir;
}

async function launchBrowser(origin: string): Promise<BrowserSide> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  mkdirSync(artifacts, { recursive: true });
  return {
    browser,
    context: (options = {}) =>
      browser.newContext({
        baseURL: origin,
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        locale: options.locale ?? "id-ID",
        timezoneId: "Asia/Jakarta",
      }),
    signIn: async (page, who, path = "/") => {
      await page.goto(path);
      await page.getByLabel("Email").fill(who.email);
      await page.getByLabel("Kata sandi").fill(who.password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    },
    shoot: async (page, name) => {
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
    },
  };
}

/** Builds the console, starts the real API on a fresh embedded database with it, and launches Chromium. */
export async function startHarness(): Promise<Harness> {
  const outDir = await buildConsole();
  const { startE2eServer } = (await import(/* @vite-ignore */ serverModule)) as {
    startE2eServer: (
      dir: string,
    ) => Promise<Omit<Harness, keyof BrowserSide | "close"> & { close(): Promise<void> }>;
  };
  const server = await startE2eServer(outDir);
  return withBrowser(server, outDir);
}

/** The console over a national-scale PostgreSQL: a national admin and an admin of its largest facility. */
export interface NationalHarness extends BrowserSide {
  readonly origin: string;
  readonly facility: { readonly id: string; readonly name: string; readonly inmates: number };
  readonly users: Record<"national" | "facility", { email: string; password: string }>;
  close(): Promise<void>;
}

/** Builds the console and starts the real API over `databaseUrl` (a scratch copy: it adds two people). */
export async function startNationalHarness(databaseUrl: string): Promise<NationalHarness> {
  const outDir = await buildConsole();
  const { startNationalServer } = (await import(/* @vite-ignore */ nationalServerModule)) as {
    startNationalServer: (dir: string, url: string) => Promise<Omit<NationalHarness, keyof BrowserSide>>;
  };
  const server = await startNationalServer(outDir, databaseUrl);
  return withBrowser(server, outDir);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** One accessibility violation axe found, as a test failure lists it. */
export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core on the page as it is now; returns the serious and critical violations (the budget is none). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<Result> } }).axe;
    const result = await axe.run({ resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n: { target: string[] }) => n.target.join(" ")),
      }));
  });
}

/** A started server with a browser on it; closing ends both and removes the console build they served. */
async function withBrowser<S extends { origin: string; close(): Promise<void> }>(server: S, outDir: string) {
  const side = await launchBrowser(server.origin);
  return {
    ...server,
    ...side,
    close: async () => {
      await side.browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
