// What `pnpm start` runs before the API: the console's and the API's builds when stale, in one process.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildIfStale } from "./build-if-stale.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const name of ["console", "api"]) {
  const dir = join(root, "apps", name);
  const { INPUTS, OUTPUT } = await import(pathToFileURL(join(dir, "build-if-stale.mjs")).href);
  buildIfStale({ name, dir, inputs: INPUTS, output: OUTPUT });
}
