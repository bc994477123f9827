import type { Cell, Layout } from "./tables.ts";

const text = (c: Cell): string => (c === null ? "" : String(c));

/**
 * The report as one CSV file, UTF-8 with a byte-order mark so that Excel reads it as UTF-8: the heading
 * and facts, then each table under its title, a blank line between. A withheld or missing count is empty.
 */
export async function reportCsv(layout: Layout): Promise<string> {
  // Loaded on first use, like the other formats, to keep it out of the start-up.
  const { stringify } = await import("csv-stringify/sync");
  const rows: string[][] = [[layout.heading], ...layout.facts.map(([k, v]) => [k, v])];
  if (layout.note !== null) rows.push([layout.note]);
  for (const s of layout.sections) {
    rows.push([], [s.title], [...s.header], ...s.rows.map((r) => r.map(text)));
  }
  return stringify(rows, { bom: true, record_delimiter: "\r\n" });
}
