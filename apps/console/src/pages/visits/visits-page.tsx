import { A, useSearchParams } from "@solidjs/router";
import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import { type JSX, lazy, Show } from "solid-js";
import type { Schemas } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDate } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures, useCursorPages } from "../../ui/data-table.tsx";
import { engagementKindLabel } from "../../ui/labels.tsx";
import { QueryView } from "../../ui/states.tsx";
import { useFacilityNames, usePartnerNames } from "../lookups.ts";
import { visitsListQuery } from "./list-query.ts";

// The follow-ups tab (its table and its confirmation dialogs) is fetched only when opened.
const FollowUpList = lazy(() => import("./follow-up-list.tsx"));

type Engagement = Schemas["Engagement"];
const visitColumns = createColumnHelper<typeof listFeatures, Engagement>();

function VisitList(): JSX.Element {
  const session = useSession();
  const [params] = useSearchParams<{ sort?: string; cursor?: string }>();
  const pages = useCursorPages();
  const list = useQuery(() => ({ ...visitsListQuery(params), placeholderData: keepPreviousData }));
  const facilityName = useFacilityNames(() => list.data?.items.map((e) => e.facilityId) ?? []);
  const partnerName = usePartnerNames(() => list.data?.items.flatMap((e) => e.partnerIds) ?? []);
  // A function: the facility column follows who is signed in, known only once `me` has come.
  const columns = () =>
    [
      visitColumns.accessor("date", {
        header: () => t("visit.date"),
        cell: (c) => <A href={`/visits/${c.row.original.id}`}>{formatDate(c.getValue())}</A>,
      }),
      visitColumns.accessor("kind", {
        header: () => t("visit.kind"),
        cell: (c) => engagementKindLabel(c.getValue()),
      }),
      // A facility's own people see their facility's only: the column would repeat its name on every row.
      ...(session.atOneFacility()
        ? []
        : [
            visitColumns.accessor("facilityId", {
              header: () => t("visit.facility"),
              cell: (c) => <>{facilityName(c.getValue())}</>,
            }),
          ]),
      visitColumns.accessor("partnerIds", {
        header: () => t("visit.partners"),
        cell: (c) => <>{c.getValue().map(partnerName).join(", ")}</>,
      }),
      visitColumns.accessor("summary", { header: () => t("visit.summary"), cell: (c) => c.getValue() }),
    ] as ListColumn<Engagement>[];
  return (
    <QueryView query={list} height="20rem">
      {(page) => (
        <DataTable
          caption={t("visits.title")}
          columns={columns()}
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

/**
 * Visits and their follow-ups. The two tabs are links (?tab=follow-ups), so each view has its own address
 * and the first one needs no tabs component: Tab and Enter move between them like any link.
 */
export default function VisitsPage(): JSX.Element {
  const session = useSession();
  const [params] = useSearchParams<{ tab?: string }>();
  const onFollowUps = () => params.tab === "follow-ups";
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
      {/* Plain anchors (the router still navigates them in place): <A> would mark the current one only
          when the whole query matches, and a sorted or paged list has more in its query than the tab. */}
      <nav class="tabs-list" aria-label={t("visits.title")}>
        <a class="button tabs-trigger" href="/visits" aria-current={onFollowUps() ? undefined : "page"}>
          {t("visits.tab.visits")}
        </a>
        <a
          class="button tabs-trigger"
          href="/visits?tab=follow-ups"
          aria-current={onFollowUps() ? "page" : undefined}
        >
          {t("visits.tab.followUps")}
        </a>
      </nav>
      <Show when={onFollowUps()} fallback={<VisitList />}>
        {/* No Suspense here, as for the routes (it would add to every page's shared script): the space
            is held until the list's own loading state shows. */}
        <div class="lazy-slot">
          <FollowUpList />
        </div>
      </Show>
    </section>
  );
}
