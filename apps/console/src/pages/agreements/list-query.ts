import { api, type Schemas, unwrap } from "../../api/client.ts";

/** The agreements list's filters, order and page, as its URL carries them. */
export type AgreementFilters = {
  status?: string | undefined;
  kind?: string | undefined;
  field?: string | undefined;
  q?: string | undefined;
  /** One facility's agreements (for those who see several). */
  facility?: string | undefined;
  sort?: string | undefined;
  cursor?: string | undefined;
};

/** One page of the agreements list for these filters: read by the page, and by its route's preload. */
export function agreementsListQuery(params: AgreementFilters) {
  return {
    queryKey: ["agreements", "list", { ...params }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/agreements", {
          params: {
            query: {
              limit: 50,
              sort: params.sort ?? "endDate",
              ...(params.cursor ? { cursor: params.cursor } : {}),
              ...(params.status ? { status: params.status as Schemas["AgreementStatus"] } : {}),
              ...(params.kind ? { kind: params.kind as Schemas["AgreementKind"] } : {}),
              ...(params.field ? { field: params.field } : {}),
              ...(params.q ? { q: params.q } : {}),
              ...(params.facility ? { facilityId: params.facility } : {}),
            },
          },
        }),
      ),
  };
}
