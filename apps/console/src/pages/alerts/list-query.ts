import { api, unwrap } from "../../api/client.ts";

/**
 * One page of 50 of the scope's alerts, newest first (only the unread, when asked): read by the page and its
 * route's preload. A national admin's scope raises thousands (every overdue follow-up is one).
 */
export function alertsListQuery(unreadOnly: boolean, cursor?: string) {
  return {
    queryKey: ["alerts", "list", unreadOnly, cursor ?? null],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/alerts", {
          params: {
            query: {
              limit: 50,
              ...(unreadOnly ? { unread: "true" as const } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
  };
}
