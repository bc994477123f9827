import { REPORT_TEXT, type ReportLang } from "@sinergi/domain";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { loadPdfmake } from "../../http/pdf-engine.ts";
import { coveragePdf, unitsPdf } from "./pdf-wide.ts";
import type { Cell, Layout, Section } from "./tables.ts";

const BAR_WIDTH = 250;
const text = (c: Cell): string => (c === null ? "–" : String(c));

/** A table of a section; the key column of the totals is left out (it is for machines). */
function table(s: Section): Content {
  const keep = s.key === "totals" ? [0, 2] : s.header.map((_, i) => i);
  return [
    { text: s.title, bold: true, fontSize: 12, margin: [0, 14, 0, 6] },
    {
      table: {
        headerRows: 1,
        widths: keep.map((_, i) => (i === 0 ? "*" : "auto")),
        body: [
          keep.map((i) => ({ text: s.header[i] ?? "", bold: true })),
          ...s.rows.map((r) =>
            keep.map((i) => ({ text: text(r[i] ?? null), alignment: i === 0 ? "left" : "right" }) as Content),
          ),
        ],
      },
      layout: "lightHorizontalLines",
      fontSize: 9,
    },
  ];
}

/** The main figures as horizontal bars, drawn as vectors (scaled to the largest). */
function chart(layout: Layout): Content {
  const max = Math.max(1, ...layout.chart.map((b) => b.value));
  return layout.chart.map((b) => ({
    columns: [
      { width: 190, text: b.label, fontSize: 9 },
      {
        width: BAR_WIDTH + 4,
        canvas: [
          { type: "rect", x: 0, y: 1, w: BAR_WIDTH, h: 10, color: "#edf2f7" },
          ...(b.value > 0
            ? [{ type: "rect" as const, x: 0, y: 1, w: (BAR_WIDTH * b.value) / max, h: 10, color: "#2b6cb0" }]
            : []),
        ],
      },
      { width: "*", text: String(b.value), fontSize: 9, alignment: "right" },
    ],
    margin: [0, 2, 0, 2],
  }));
}

/**
 * The report as an A4 PDF: the facility's (office's) name and the period in words as its heading, the
 * facts, the main figures as a table and as a bar chart, then the other narrow tables on portrait pages;
 * the wide ones (the units table, the coverage matrix) follow on landscape pages.
 */
export async function reportPdf(layout: Layout, lang: ReportLang): Promise<Buffer> {
  const wide = new Set(["units", "coverage"]);
  const [first, ...rest] = layout.sections.filter((s) => !wide.has(s.key));
  const units = layout.sections.find((s) => s.key === "units");
  const coverage = layout.sections.find((s) => s.key === "coverage");
  const doc: TDocumentDefinitions = {
    pageSize: "A4",
    pageMargins: [48, 48, 48, 48],
    info: { title: `${layout.heading} ${layout.period}`, creator: "Sinergi", producer: "Sinergi" },
    defaultStyle: { font: "Roboto", fontSize: 10 },
    content: [
      { text: layout.heading, fontSize: 18, bold: true },
      { text: layout.period, fontSize: 14, margin: [0, 2, 0, 10] },
      ...layout.facts.map(([k, v]) => ({ text: `${k}: ${v}`, fontSize: 9, color: "#444444" })),
      ...(layout.note === null
        ? []
        : [{ text: layout.note, italics: true, fontSize: 9, margin: [0, 6, 0, 0] }]),
      ...(first ? [table(first)] : []),
      { text: REPORT_TEXT.chart[lang], bold: true, fontSize: 12, margin: [0, 14, 0, 6] },
      chart(layout),
      ...rest.map(table),
      ...(units ? [unitsPdf(units)] : []),
      ...(coverage ? [coveragePdf(coverage, lang)] : []),
    ] as Content[],
  };
  return (await loadPdfmake()).createPdf(doc).getBuffer();
}
