import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataDirSecret, SECRET_FILE } from "./secret-file.ts";

describe("the embedded default's server secret", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is made once into the data folder, readable by its owner only, and reused at every later start", () => {
    dir = mkdtempSync(join(tmpdir(), "sinergi-secret-"));
    const first = dataDirSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(dataDirSecret(dir)).toBe(first);
    expect(readFileSync(join(dir, SECRET_FILE), "utf8").trim()).toBe(first);
  });

  it("differs between data folders", () => {
    dir = mkdtempSync(join(tmpdir(), "sinergi-secret-"));
    const other = mkdtempSync(join(tmpdir(), "sinergi-secret-"));
    try {
      expect(dataDirSecret(dir)).not.toBe(dataDirSecret(other));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("tightens a copied file readable by others, and refuses one too short to sign with", () => {
    dir = mkdtempSync(join(tmpdir(), "sinergi-secret-"));
    const path = join(dir, SECRET_FILE);
    writeFileSync(path, "x".repeat(40));
    chmodSync(path, 0o644);
    expect(dataDirSecret(dir)).toBe("x".repeat(40));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, "short");
    expect(() => dataDirSecret(dir)).toThrow(/shorter than 32 characters/);
  });
});
