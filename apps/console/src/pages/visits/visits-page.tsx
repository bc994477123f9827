import { Tabs } from "@kobalte/core/tabs";
import { A, useSearchParams } from "@solidjs/router";
import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import { type JSX, Show } from "solid-js";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDate } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures, useCursorPages } from "../../ui/data-table.tsx";
import { engagementKindLabel, followUpStatusLabel } from "../../ui/labels.tsx";
import { QueryView } from "../../ui/states.tsx";
import { nameOf, partnerNames, useFacilities, usePartners } from "../lookups.ts";
import { DueOn, FollowUpActions } from "./follow-up-actions.tsx";

type Engagement = Schemas["Engagement"];
type FollowUp = Schemas["FollowUp"];
const visitColumns = createColumnHelper<typeof listFeatures, Engagement>();
const followUpColumns = createColumnHelper<typeof listFeatures, FollowUp>();

function VisitList(): JSX.Element {
  const [params] = useSearchParams<{ sort?: string; cursor?: string }>();
  const pages = useCursorPages();
  const partners = usePartners();
  const facilities = useFacilities();
  const list = useQuery(() => ({
    queryKey: ["engagements", "list", params.sort, params.cursor],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/engagements", {
          params: {
            query: {
              limit: 50,
              sort: params.sort ?? "-date",
              ...(params.cursor ? { cursor: params.cursor } : {}),
            },
          },
        }),
      ),
  }));
  const columns = [
    visitColumns.accessor("date", {
      header: () => t("visit.date"),
      cell: (c) => <A href={`/visits/${c.row.original.id}`}>{formatDate(c.getValue())}</A>,
    }),
    visitColumns.accessor("kind", {
      header: () => t("visit.kind"),
      cell: (c) => engagementKindLabel(c.getValue()),
    }),
    visitColumns.accessor("facilityId", {
      header: () => t("visit.facility"),
      cell: (c) => nameOf(facilities.data, c.getValue()),
    }),
    visitColumns.accessor("partnerIds", {
      header: () => t("visit.partners"),
      cell: (c) => partnerNames(partners.data, c.getValue()),
    }),
    visitColumns.accessor("summary", { header: () => t("visit.summary"), cell: (c) => c.getValue() }),
  ] as ListColumn<Engagement>[];
  return (
    <QueryView query={list} height="20rem">
      {(page) => (
        <DataTable
          caption={t("visits.title")}
          columns={columns}
          rows={page.items}
          rowId={(e) => e.id}
          sort={params.sort ?? "-date"}
          sortable={["date"]}
          onSort={(sort) => pages.restart({ sort })}
          empty={t("visits.empty")}
          pager={pages.pager(page)}
        />
      )}
    </QueryView>
  );
}

/** Open follow-ups, earliest due first: the overdue ones lead. */
export function FollowUpList(): JSX.Element {
  const facilities = useFacilities();
  const list = useQuery(() => ({
    queryKey: ["follow-ups", "open"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/follow-ups", {
          params: { query: { status: "open", sort: "dueDate", limit: 200 } },
        }),
      ),
  }));
  const columns = [
    followUpColumns.accessor("dueDate", {
      header: () => t("followUp.due"),
      cell: (c) => <DueOn followUp={c.row.original} />,
    }),
    followUpColumns.accessor("text", {
      header: () => t("followUp.text"),
      cell: (c) => <A href={`/visits/${c.row.original.engagementId}`}>{c.getValue()}</A>,
    }),
    followUpColumns.accessor("ownerName", { header: () => t("followUp.owner"), cell: (c) => c.getValue() }),
    followUpColumns.accessor("facilityId", {
      header: () => t("visit.facility"),
      cell: (c) => nameOf(facilities.data, c.getValue()),
    }),
    followUpColumns.accessor("status", {
      header: () => t("agreement.status"),
      cell: (c) => followUpStatusLabel(c.getValue()),
    }),
    followUpColumns.display({
      id: "actions",
      header: () => t("table.actions"),
      cell: (c) => <FollowUpActions followUp={c.row.original} />,
    }),
  ] as ListColumn<FollowUp>[];
  return (
    <QueryView query={list} height="16rem">
      {(page) => (
        <DataTable
          caption={t("followUps.title")}
          columns={columns}
          rows={page.items}
          rowId={(f) => f.id}
          empty={t("followUps.empty")}
        />
      )}
    </QueryView>
  );
}

/** Visits and their follow-ups; the follow-ups tab is a link of its own (?tab=follow-ups). */
export default function VisitsPage(): JSX.Element {
  const session = useSession();
  const [params, setParams] = useSearchParams<{ tab?: string }>();
  return (
    <section>
      <div class="page-head">
        <h1>{t("visits.title")}</h1>
        <Show when={session.can("engagements:write")}>
          <A class="button" href="/visits/new">
            {t("visits.new")}
          </A>
        </Show>
      </div>
      <Tabs
        value={params.tab === "follow-ups" ? "follow-ups" : "visits"}
        onChange={(tab) => setParams({ tab })}
      >
        <Tabs.List class="tabs-list" aria-label={t("visits.title")}>
          <Tabs.Trigger class="tabs-trigger" value="visits">
            {t("visits.tab.visits")}
          </Tabs.Trigger>
          <Tabs.Trigger class="tabs-trigger" value="follow-ups">
            {t("visits.tab.followUps")}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="visits">
          <VisitList />
        </Tabs.Content>
        <Tabs.Content value="follow-ups">
          <FollowUpList />
        </Tabs.Content>
      </Tabs>
    </section>
  );
}
