import { periodInWords, type ReportContent } from "@sinergi/domain";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { unreadInWords, useUnreadAlerts } from "../../app/alerts-bell.tsx";
import type { User } from "../../auth/session.ts";
import { locale, t } from "../../i18n/i18n.ts";
import { Empty, QueryView } from "../../ui/states.tsx";
import { FigureGrid } from "../reports/report-figures.tsx";
import { latestReportQuery } from "./queries.ts";

/** The latest report of the user's own scope: its main figures, and a link to open it. */
export function LatestReport(props: { readonly user: User }): JSX.Element {
  const latest = useQuery(() => latestReportQuery(props.user));
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
