// `pnpm start` builds the console on every start; a restart with nothing changed need not wait for vite.
// Builds (vite build) only when a source the bundle is made from is newer than the last build's stamp.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** What the console's bundle is made from: its own sources and config, the domain package, the lockfile. */
export const INPUTS = [
  join(here, "src"),
  join(here, "public"),
  join(here, "index.html"),
  join(here, "vite.config.ts"),
  join(here, "package.json"),
  join(root, "packages", "domain", "src"),
  join(root, "pnpm-lock.yaml"),
];

/** Written into dist after a successful build. */
export const STAMP = join(here, "dist", ".build-stamp");

/** The newest modification time (ms) of the files under the given paths (0 when none exist). */
export function newestMtime(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const children = readdirSync(path).map((name) => join(path, name));
      newest = Math.max(newest, newestMtime(children));
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Whether a build is needed: no stamp, or an input changed after it. */
export function isStale(inputs, stamp) {
  return !existsSync(stamp) || newestMtime(inputs) > statSync(stamp).mtimeMs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!isStale(INPUTS, STAMP) && existsSync(join(here, "dist", "index.html"))) {
    console.log("console: build is up to date (delete apps/console/dist to force one)");
  } else {
    const built = spawnSync("vite", ["build"], { cwd: here, stdio: "inherit", shell: true });
    if (built.status !== 0) process.exit(built.status ?? 1);
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  }
}
