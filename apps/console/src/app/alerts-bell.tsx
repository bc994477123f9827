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

/**
 * The header's bell: a link to the alerts page (so Tab reaches it) whose name says how many are unread,
 * "Peringatan 3 belum dibaca", from its visible words (the count shows; "belum dibaca" is for screen readers).
 */
export function AlertsBell(): JSX.Element {
  const unread = useUnreadAlerts();
  return (
    <A href="/alerts" class="shell-bell" data-testid="alerts-bell">
      <svg class="bell-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
        />
      </svg>{" "}
      {t("alerts.bell")}
      <Show when={unread.data && unread.data.count > 0 ? unread.data : null}>
        {(u) => (
          <>
            {" "}
            <span class="bell-count">{unreadInWords(u())}</span>
            <span class="visually-hidden"> {t("alerts.unread")}</span>
          </>
        )}
      </Show>
    </A>
  );
}
