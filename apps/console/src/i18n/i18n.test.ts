// @vitest-environment node
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en } from "./messages-en.ts";
import { id } from "./messages-id.ts";

const src = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    const code = /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.startsWith("messages-");
    return code && !name.endsWith(".gen.ts") ? [path] : [];
  });
}

describe("console messages", () => {
  it("has every Indonesian message in English and the other way round, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const dictionary of [id, en])
      for (const [key, text] of Object.entries(dictionary)) expect(text.trim(), key).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const holes = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as (keyof typeof id)[])
      expect(holes(en[key]), key).toEqual(holes(id[key]));
  });

  it("uses every message, and names no message that does not exist", () => {
    const code = sources(src)
      .map((path) => readFileSync(path, "utf8"))
      .join("\n");
    // A key is used where the code names it as a string: t("nav.home") or a label map's "agreementStatus.active".
    const unused = Object.keys(id).filter((key) => !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
    const called = [...code.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1] as string);
    expect(called.filter((key) => !(key in id))).toEqual([]);
  });
});
