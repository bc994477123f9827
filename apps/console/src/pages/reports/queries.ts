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

/** The reports list's filters and page, as its URL carries them. */
export type ReportFilters = {
  /** Whose reports: national, regional_office or facility. */
  scope?: string | undefined;
  /** One month, as YYYY-MM. */
  month?: string | undefined;
  office?: string | undefined;
  facility?: string | undefined;
  cursor?: string | undefined;
};

/** The scopes a report is made for, as the API names them. */
export const REPORT_SCOPES = ["national", "regional_office", "facility"] as const;
type ReportScope = (typeof REPORT_SCOPES)[number];
const scopeOf = (v: string | undefined): ReportScope | undefined => REPORT_SCOPES.find((s) => s === v);
/** A month as the URL may carry it (a hand-typed one that is not YYYY-MM is ignored). */
export const monthOf = (v: string | undefined): string | undefined =>
  v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : undefined;

/**
 * One page of the reports in the user's scope for these filters, newest month first (each scope and month's
 * latest revision): read by the list page, and by its route's preload. A month has 560-odd reports
 * nationally, so the list is paged and filtered rather than cut.
 */
export function reportsListQuery(params: ReportFilters) {
  const scope = scopeOf(params.scope);
  const month = monthOf(params.month);
  return {
    queryKey: [
      "reports",
      "list",
      { scope, month, office: params.office, facility: params.facility, cursor: params.cursor },
    ],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/reports", {
          params: {
            query: {
              limit: 50,
              ...(scope ? { scopeKind: scope } : {}),
              ...(month ? { from: month, to: month } : {}),
              ...(params.office && scope === "regional_office" ? { regionalOfficeId: params.office } : {}),
              ...(params.facility && scope === "facility" ? { facilityId: params.facility } : {}),
              ...(params.cursor ? { cursor: params.cursor } : {}),
            },
          },
        }),
      ),
  };
}
