import { periodInWords, type ReportContent } from "@sinergi/domain";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { unreadInWords, useUnreadAlerts } from "../../app/alerts-bell.tsx";
import type { User } from "../../auth/session.ts";
import { locale, t } from "../../i18n/i18n.ts";
import { Empty, QueryView } from "../../ui/states.tsx";
import { fetchReport } from "../reports/queries.ts";
import { FigureGrid } from "../reports/report-figures.tsx";

/** The list filter that picks the reports of the user's own scope. */
function ownScope(user: User) {
  switch (user.scope.kind) {
    case "facility":
      return { facilityId: user.scope.facilityId };
    case "regional":
      return { regionalOfficeId: user.scope.regionalOfficeId };
    default:
      return { scopeKind: "national" as const };
  }
}

/** The latest report of the user's own scope: its main figures, and a link to open it. */
export function LatestReport(props: { readonly user: User }): JSX.Element {
  const latest = useQuery(() => ({
    queryKey: ["reports", "latest", JSON.stringify(ownScope(props.user))],
    queryFn: async () => {
      const first = unwrap(
        await api.GET("/api/v1/reports", { params: { query: { ...ownScope(props.user), limit: 1 } } }),
      ).items[0];
      // Wrapped: the query view hands its children an object, never null.
      if (!first) return { report: null };
      return { report: await fetchReport(first.id) };
    },
  }));
  return (
    <div class="card">
      <h2>{t("dashboard.report")}</h2>
      <QueryView query={latest}>
        {(r) => (
          <Show when={r.report} fallback={<Empty>{t("dashboard.noReport")}</Empty>}>
            {(report) => (
              <>
                <Show when={report().view === "full"}>
                  <FigureGrid totals={(report().content as unknown as ReportContent).totals} />
                </Show>
                <A href={`/reports/${report().id}`}>
                  {t("dashboard.openReport", { period: periodInWords(report().period, locale()) })}
                </A>
              </>
            )}
          </Show>
        )}
      </QueryView>
    </div>
  );
}

/** How many alerts the user has not read, linking to the alerts page. */
export function UnreadAlerts(): JSX.Element {
  const unread = useUnreadAlerts();
  return (
    <div class="card">
      <h2>{t("dashboard.alerts")}</h2>
      <QueryView query={unread}>
        {(u) => (
          <>
            <Show when={u.count > 0} fallback={<Empty>{t("dashboard.noAlerts")}</Empty>}>
              <p class="figure">{unreadInWords(u)}</p>
            </Show>
            <A href="/alerts?unread=true">{t("dashboard.allAlerts")}</A>
          </>
        )}
      </QueryView>
    </div>
  );
}
