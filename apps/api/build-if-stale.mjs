// Builds the API's bundle (vite build, dist/main.js) only when a source it is made from changed since the
// last build: `pnpm start` runs the bundle, which starts faster and smaller than the sources through tsx.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfStale } from "../../scripts/build-if-stale.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkg = (path) => [join(root, path, "src"), join(root, path, "package.json")];

/** What the bundle is made from: the API, the workspace packages it inlines, its config, the lockfile. */
export const INPUTS = [
  ...pkg("apps/api"),
  ...pkg("apps/worker"),
  ...pkg("packages/db"),
  ...pkg("packages/domain"),
  join(here, "vite.config.ts"),
  join(root, "pnpm-lock.yaml"),
];

/** The file whose absence means no build was ever made (relative to this folder). */
export const OUTPUT = "dist/main.js";

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildIfStale({ name: "api", dir: here, inputs: INPUTS, output: OUTPUT });
}
