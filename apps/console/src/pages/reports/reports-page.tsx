import { periodInWords } from "@sinergi/domain";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import type { JSX } from "solid-js";
import { formatDateTime, formatNumber } from "../../i18n/format.ts";
import { locale, t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures } from "../../ui/data-table.tsx";
import { QueryView } from "../../ui/states.tsx";
import type { ReportSummary } from "./queries.ts";
import { reportsListQuery } from "./queries.ts";

type ReportRow = ReportSummary;

/** The scope a report is about, in words: the facility's or office's name, or "Nasional". */
export const scopeInWords = (r: { readonly scopeName: string | null }): string =>
  r.scopeName ?? t("reports.national");

const helper = createColumnHelper<typeof listFeatures, ReportRow>();

/** The monthly reports in the user's scope, newest month first (each scope and month's latest revision). */
export default function ReportsPage(): JSX.Element {
  const reports = useQuery(() => reportsListQuery);
  const columns = [
    helper.accessor("period", {
      header: () => t("reports.period"),
      cell: (c) => <A href={`/reports/${c.row.original.id}`}>{periodInWords(c.getValue(), locale())}</A>,
    }),
    helper.accessor("scopeName", {
      header: () => t("reports.scope"),
      cell: (c) => scopeInWords(c.row.original),
    }),
    helper.accessor("revision", {
      header: () => t("reports.revision"),
      cell: (c) => formatNumber(c.getValue()),
    }),
    helper.accessor("madeAt", {
      header: () => t("reports.madeAt"),
      cell: (c) => formatDateTime(c.getValue(), "Asia/Jakarta"),
    }),
  ] as ListColumn<ReportRow>[];
  return (
    <section>
      <h1>{t("reports.title")}</h1>
      <QueryView query={reports} height="16rem">
        {(list) => (
          <DataTable
            caption={t("reports.title")}
            columns={columns}
            rows={list}
            rowId={(r) => r.id}
            empty={t("reports.empty")}
          />
        )}
      </QueryView>
    </section>
  );
}
