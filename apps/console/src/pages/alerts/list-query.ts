import { api, unwrap } from "../../api/client.ts";

/** The latest 100 alerts of the scope (only the unread, when asked): read by the page and its route's preload. */
export function alertsListQuery(unreadOnly: boolean) {
  return {
    queryKey: ["alerts", "list", unreadOnly],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/alerts", {
          params: { query: { limit: 100, ...(unreadOnly ? { unread: "true" as const } : {}) } },
        }),
      ).items,
  };
}
