import { api, unwrap } from "../../api/client.ts";

/** The facilities list's search, Kanwil and page, as its URL carries them. */
export type FacilityFilters = {
  q?: string | undefined;
  office?: string | undefined;
  cursor?: string | undefined;
};

/** One page of 50 facilities by name for these filters: read by the page, and by its route's preload. */
export function facilitiesListQuery(params: FacilityFilters) {
  return {
    queryKey: ["facilities", "list", { ...params }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/facilities", {
          params: {
            query: {
              limit: 50,
              sort: "name",
              ...(params.cursor ? { cursor: params.cursor } : {}),
              ...(params.q ? { q: params.q } : {}),
              ...(params.office ? { regionalOfficeId: params.office } : {}),
            },
          },
        }),
      ),
  };
}
