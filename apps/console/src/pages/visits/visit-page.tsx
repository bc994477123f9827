import { A, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import { For, type JSX, Show } from "solid-js";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatDate } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures } from "../../ui/data-table.tsx";
import { engagementKindLabel, followUpStatusLabel } from "../../ui/labels.tsx";
import { QueryView } from "../../ui/states.tsx";
import { useFacilityNames, usePartnerNames } from "../lookups.ts";
import { DueOn, FollowUpActions } from "./follow-up-actions.tsx";

type FollowUp = Schemas["FollowUp"];
const column = createColumnHelper<typeof listFeatures, FollowUp>();
const followUpColumns = [
  column.accessor("text", { header: () => t("followUp.text"), cell: (c) => c.getValue() }),
  column.accessor("ownerName", { header: () => t("followUp.owner"), cell: (c) => c.getValue() }),
  column.accessor("dueDate", {
    header: () => t("followUp.due"),
    cell: (c) => <DueOn followUp={c.row.original} />,
  }),
  column.accessor("status", {
    header: () => t("agreement.status"),
    cell: (c) => (
      <span data-testid="follow-up-status">
        {followUpStatusLabel(c.getValue())}
        <Show when={c.row.original.dropReason}>
          <span class="muted block">{c.row.original.dropReason}</span>
        </Show>
        <Show when={c.row.original.note}>
          <span class="muted block">{c.row.original.note}</span>
        </Show>
      </span>
    ),
  }),
  column.display({
    id: "actions",
    header: () => t("table.actions"),
    cell: (c) => <FollowUpActions followUp={c.row.original} />,
  }),
] as ListColumn<FollowUp>[];

/** One visit: what was agreed and its follow-ups, each closable here. */
export default function VisitPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const visit = useQuery(() => ({
    queryKey: ["engagement", params.id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/engagements/{id}", { params: { path: { id: params.id } } })),
  }));
  const facilityName = useFacilityNames(() => [visit.data?.facilityId ?? null]);
  const partnerName = usePartnerNames(() => visit.data?.partnerIds ?? []);
  return (
    <QueryView query={visit} height="20rem">
      {(e) => (
        <article>
          <p>
            <A href="/visits">← {t("visits.title")}</A>
          </p>
          <h1>
            {engagementKindLabel(e.kind)} — {e.partnerIds.map(partnerName).join(", ")}
          </h1>
          <div class="card">
            <dl class="facts">
              <dt>{t("visit.date")}</dt>
              <dd>{formatDate(e.date)}</dd>
              <dt>{t("visit.facility")}</dt>
              <dd>{facilityName(e.facilityId)}</dd>
              <dt>{t("visit.place")}</dt>
              <dd>{e.place ?? "—"}</dd>
              <dt>{t("visit.summary")}</dt>
              <dd>{e.summary || "—"}</dd>
              <dt>{t("visit.attendees")}</dt>
              <dd>{e.attendees.map((a) => `${a.name} (${a.role})`).join(", ") || "—"}</dd>
            </dl>
          </div>
          <h2>{t("visit.outcomes")}</h2>
          <Show when={e.outcomes.length > 0} fallback={<p class="muted">—</p>}>
            <ul>
              <For each={e.outcomes}>{(o) => <li>{o}</li>}</For>
            </ul>
          </Show>
          <h2>{t("visit.followUps")}</h2>
          <DataTable
            caption={t("visit.followUps")}
            columns={followUpColumns}
            rows={e.followUps ?? []}
            rowId={(f) => f.id}
            empty={t("followUps.emptyVisit")}
          />
        </article>
      )}
    </QueryView>
  );
}
