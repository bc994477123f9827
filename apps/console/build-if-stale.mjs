// Builds the console (vite build) only when a source its bundle is made from changed since the last build.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfStale, isStale } from "../../scripts/build-if-stale.mjs";

export { isStale };

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

/** The file whose absence means no build was ever made (relative to this folder). */
export const OUTPUT = "index.html";

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildIfStale({ name: "console", dir: here, inputs: INPUTS, output: OUTPUT });
}
