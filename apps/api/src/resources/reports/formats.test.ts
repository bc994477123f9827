import { insertOrgFixture } from "@sinergi/db/testing";
import {
  assembleReport,
  COVERAGE_FIELDS,
  FIGURE_LABELS,
  FIGURES,
  figureValue,
  type ReportContent,
} from "@sinergi/domain";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { handBuiltUnit, storeComputedReport, storeReport } from "./fixtures.ts";

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The rows of a CSV section: those after its title and header, up to the blank line. */
function csvSection(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
  expect(start, title).toBeGreaterThan(-1);
  const out: string[][] = [];
  for (const r of rows.slice(start + 2)) {
    if (r.length === 1 && r[0] === "") break;
    out.push(r);
  }
  return out;
}

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describeApi("report formats", (t) => {
  let handBuilt: string;
  let stored: ReportContent;
  let computed: string;
  let facilityName: string;
  let headers: Record<string, string>;

  beforeAll(async () => {
    const org = await insertOrgFixture(t.db);
    const facility = await t.db
      .selectFrom("facilities")
      .select(["id", "name", "regionalOfficeId"])
      .where("id", "=", org.facilityId)
      .executeTakeFirstOrThrow();
    facilityName = facility.name;
    const scope = { kind: "facility", facilityId: org.facilityId } as const;
    stored = assembleReport(scope, "2026-08", [handBuiltUnit(facility, crypto.randomUUID())]);
    handBuilt = await storeReport(t.db, stored);
    computed = await storeComputedReport(t.db, scope, "2026-10");
    const admin = await t.createUser("facility_admin", scope);
    headers = { cookie: await t.sessionCookie(admin.id), origin: "http://localhost" };
  });

  const raw = (path: string, extra: Record<string, string> = {}) =>
    t.app.request(path, { headers: { ...headers, ...extra } });
  const json = async (id: string): Promise<ReportContent> =>
    (await (await raw(`/api/v1/reports/${id}`)).json()).content;

  it("writes CSV as UTF-8 with a byte-order mark, in Indonesian by default, saying what the JSON says", async () => {
    for (const id of [handBuilt, computed]) {
      const res = await raw(`/api/v1/reports/${id}?format=csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(res.headers.get("content-disposition")).toMatch(
        /^attachment; filename="laporan-[a-z-]+-2026-\d\d-r1\.csv"$/,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1));
      const content = await json(id);
      const totals = csvSection(rows, "Ringkasan");
      for (const k of FIGURES) {
        const row = totals.find((r) => r[1] === k);
        expect(row?.[0]).toBe(FIGURE_LABELS[k].id);
        expect(Number(row?.[2])).toBe(figureValue(content.totals, k));
      }
      const units = csvSection(rows, "Per unit");
      expect(units.map((r) => r[0])).toEqual(content.units.map((u) => u.unit.name));
    }
  });

  it("answers JSON with the stored content exactly, snake_case field codes included", async () => {
    expect(await json(handBuilt)).toEqual(stored);
  });

  it("writes CSV in English on request and through the Accept header", async () => {
    const res = await raw(`/api/v1/reports/${handBuilt}?lang=en`, { accept: "text/csv" });
    expect(res.headers.get("content-disposition")).toContain('filename="report-facility-2026-08-r1.csv"');
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    const totals = csvSection(rows, "Totals");
    expect(totals.find((r) => r[1] === "agreements.signed")).toEqual([
      "Agreements signed",
      "agreements.signed",
      "3",
    ]);
    expect(csvSection(rows, "Residents by domicile").map((r) => r[0])).toEqual([
      "33.73",
      "33.73.01",
      "63.07",
    ]);
  });

  it("writes a workbook whose sheets read back as the JSON's totals, units, coverage and outcomes", async () => {
    const res = await raw(`/api/v1/reports/${handBuilt}?format=xlsx`);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Agustus 2026",
      "Ringkasan",
      "Per unit",
      "Cakupan",
      "Domisili",
      "Hasil perjanjian",
      "Izin",
    ]);
    const content = await json(handBuilt);
    const values = (name: string) =>
      (book.getWorksheet(name)?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1));
    const totals = new Map(values("Ringkasan").map((r) => [r[1], r[2]]));
    for (const k of FIGURES) expect(totals.get(k), k).toBe(figureValue(content.totals, k));
    const coverage = values("Cakupan");
    expect(coverage.at(-1)?.slice(1)).toEqual(COVERAGE_FIELDS.map((f) => content.totals.coverage[f]));
    expect(coverage.at(-1)?.slice(1)).toContain(1);
    expect(values("Hasil perjanjian").map((r) => r[3])).toEqual(
      content.totals.outcomes.map((o) => o.enrolled),
    );
    expect(values("Izin")[0]?.[2]).toBe("KLN/7/2024");
  });

  it("prints a PDF headed with the facility's name and the month in words, with the main figures", async () => {
    const res = await raw(`/api/v1/reports/${handBuilt}?format=pdf`);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(await res.arrayBuffer());
    expect(text).toContain(facilityName);
    expect(text).toContain("Agustus 2026");
    const content = await json(handBuilt);
    for (const k of FIGURES) {
      const label = FIGURE_LABELS[k].id.replace(/[()]/g, "\\$&");
      expect(text, k).toMatch(new RegExp(`${label}\\s+${figureValue(content.totals, k)}\\b`));
    }
    const en = await pdfText(
      await (await raw(`/api/v1/reports/${handBuilt}?format=pdf&lang=en`)).arrayBuffer(),
    );
    expect(en).toContain("August 2026");
    expect(en).toContain("Main figures");
    expect(en).toContain("Certificates issued");
  });

  it("refuses an unknown format or language, naming the parameter", async () => {
    const res = await raw(`/api/v1/reports/${handBuilt}?format=docx`);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toBe("query.format");
    expect((await raw(`/api/v1/reports/${handBuilt}?lang=fr`)).status).toBe(400);
  });
});
