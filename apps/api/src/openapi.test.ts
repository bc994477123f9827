import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { describeApi } from "./testing.ts";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

describeApi("OpenAPI document", (t) => {
  it("is OpenAPI 3.1 and lists every v1 route the app serves", async () => {
    const res = await t.get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(res.body.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const served = t.app.routes
      .filter((r) => r.path.startsWith("/api/v1/") && r.method !== "ALL")
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    const missing = [...new Set(served)].filter((r) => !documented.has(r));
    expect(missing).toEqual([]);
  });

  it("states who may call each operation, with the session cookie and API key as its security schemes", async () => {
    const doc = (await t.get("/api/openapi.json")).body;
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["apiKey", "session"]);
    const ops = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
    const undescribed = ops.filter(({ op }) => op["x-sinergi-access"] === undefined).map(({ key }) => key);
    expect(undescribed).toEqual([]);
    for (const { key, op } of ops) {
      const access = op["x-sinergi-access"];
      if (access.rule === "public") expect(op.security, key).toEqual([]);
      else {
        expect(op.responses["401"], key).toBeDefined();
        expect(access.roles.length, key).toBeGreaterThan(0);
      }
    }
    const sign = doc.paths["/api/v1/agreements/{id}/sign"].post["x-sinergi-access"];
    expect(sign).toMatchObject({ rule: "permission", permission: "agreements:sign" });
    expect(sign.roles).toEqual(["national_admin", "regional_admin", "facility_admin"]);
    expect(doc.paths["/api/v1/regional-offices"].post["x-sinergi-access"].roles).toEqual(["national_admin"]);
    expect(doc.paths["/api/v1/public/certificates/{code}"].get["x-sinergi-access"].rule).toBe("public");
  });

  it("passes the Redocly linter's recommended rules with no errors", async () => {
    const res = await t.get("/api/openapi.json");
    const dir = mkdtempSync(join(tmpdir(), "sinergi-openapi-"));
    try {
      const file = join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(res.body));
      const result = await run(
        process.execPath,
        [require.resolve("@redocly/cli/bin/cli.js"), "lint", "--extends=recommended", "--format=json", file],
        {
          cwd: dir,
          env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        },
      ).catch((e: { stdout: string; stderr: string; code: number }) => e);
      const report = JSON.parse(result.stdout) as {
        totals: { errors: number; warnings: number };
        problems: unknown[];
      };
      expect(report.problems.filter((p) => (p as { severity: string }).severity === "error")).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
