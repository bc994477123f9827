import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

const forbiddenImports = [
  /^node:/,
  /^(fs|path|os|crypto|child_process|http|https|net)$/,
  /^kysely/,
  /^pg$/,
  /^@electric-sql\//,
  /^hono/,
];
const clockReads = [
  /\bDate\.now\(/,
  /\bnew Date\(\s*\)/,
  /\bperformance\.now\(/,
  /\bMath\.random\(/,
  /\bcrypto\.randomUUID\(/,
];

describe("the domain package", () => {
  const files = sourceFiles(root);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("imports nothing that does I/O (node:*, kysely, pg, PGlite, hono)", () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(
        /(?:import|export)[^'"]*from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
      )) {
        const spec = m[1] ?? m[2] ?? "";
        if (forbiddenImports.some((re) => re.test(spec))) offenders.push(`${relative(root, file)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("never reads the clock or a random source: time and ids come in as arguments", () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const re of clockReads) if (re.test(text)) offenders.push(`${relative(root, file)}: ${re.source}`);
    }
    expect(offenders).toEqual([]);
  });
});
