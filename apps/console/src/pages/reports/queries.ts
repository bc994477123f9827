import { api, unwrap } from "../../api/client.ts";
import type { operations } from "../../api/schema.gen.ts";

/** A report as the list gives it (without its figures). */
export type ReportSummary =
  operations["listReports"]["responses"][200]["content"]["application/json"]["items"][number];
/** A report with its figures. */
export type ReportDetail = operations["getReport"]["responses"][200]["content"]["application/json"];

/** One report as JSON (the client types the answer as any of its renderings; without `format` it is JSON). */
export async function fetchReport(id: string): Promise<ReportDetail> {
  return unwrap(await api.GET("/api/v1/reports/{id}", { params: { path: { id } } })) as ReportDetail;
}

/** The reports in the user's scope, newest month first: read by the list page, and by its route's preload. */
export const reportsListQuery = {
  queryKey: ["reports", "list"],
  queryFn: async () => unwrap(await api.GET("/api/v1/reports", { params: { query: { limit: 100 } } })).items,
};
