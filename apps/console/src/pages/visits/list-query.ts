import { api, unwrap } from "../../api/client.ts";

/** The visits list's order and page, as its URL carries them. */
export type VisitFilters = { sort?: string | undefined; cursor?: string | undefined };

/** One page of the visits list: read by the page, and by its route's preload. */
export function visitsListQuery(params: VisitFilters) {
  return {
    queryKey: ["engagements", "list", params.sort, params.cursor],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/engagements", {
          params: {
            query: {
              limit: 50,
              sort: params.sort ?? "-date",
              ...(params.cursor ? { cursor: params.cursor } : {}),
            },
          },
        }),
      ),
  };
}
