import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { api, unwrap } from "../api/client.ts";
import { formatNumber } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";

/** One page of unread alerts: the count the bell and the dashboard show ("100+" past a page). */
export function useUnreadAlerts() {
  return useQuery(() => ({
    queryKey: ["alerts", "unread"],
    staleTime: 60_000,
    queryFn: async () => {
      const page = unwrap(
        await api.GET("/api/v1/alerts", { params: { query: { unread: "true", limit: 100 } } }),
      );
      return { count: page.items.length, more: page.nextCursor !== null };
    },
  }));
}

/** The unread count as words: "3", "100+". */
export const unreadInWords = (u: { count: number; more: boolean }): string =>
  `${formatNumber(u.count)}${u.more ? "+" : ""}`;

/** The header's bell: a link to the alerts page naming how many are unread (a link, so Tab reaches it). */
export function AlertsBell(): JSX.Element {
  const unread = useUnreadAlerts();
  const label = () =>
    unread.data && unread.data.count > 0
      ? t("alerts.bellUnread", { count: unreadInWords(unread.data) })
      : t("alerts.bell");
  return (
    <A href="/alerts" class="shell-bell" aria-label={label()} data-testid="alerts-bell">
      <span aria-hidden="true">🔔</span> {t("alerts.bell")}
      <Show when={unread.data && unread.data.count > 0}>
        <span class="bell-count" aria-hidden="true">
          {unreadInWords(unread.data ?? { count: 0, more: false })}
        </span>
      </Show>
    </A>
  );
}
