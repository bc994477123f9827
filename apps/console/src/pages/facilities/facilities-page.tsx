import { A, useSearchParams } from "@solidjs/router";
import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import type { JSX } from "solid-js";
import type { Schemas } from "../../api/client.ts";
import { formatNumber, zoneName } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures, useCursorPages } from "../../ui/data-table.tsx";
import { facilityKindLabel } from "../../ui/labels.tsx";
import { SearchField, submittedSearch } from "../../ui/search-field.tsx";
import { QueryView } from "../../ui/states.tsx";
import { OfficeFilter } from "../office-filter.tsx";
import { type FacilityFilters as Filters, facilitiesListQuery } from "./list-query.ts";

type Facility = Schemas["Facility"];
const helper = createColumnHelper<typeof listFeatures, Facility>();

/**
 * The facilities in the user's scope, 50 a page, by name: a national admin's 530 are paged and searched
 * rather than cut at one lookup's 200.
 */
export default function FacilitiesPage(): JSX.Element {
  const [params] = useSearchParams<Filters>();
  const pages = useCursorPages();
  const list = useQuery(() => ({ ...facilitiesListQuery(params), placeholderData: keepPreviousData }));
  const filter = (next: Partial<Filters>) => pages.restart(next);
  const columns = [
    helper.accessor("name", {
      header: () => t("facility.name"),
      cell: (c) => <A href={`/facilities/${c.row.original.id}`}>{c.getValue()}</A>,
    }),
    helper.accessor("kind", {
      header: () => t("facility.kind"),
      cell: (c) => facilityKindLabel(c.getValue(), c.row.original.class),
    }),
    helper.accessor("timeZone", {
      header: () => t("facility.timeZone"),
      cell: (c) => zoneName(c.getValue()),
    }),
    helper.accessor("capacity", {
      header: () => t("facility.capacity"),
      cell: (c) => formatNumber(c.getValue()),
    }),
  ] as ListColumn<Facility>[];
  return (
    <section>
      <h1>{t("facilities.title")}</h1>
      <form
        class="row card"
        aria-label={t("facilities.filter")}
        onSubmit={(e) => filter({ q: submittedSearch(e) })}
      >
        <OfficeFilter id="filter-office" value={params.office} onChange={(office) => filter({ office })} />
        <SearchField id="filter-q" label={t("facilities.search")} value={params.q} />
      </form>
      <QueryView query={list} height="16rem">
        {(page) => (
          <DataTable
            caption={t("facilities.title")}
            columns={columns}
            rows={page.items}
            rowId={(f) => f.id}
            empty={params.q || params.office ? t("facilities.noneMatching") : t("facilities.empty")}
            pager={pages.pager(page)}
          />
        )}
      </QueryView>
    </section>
  );
}
