import { FIGURE_KEYS, REPORT_TEXT, type ReportLang } from "@sinergi/domain";
import type { Content } from "pdfmake/interfaces";
import type { Cell, Section } from "./tables.ts";

const text = (c: Cell): string => (c === null ? "–" : String(c));

/** The units table's figure columns in blocks narrow enough for a landscape page, one family or two each. */
const UNIT_BLOCKS: readonly number[] = [
  FIGURE_KEYS.agreements.length,
  FIGURE_KEYS.actionPlan.length + FIGURE_KEYS.engagements.length,
  FIGURE_KEYS.training.length,
];

/** A table with its header row repeated on each page it runs onto, and rows never split across pages. */
function grid(header: readonly string[], rows: readonly (readonly Cell[])[], first: number): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: header.map((_, i) => (i === 0 ? first : "*")),
      body: [
        header.map((h, i) => ({ text: h, bold: true, alignment: i === 0 ? "left" : "center" })),
        ...rows.map((r) =>
          r.map((c, i) => ({ text: text(c), alignment: i === 0 ? "left" : "right" }) as Content),
        ),
      ],
    },
    layout: "lightHorizontalLines",
    fontSize: 8,
    margin: [0, 0, 0, 10],
  };
}

const pick = <T>(row: readonly T[], columns: readonly number[]): T[] => columns.map((i) => row[i] as T);

/**
 * The units table (a row per facility or office, every figure) on landscape pages: its figures wrapped
 * into blocks of a family or two, each block repeating the unit's name so a row reads on its own.
 */
export function unitsPdf(s: Section): Content {
  // Columns: unit name, unit kind, then the figures in FIGURE_KEYS order.
  let start = 2;
  const blocks = UNIT_BLOCKS.map((width, b) => {
    const columns = [0, ...(b === 0 ? [1] : []), ...Array.from({ length: width }, (_, i) => start + i)];
    start += width;
    return grid(
      pick(s.header, columns),
      s.rows.map((r) => pick(r, columns)),
      150,
    );
  });
  return [
    {
      text: s.title,
      bold: true,
      fontSize: 12,
      margin: [0, 0, 0, 6],
      pageBreak: "before",
      pageOrientation: "landscape",
    },
    ...blocks,
  ];
}

/**
 * The coverage matrix (units × standard fields): a unit's cell says whether an agreement in force covers
 * the field, in words; the last row (the total) counts the units covered.
 */
export function coveragePdf(s: Section, lang: ReportLang): Content {
  const word = (c: Cell) =>
    c === 1 ? REPORT_TEXT.inForce[lang] : c === 0 ? REPORT_TEXT.notInForce[lang] : c;
  const rows = s.rows.map((r, n) => (n === s.rows.length - 1 ? r : r.map((c, i) => (i === 0 ? c : word(c)))));
  return [
    { text: s.title, bold: true, fontSize: 12, margin: [0, 8, 0, 6], unbreakable: true },
    grid(s.header, rows, 150),
  ];
}
