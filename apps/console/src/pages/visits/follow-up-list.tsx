import { A } from "@solidjs/router";
import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import type { JSX } from "solid-js";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures, useCursorPages } from "../../ui/data-table.tsx";
import { QueryView } from "../../ui/states.tsx";
import { useFacilityNames } from "../lookups.ts";
import { DueOn, FollowUpActions } from "./follow-up-actions.tsx";

// Loaded only when the follow-ups tab is opened: its actions bring the confirmation dialog with them.

type FollowUp = Schemas["FollowUp"];
const followUpColumns = createColumnHelper<typeof listFeatures, FollowUp>();

/**
 * Open follow-ups, earliest due first (the overdue ones lead), 50 a page: a national admin has 8,000-odd
 * open, a Kanwil a few hundred.
 */
export default function FollowUpList(): JSX.Element {
  const session = useSession();
  const pages = useCursorPages();
  const list = useQuery(() => {
    const cursor = pages.cursor();
    return {
      queryKey: ["follow-ups", "open", cursor ?? null],
      placeholderData: keepPreviousData,
      queryFn: async () =>
        unwrap(
          await api.GET("/api/v1/follow-ups", {
            params: { query: { status: "open", sort: "dueDate", limit: 50, ...(cursor ? { cursor } : {}) } },
          }),
        ),
    };
  });
  const facilityName = useFacilityNames(() => list.data?.items.map((f) => f.facilityId) ?? []);
  // A function: the facility column follows who is signed in, known only once `me` has come.
  const columns = () =>
    [
      followUpColumns.accessor("dueDate", {
        header: () => t("followUp.due"),
        cell: (c) => <DueOn followUp={c.row.original} />,
      }),
      followUpColumns.accessor("text", {
        header: () => t("followUp.text"),
        cell: (c) => <A href={`/visits/${c.row.original.engagementId}`}>{c.getValue()}</A>,
      }),
      followUpColumns.accessor("ownerName", { header: () => t("followUp.owner"), cell: (c) => c.getValue() }),
      // A facility's own people see their facility's only: the column would repeat its name on every row.
      ...(session.atOneFacility()
        ? []
        : [
            followUpColumns.accessor("facilityId", {
              header: () => t("visit.facility"),
              cell: (c) => <>{facilityName(c.getValue())}</>,
            }),
          ]),
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
          columns={columns()}
          rows={page.items}
          rowId={(f) => f.id}
          empty={t("followUps.empty")}
          pager={pages.pager(page)}
        />
      )}
    </QueryView>
  );
}
