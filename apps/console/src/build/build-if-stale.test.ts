import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isStale } from "../../build-if-stale.mjs";

// Times are set explicitly (utimes), never waited for.
describe("building the console only when it is stale", () => {
  let dir = "";
  const file = (path: string, seconds: number) => {
    writeFileSync(path, "x");
    utimesSync(path, seconds, seconds);
  };
  const setUp = () => {
    dir = mkdtempSync(join(tmpdir(), "console-stale-"));
    mkdirSync(join(dir, "src", "pages"), { recursive: true });
    file(join(dir, "src", "pages", "home.tsx"), 1_000);
    return { inputs: [join(dir, "src"), join(dir, "missing.html")], stamp: join(dir, "stamp") };
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("builds when there is no stamp of an earlier build", () => {
    const { inputs, stamp } = setUp();
    expect(isStale(inputs, stamp)).toBe(true);
  });

  it("skips the build when every source is older than the stamp", () => {
    const { inputs, stamp } = setUp();
    file(stamp, 2_000);
    expect(isStale(inputs, stamp)).toBe(false);
  });

  it("builds again when a source deep in a folder changed after the stamp", () => {
    const { inputs, stamp } = setUp();
    file(stamp, 2_000);
    file(join(dir, "src", "pages", "home.tsx"), 3_000);
    expect(isStale(inputs, stamp)).toBe(true);
  });
});
