import { PDFParse } from "pdf-parse";
import { expect } from "vitest";

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
export function parseCsv(text: string): string[][] {
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
export function csvSection(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
  expect(start, title).toBeGreaterThan(-1);
  const out: string[][] = [];
  for (const r of rows.slice(start + 2)) {
    if (r.length === 1 && r[0] === "") break;
    out.push(r);
  }
  return out;
}

/** The text of each page of a PDF, in page order. */
export async function pdfPages(bytes: ArrayBuffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

/** The text of a whole PDF. */
export async function pdfText(bytes: ArrayBuffer): Promise<string> {
  return (await pdfPages(bytes)).join("\n");
}
