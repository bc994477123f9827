import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import spectralCore from "@stoplight/spectral-core";
import spectralParsers from "@stoplight/spectral-parsers";
import spectralRulesets from "@stoplight/spectral-rulesets";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../testing.ts";

/** The served document as tools an integrator uses read it: Spectral's OpenAPI rules and openapi-typescript. */

/** A small client written against the generated types: named schemas, paths, parameters, bodies. */
const CLIENT = `import type { components, paths } from "./schema.ts";

type Agreement = components["schemas"]["Agreement"];
type Problem = components["schemas"]["Problem"];
type Sign = paths["/api/v1/agreements/{id}/sign"]["post"];
type SignBody = NonNullable<Sign["requestBody"]>["content"]["application/json"];
type ReadAgreement = paths["/api/v1/agreements/{id}"]["get"]["responses"][200]["content"]["application/json"];
type CohortPage = paths["/api/v1/cohorts"]["get"]["responses"][200]["content"]["application/json"];
type CohortQuery = NonNullable<paths["/api/v1/cohorts"]["get"]["parameters"]["query"]>;

export const read: ReadAgreement = {} as Agreement;
export const kind: Agreement["kind"] = "pks";
// @ts-expect-error an agreement is an MoU or a PKS, nothing else
export const notAKind: Agreement["kind"] = "contract";
export const revision: number = ({} as Agreement).revision;
export const body: SignBody = { signedOn: "2025-12-20", startDate: "2026-01-01", endDate: "2027-12-31" };
export const ifMatch: Sign["parameters"]["header"]["If-Match"] = '"3"';
export const stale: NonNullable<Sign["responses"][412]["content"]>["application/problem+json"] = {} as Problem;
export const first: CohortPage["items"][number] = {} as components["schemas"]["Cohort"];
export const next: CohortPage["nextCursor"] = null;
export const limit: CohortQuery["limit"] = 50;
`;

describeApi("OpenAPI document read by tools", (t) => {
  let text = "";
  beforeAll(async () => {
    const res = await t.get("/api/openapi.json");
    expect(res.status).toBe(200);
    text = JSON.stringify(res.body);
  });

  it("passes Spectral's spectral:oas ruleset with no warning and no error", async () => {
    const { Spectral, Document } = spectralCore;
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[spectralRulesets.oas, "recommended"]] } as never);
    // Severity 0 is an error, 1 a warning; hints and information (2, 3) are not findings.
    const lint = async (source: string) =>
      (await spectral.run(new Document(source, spectralParsers.Json, "openapi.json")))
        .filter((r) => r.severity <= 1)
        .map((r) => `${String(r.code)} at ${r.path.join(".")}: ${r.message}`);
    expect(await lint(text)).toEqual([]);
    // The rules do run: the same document with an undefined tag and no contact is faulted.
    const broken = JSON.parse(text);
    delete broken.info.contact;
    broken.tags = broken.tags.slice(1);
    const faults = await lint(JSON.stringify(broken));
    expect(faults.some((f) => f.startsWith("info-contact"))).toBe(true);
    expect(faults.some((f) => f.startsWith("operation-tag-defined"))).toBe(true);
  }, 120_000);

  it("yields, through openapi-typescript, a client that compiles with no diagnostic", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sinergi-client-"));
    try {
      const ast = await openapiTS(JSON.parse(text), { silent: true });
      writeFileSync(join(dir, "schema.ts"), astToString(ast));
      writeFileSync(join(dir, "client.ts"), CLIENT);
      const program = ts.createProgram([join(dir, "client.ts")], {
        strict: true,
        noEmit: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        allowImportingTsExtensions: true,
        types: [],
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      expect(diagnostics).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
