// `pnpm start` needs the console's and the API's vite bundles; a restart with nothing changed should not
// wait for vite. A package is built only when a source its bundle is made from is newer than the stamp
// its last successful build left in dist.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

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

/**
 * Runs `vite build` in `dir` when its bundle (`output`, relative to dir) is missing or an input is newer
 * than dist/.build-stamp; exits the process with vite's status when the build fails.
 */
export function buildIfStale({ name, dir, inputs, output }) {
  const stamp = join(dir, "dist", ".build-stamp");
  if (!isStale(inputs, stamp) && existsSync(join(dir, output))) {
    console.log(
      `${name}: build is up to date (delete ${relative(process.cwd(), join(dir, "dist")) || "dist"} to force one)`,
    );
    return;
  }
  // The package's own vite, by path: this runs from the repository root as well as from the package.
  const vite = join(dir, "node_modules", ".bin", "vite");
  const built = spawnSync(vite, ["build", "--logLevel", "warn"], { cwd: dir, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  console.log(`${name}: built`);
}
