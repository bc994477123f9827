import { A, useSearchParams } from "@solidjs/router";
import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import { For, type JSX, Show } from "solid-js";
import type { Schemas } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDate } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures, useCursorPages } from "../../ui/data-table.tsx";
import { fieldChoices, OTHER_FIELDS } from "../../ui/field-labels.ts";
import {
  AGREEMENT_STATUSES,
  agreementKindLabel,
  agreementStatusLabel,
  StatusBadge,
} from "../../ui/labels.tsx";
import { SearchField, submittedSearch } from "../../ui/search-field.tsx";
import { QueryView } from "../../ui/states.tsx";
import { FacilityFilter } from "../facility-filter.tsx";
import { useFacilityNames, usePartnerNames } from "../lookups.ts";
import { type AgreementFilters, agreementsListQuery } from "./list-query.ts";

type Agreement = Schemas["Agreement"];
type Filters = AgreementFilters;

const helper = createColumnHelper<typeof listFeatures, Agreement>();

/** Agreements list: filters, order and page in the URL, so a link reproduces the view. */
export default function AgreementsPage(): JSX.Element {
  const session = useSession();
  const [params, _setParams] = useSearchParams<Filters>();
  const pages = useCursorPages();
  const list = useQuery(() => ({ ...agreementsListQuery(params), placeholderData: keepPreviousData }));
  const facilityName = useFacilityNames(() => list.data?.items.map((a) => a.facilityId) ?? []);
  const partnerName = usePartnerNames(() => list.data?.items.flatMap((a) => a.partnerIds) ?? []);
  // A new filter or order starts again at the first page.
  const filter = (next: Partial<Filters>) => pages.restart(next);
  // An agreement of the regional office or the directorate has no facility: its partners alone, no dash.
  const parties = (a: Agreement) =>
    [a.facilityId ? facilityName(a.facilityId) : "", a.partnerIds.map(partnerName).join(", ")]
      .filter(Boolean)
      .join(" · ");
  const columns: ListColumn<Agreement>[] = [
    helper.accessor("title", {
      header: () => t("agreement.title"),
      // On a tablet: two lines at most (the whole title on hover and on the agreement's page), with the
      // facility and partners, whose columns give way, under it.
      cell: (c) => (
        <>
          <A class="clamp-2" href={`/agreements/${c.row.original.id}`} title={c.getValue()}>
            {c.getValue()}
          </A>
          <span class="narrow-only muted small">{parties(c.row.original)}</span>
        </>
      ),
    }),
    helper.accessor("kind", {
      header: () => t("agreement.kind"),
      // The short names are the same in both languages; the full name is in the tooltip.
      cell: (c) => (
        <abbr title={agreementKindLabel(c.getValue())}>{c.getValue() === "mou" ? "MoU" : "PKS"}</abbr>
      ),
    }),
    helper.accessor("status", {
      header: () => t("agreement.status"),
      cell: (c) => <StatusBadge status={c.getValue()} />,
    }),
    helper.accessor("facilityId", {
      header: () => t("agreement.facility"),
      // JSX, not a string: the names follow the lookups when they arrive after the rows.
      cell: (c) => <>{facilityName(c.getValue())}</>,
    }),
    helper.accessor("partnerIds", {
      header: () => t("agreement.partners"),
      cell: (c) => <>{c.getValue().map(partnerName).join(", ")}</>,
    }),
    // Start and end in one cell on two short lines: a laptop's width goes to the titles, not to two date
    // columns. It sorts by the end date, the one an admin watches.
    helper.accessor("endDate", {
      header: () => t("agreement.period"),
      cell: (c) => <Period start={c.row.original.startDate} end={c.getValue()} />,
    }),
  ] as ListColumn<Agreement>[];
  return (
    <section>
      <div class="page-head">
        <h1>{t("agreements.title")}</h1>
        <div class="row">
          <Show when={session.can("agreements:sign")}>
            <A class="button secondary" href="/agreements/record">
              {t("record.title")}
            </A>
          </Show>
          <Show when={session.can("agreements:write")}>
            <A class="button" href="/agreements/new">
              {t("agreements.new")}
            </A>
          </Show>
        </div>
      </div>
      <form
        class="row card"
        aria-label={t("filter.label")}
        onSubmit={(e) => filter({ q: submittedSearch(e) })}
      >
        <div class="field">
          <label for="filter-status">{t("agreement.status")}</label>
          <select
            id="filter-status"
            value={params.status ?? ""}
            onChange={(e) => filter({ status: e.currentTarget.value || undefined })}
          >
            <option value="">{t("filter.all")}</option>
            <For each={AGREEMENT_STATUSES}>{(s) => <option value={s}>{agreementStatusLabel(s)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="filter-kind">{t("agreement.kind")}</label>
          <select
            id="filter-kind"
            value={params.kind ?? ""}
            onChange={(e) => filter({ kind: e.currentTarget.value || undefined })}
          >
            <option value="">{t("filter.all")}</option>
            <option value="mou">{agreementKindLabel("mou")}</option>
            <option value="pks">{agreementKindLabel("pks")}</option>
          </select>
        </div>
        <div class="field">
          <label for="filter-field">{t("agreement.field")}</label>
          <select
            id="filter-field"
            value={params.field ?? ""}
            onChange={(e) => filter({ field: e.currentTarget.value || undefined })}
          >
            <option value="">{t("filter.all")}</option>
            <For each={fieldChoices([...OTHER_FIELDS, ...(params.field ? [params.field] : [])])}>
              {(c) => <option value={c.value}>{c.label}</option>}
            </For>
          </select>
        </div>
        <Show when={session.user() && session.user()?.scope.kind !== "facility"}>
          <FacilityFilter
            id="filter-facility"
            value={params.facility}
            onChange={(facility) => filter({ facility })}
          />
        </Show>
        <SearchField id="filter-q" label={t("filter.search")} value={params.q} />
      </form>
      <QueryView query={list} height="20rem">
        {(page) => (
          <DataTable
            caption={t("agreements.title")}
            columns={columns}
            rows={page.items}
            rowId={(a) => a.id}
            sort={params.sort ?? "endDate"}
            sortable={["title", "endDate"]}
            folding={["facilityId", "partnerIds"]}
            onSort={(sort) => filter({ sort })}
            empty={
              params.status || params.kind || params.field || params.q || params.facility
                ? t("agreements.noneMatching")
                : t("agreements.empty")
            }
            pager={pages.pager(page)}
          />
        )}
      </QueryView>
    </section>
  );
}

/** An agreement's term as two dates, one a line, each read as one piece ("5 Maret 2021" never breaks). */
function Period(props: {
  readonly start: string | null | undefined;
  readonly end: string | null | undefined;
}) {
  return (
    <Show when={props.start || props.end} fallback={formatDate(undefined)}>
      <span class="period">
        <span class="nowrap">{formatDate(props.start)}</span>
        <span class="nowrap">– {formatDate(props.end)}</span>
      </span>
    </Show>
  );
}
