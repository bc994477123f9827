import { periodInWords } from "@sinergi/domain";
import { A, useSearchParams } from "@solidjs/router";
import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import { For, type JSX, Show } from "solid-js";
import { useSession } from "../../auth/session.ts";
import { formatDateTime, formatNumber } from "../../i18n/format.ts";
import { locale, t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures, useCursorPages } from "../../ui/data-table.tsx";
import { QueryView } from "../../ui/states.tsx";
import { FacilityFilter } from "../facility-filter.tsx";
import { OfficeFilter } from "../office-filter.tsx";
import {
  monthOf,
  REPORT_SCOPES,
  type ReportFilters,
  type ReportSummary,
  reportsListQuery,
} from "./queries.ts";

type ReportRow = ReportSummary;

/** The scope a report is about, in words: the facility's or office's name, or "Nasional". */
export const scopeInWords = (r: { readonly scopeName: string | null }): string =>
  r.scopeName ?? t("reports.national");

/** A report scope's name in a filter. */
const scopeLabel = (scope: (typeof REPORT_SCOPES)[number]): string =>
  ({
    national: t("reports.national"),
    regional_office: t("reports.scopeOffice"),
    facility: t("reports.scopeFacility"),
  })[scope];

const helper = createColumnHelper<typeof listFeatures, ReportRow>();

/**
 * The monthly reports in the user's scope, newest month first (each scope and month's latest revision),
 * 50 a page, filtered by whose report it is and by month: a national month holds 560-odd reports.
 */
export default function ReportsPage(): JSX.Element {
  const session = useSession();
  const [params] = useSearchParams<ReportFilters>();
  const pages = useCursorPages();
  const reports = useQuery(() => ({ ...reportsListQuery(params), placeholderData: keepPreviousData }));
  const filter = (next: Partial<ReportFilters>) => pages.restart(next);
  const scopeKind = () => session.user()?.scope.kind;
  // A facility's own people see its reports only; a Kanwil's its own and its facilities'.
  const scopes = () =>
    scopeKind() === "national" ? REPORT_SCOPES : REPORT_SCOPES.filter((s) => s !== "national");
  const filtered = () => Boolean(params.scope || monthOf(params.month));
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
      // Each report in its own unit's zone (WIT for Maluku's, WITA for Kalimantan's), as its page shows it.
      cell: (c) => formatDateTime(c.getValue(), c.row.original.timeZone),
    }),
  ] as ListColumn<ReportRow>[];
  return (
    <section>
      <h1>{t("reports.title")}</h1>
      <form class="row card" aria-label={t("reports.filter")} onSubmit={(e) => e.preventDefault()}>
        <Show when={scopeKind() !== undefined && scopeKind() !== "facility"}>
          <div class="field">
            <label for="reports-scope">{t("reports.scope")}</label>
            <select
              id="reports-scope"
              value={params.scope ?? ""}
              onChange={(e) =>
                filter({ scope: e.currentTarget.value || undefined, office: undefined, facility: undefined })
              }
            >
              <option value="">{t("filter.all")}</option>
              <For each={scopes()}>{(s) => <option value={s}>{scopeLabel(s)}</option>}</For>
            </select>
          </div>
        </Show>
        <div class="field">
          <label for="reports-month">{t("reports.month")}</label>
          <input
            id="reports-month"
            type="month"
            value={monthOf(params.month) ?? ""}
            onChange={(e) => filter({ month: monthOf(e.currentTarget.value) })}
          />
        </div>
        <Show when={params.scope === "regional_office"}>
          <OfficeFilter id="reports-office" value={params.office} onChange={(office) => filter({ office })} />
        </Show>
        <Show when={params.scope === "facility"}>
          <FacilityFilter
            id="reports-facility"
            value={params.facility}
            onChange={(facility) => filter({ facility })}
          />
        </Show>
      </form>
      <QueryView query={reports} height="16rem">
        {(page) => (
          <DataTable
            caption={t("reports.title")}
            columns={columns}
            rows={page.items}
            rowId={(r) => r.id}
            empty={filtered() ? t("reports.noneMatching") : t("reports.empty")}
            pager={pages.pager(page)}
          />
        )}
      </QueryView>
    </section>
  );
}
