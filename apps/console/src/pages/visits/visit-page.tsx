import { A, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { formatDate } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { engagementKindLabel, followUpStatusLabel } from "../../ui/labels.tsx";
import { Empty, QueryView } from "../../ui/states.tsx";
import { nameOf, partnerNames, useFacilities, usePartners } from "../lookups.ts";
import { FollowUpActions } from "./follow-up-actions.tsx";

/** One visit: what was agreed and its follow-ups, each closable here. */
export default function VisitPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const partners = usePartners();
  const facilities = useFacilities();
  const visit = useQuery(() => ({
    queryKey: ["engagement", params.id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/engagements/{id}", { params: { path: { id: params.id } } })),
  }));
  return (
    <QueryView query={visit} height="20rem">
      {(e) => (
        <article>
          <p>
            <A href="/visits">← {t("visits.title")}</A>
          </p>
          <h1>
            {engagementKindLabel(e.kind)} — {partnerNames(partners.data, e.partnerIds)}
          </h1>
          <div class="card">
            <dl class="facts">
              <dt>{t("visit.date")}</dt>
              <dd>{formatDate(e.date)}</dd>
              <dt>{t("visit.facility")}</dt>
              <dd>{nameOf(facilities.data, e.facilityId)}</dd>
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
          <Show when={(e.followUps ?? []).length > 0} fallback={<Empty>{t("followUps.emptyVisit")}</Empty>}>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">{t("visit.followUps")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("followUp.text")}</th>
                    <th scope="col">{t("followUp.owner")}</th>
                    <th scope="col">{t("followUp.due")}</th>
                    <th scope="col">{t("agreement.status")}</th>
                    <th scope="col">{t("table.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={e.followUps ?? []}>
                    {(f) => (
                      <tr>
                        <td>{f.text}</td>
                        <td>{f.ownerName}</td>
                        <td>
                          {formatDate(f.dueDate)}{" "}
                          <Show when={f.overdue}>
                            <span class="badge bad">{t("followUp.overdue")}</span>
                          </Show>
                        </td>
                        <td data-testid="follow-up-status">
                          {followUpStatusLabel(f.status)}
                          <Show when={f.dropReason}>
                            <div class="muted">{f.dropReason}</div>
                          </Show>
                          <Show when={f.note}>
                            <div class="muted">{f.note}</div>
                          </Show>
                        </td>
                        <td>
                          <FollowUpActions followUp={f} />
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </article>
      )}
    </QueryView>
  );
}
