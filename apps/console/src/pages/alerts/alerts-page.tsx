import { assertNever, periodInWords } from "@sinergi/domain";
import { A, useSearchParams } from "@solidjs/router";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import type { operations } from "../../api/schema.gen.ts";
import { formatDate, formatDateTime } from "../../i18n/format.ts";
import { locale, t } from "../../i18n/i18n.ts";
import { officeUnits, unitZone } from "../../i18n/unit-zone.ts";
import { CursorPager, useCursorPages } from "../../ui/data-table.tsx";
import { describeError } from "../../ui/errors.ts";
import { licenceTypeLabel } from "../../ui/labels.tsx";
import { NonEmpty, QueryView } from "../../ui/states.tsx";
import { useFacilityNames, useRegionalOffices } from "../lookups.ts";
import { alertsListQuery } from "./list-query.ts";

/** An alert as the API lists it. */
export type Alert =
  operations["listAlerts"]["responses"][200]["content"]["application/json"]["items"][number];

const KIND = {
  agreement_ending: "alertKind.agreement_ending",
  follow_up_overdue: "alertKind.follow_up_overdue",
  licence_expiring: "alertKind.licence_expiring",
  report_failed: "alertKind.report_failed",
} as const;

const text = (a: Alert, key: string): string => {
  const v = a.detail[key];
  return typeof v === "string" || typeof v === "number" ? String(v) : "—";
};

/** What an alert is about, in words, and where its subject opens (null when it has no page). */
export function alertSubject(a: Alert): { text: string; href: string | null } {
  switch (a.kind) {
    case "agreement_ending":
      return {
        text: t("alerts.agreementEnding", {
          title: text(a, "title"),
          date: formatDate(text(a, "endDate")),
          days: text(a, "daysLeft"),
        }),
        href: a.subjectId ? `/agreements/${a.subjectId}` : null,
      };
    case "follow_up_overdue":
      return {
        text: t("alerts.followUpOverdue", { date: formatDate(text(a, "dueDate")) }),
        href: typeof a.detail.engagementId === "string" ? `/visits/${a.detail.engagementId}` : null,
      };
    case "licence_expiring":
      return {
        text: t("alerts.licenceExpiring", {
          type: licenceTypeLabel(text(a, "type") as Schemas["LicenceType"]),
          number: text(a, "number"),
          date: formatDate(text(a, "expiresOn")),
        }),
        href: a.facilityId ? `/facilities/${a.facilityId}` : null,
      };
    case "report_failed":
      return {
        text: t("alerts.reportFailed", { period: periodInWords(text(a, "period"), locale()) }),
        href: null,
      };
    default:
      return assertNever(a.kind);
  }
}

function MarkRead(props: { readonly alert: Alert }): JSX.Element {
  const client = useQueryClient();
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const mark = async () => {
    setBusy(true);
    setFailure(null);
    try {
      unwrap(await api.POST("/api/v1/alerts/{id}/read", { params: { path: { id: props.alert.id } } }));
      await client.invalidateQueries({ queryKey: ["alerts"] });
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={!props.alert.read} fallback={<span class="badge">{t("alerts.read")}</span>}>
      <button type="button" class="secondary" disabled={busy()} onClick={() => void mark()}>
        {t("alerts.markRead")}
      </button>
      <Show when={failure()}>
        <p class="notice danger" role="alert">
          {failure()}
        </p>
      </Show>
    </Show>
  );
}

/**
 * The alerts of the user's scope, newest first, 50 a page; each can be marked read. `?unread=true` keeps
 * the unread.
 */
export default function AlertsPage(): JSX.Element {
  const [search] = useSearchParams<{ unread?: string }>();
  const pages = useCursorPages();
  const unreadOnly = () => search.unread === "true";
  const offices = useRegionalOffices();
  const alerts = useQuery(() => ({
    ...alertsListQuery(unreadOnly(), pages.cursor()),
    placeholderData: keepPreviousData,
  }));
  // Facilities beyond the lookup's first 200 (a national admin's) are asked for by id, with their zones.
  const facilityName = useFacilityNames(() => (alerts.data?.items ?? []).map((a) => a.facilityId));
  // Each alert's time reads in the zone of the unit it is about, as a report's times do.
  const units = () => [
    ...facilityName.known().flatMap((f) => (f.timeZone ? [{ id: f.id, timeZone: f.timeZone }] : [])),
    ...officeUnits(offices.data ?? []),
  ];
  return (
    <section>
      <h1>{t("alerts.title")}</h1>
      <p>
        <Show when={unreadOnly()} fallback={<A href="/alerts?unread=true">{t("alerts.unreadOnly")}</A>}>
          <button type="button" class="link" onClick={() => pages.restart({ unread: undefined })}>
            {t("alerts.showAll")}
          </button>
        </Show>
      </p>
      <QueryView query={alerts} height="16rem">
        {(page) => (
          <NonEmpty items={page.items} empty={t("alerts.empty")}>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">{t("alerts.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("alerts.kind")}</th>
                    <th scope="col">{t("alerts.subject")}</th>
                    <th scope="col">{t("agreement.facility")}</th>
                    <th scope="col">{t("alerts.raisedAt")}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t("alerts.markRead")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={page.items}>
                    {(a) => {
                      const subject = () => alertSubject(a);
                      return (
                        <tr>
                          <td>
                            <strong>{t(KIND[a.kind])}</strong>
                          </td>
                          <td>
                            <Show when={subject().href} fallback={subject().text}>
                              {(href) => <A href={href()}>{subject().text}</A>}
                            </Show>
                          </td>
                          <td>{facilityName(a.facilityId)}</td>
                          <td>{formatDateTime(a.raisedAt, unitZone(a, units()))}</td>
                          <td>
                            <MarkRead alert={a} />
                          </td>
                        </tr>
                      );
                    }}
                  </For>
                </tbody>
              </table>
            </div>
            <CursorPager {...pages.pager(page)} />
          </NonEmpty>
        )}
      </QueryView>
    </section>
  );
}
