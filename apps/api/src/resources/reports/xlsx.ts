import type { Layout } from "./tables.ts";

/** The report as a workbook: a sheet of facts, then one sheet per table (totals, units, coverage, …). */
export async function reportXlsx(layout: Layout): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on first use: exceljs is one of the slowest imports of the API and only this needs it.
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  book.creator = "Sinergi";
  const about = book.addWorksheet(layout.period.slice(0, 31));
  about.addRow([layout.heading]).font = { bold: true, size: 14 };
  for (const [k, v] of layout.facts) about.addRow([k, v]);
  if (layout.note !== null) about.addRow([layout.note]);
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 32;
  for (const s of layout.sections) {
    const sheet = book.addWorksheet(s.sheet);
    sheet.addRow([...s.header]).font = { bold: true };
    for (const r of s.rows) sheet.addRow([...r]);
    sheet.columns.forEach((col, i) => {
      col.width = i === 0 ? 36 : 16;
    });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  const buffer = (await book.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(buffer);
}
