import { insertOrgFixture } from "@sinergi/db/testing";
import {
  assembleReport,
  COVERAGE_FIELDS,
  FIELD_LABELS,
  FIGURE_KEYS,
  FIGURE_LABELS,
  FIGURES,
  figureValue,
  type ReportContent,
  type UnitFigures,
} from "@sinergi/domain";
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { handBuiltUnit, storeComputedReport, storeReport } from "./fixtures.ts";
import { csvSection, parseCsv, pdfPages, pdfText } from "./format-readers.ts";

/** The official names of the hand-built unit's domicile areas, as the areas table holds them. */
const AREA_NAMES: Record<string, string> = {
  "33.73": "KOTA SALATIGA",
  "33.73.01": "Sidorejo",
  "63.07": "KABUPATEN HULU SUNGAI TENGAH",
};

/** A regional office's units: enough facilities for the units table to run over pages, figures all different. */
function manyUnits(regionalOfficeId: string, count: number): UnitFigures[] {
  return Array.from({ length: count }, (_, i) => {
    const base = handBuiltUnit(
      { id: crypto.randomUUID(), name: `Lapas Uji ${i + 1}`, regionalOfficeId },
      "-",
    );
    const bump = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v], j) => [k, v + i * 10 + j]));
    return {
      ...base,
      agreements: bump(base.agreements) as UnitFigures["agreements"],
      training: bump(base.training) as UnitFigures["training"],
      coverage: Object.fromEntries(
        COVERAGE_FIELDS.map((f, j) => [f, (i + j) % 3 === 0 ? 1 : 0]),
      ) as UnitFigures["coverage"],
      outcomes: [],
      licencesExpiring: [],
    };
  });
}

/** A regular expression matching the given cells in a row, separated by white space. */
const rowOf = (cells: readonly (string | number)[]) =>
  new RegExp(cells.map((c) => String(c).replace(/[()]/g, "\\$&")).join("\\s+"));

describeApi("report formats", (t) => {
  let handBuilt: string;
  let stored: ReportContent;
  let computed: string;
  let regional: string;
  let facilityName: string;
  let headers: Record<string, string>;
  let regionalHeaders: Record<string, string>;

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
    const office = { kind: "regional_office", regionalOfficeId: org.regionalOfficeId } as const;
    regional = await storeReport(
      t.db,
      assembleReport(office, "2026-08", manyUnits(org.regionalOfficeId, 40)),
    );
    const regionalAdmin = await t.createUser("regional_admin", {
      kind: "regional",
      regionalOfficeId: org.regionalOfficeId,
    });
    regionalHeaders = { cookie: await t.sessionCookie(regionalAdmin.id), origin: "http://localhost" };
  });

  const raw = (path: string, extra: Record<string, string> = {}) =>
    t.app.request(path, { headers: { ...headers, ...extra } });
  const json = async (id: string, extra: Record<string, string> = {}): Promise<ReportContent> =>
    (await (await raw(`/api/v1/reports/${id}`, extra)).json()).content;

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

  it("answers JSON with the stored content, each domicile area's name beside its code", async () => {
    const named = (rows: ReportContent["totals"]["domicile"]) =>
      rows.map((d) => ({ ...d, areaName: AREA_NAMES[d.areaCode] }));
    expect(await json(handBuilt)).toEqual({
      ...stored,
      units: stored.units.map((u) => ({ ...u, domicile: named(u.domicile) })),
      totals: { ...stored.totals, domicile: named(stored.totals.domicile) },
    });
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
    expect(csvSection(rows, "Residents by domicile").map((r) => r.slice(0, 3))).toEqual([
      ["33.73", "KOTA SALATIGA", "40"],
      ["33.73.01", "Sidorejo", "9"],
      ["63.07", "KABUPATEN HULU SUNGAI TENGAH", "31"],
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
    expect(values("Domisili").map((r) => r.slice(0, 2))).toEqual(Object.entries(AREA_NAMES));
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
    const [unit] = content.units;
    const inForce = COVERAGE_FIELDS.map((f) => (unit?.coverage[f] === 1 ? "Yes" : "No"));
    expect(en).toMatch(rowOf(["Unit", ...COVERAGE_FIELDS.map((f) => FIELD_LABELS[f].en)]));
    expect(en).toMatch(rowOf([facilityName, ...inForce]));
    expect(en).toMatch(rowOf(["Total", ...COVERAGE_FIELDS.map((f) => content.totals.coverage[f])]));
    expect(en).toMatch(
      rowOf([facilityName, "Facility", ...FIGURE_KEYS.agreements.map((k) => unit?.agreements[k] ?? "")]),
    );
    expect(en).toMatch(rowOf(["63.07", "KABUPATEN HULU SUNGAI TENGAH", 31, 8, 2]));
  });

  it("prints the units table and the coverage matrix as the JSON has them, and the domicile areas' names", async () => {
    const content = await json(regional, regionalHeaders);
    const res = await raw(`/api/v1/reports/${regional}?format=pdf`, regionalHeaders);
    const bytes = await res.arrayBuffer();
    const pages = await pdfPages(bytes);
    const text = pages.join("\n");
    // Each page the wide tables run onto starts again with their header row.
    const unitPages = pages.filter((p) => p.includes("Lapas Uji"));
    expect(unitPages.length).toBeGreaterThan(3);
    for (const p of unitPages) expect(p).toMatch(/^Unit (Jenis unit|Rencana|Angkatan|Kesehatan)/m);
    const values = (u: UnitFigures, families: readonly (keyof typeof FIGURE_KEYS)[]) =>
      families.flatMap((f) =>
        FIGURE_KEYS[f].map((k) => figureValue(u, `${f}.${k}` as (typeof FIGURES)[number])),
      );
    expect(content.units).toHaveLength(40);
    for (const u of content.units) {
      expect(text, u.unit.name).toMatch(rowOf([u.unit.name, "UPT", ...values(u, ["agreements"])]));
      expect(text, u.unit.name).toMatch(rowOf([u.unit.name, ...values(u, ["actionPlan", "engagements"])]));
      expect(text, u.unit.name).toMatch(rowOf([u.unit.name, ...values(u, ["training"])]));
      const inForce = COVERAGE_FIELDS.map((f) => (u.coverage[f] === 1 ? "Ya" : "Tidak"));
      expect(text, u.unit.name).toMatch(rowOf([u.unit.name, ...inForce]));
    }
    expect(text).toMatch(rowOf(["Jumlah", ...COVERAGE_FIELDS.map((f) => content.totals.coverage[f])]));
    expect(text).toMatch(rowOf(["33.73", "KOTA SALATIGA", 40 * 40]));
  });

  it("refuses an unknown format or language, naming the parameter", async () => {
    const res = await raw(`/api/v1/reports/${handBuilt}?format=docx`);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toBe("query.format");
    expect((await raw(`/api/v1/reports/${handBuilt}?lang=fr`)).status).toBe(400);
  });
});
