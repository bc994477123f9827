import { useQuery } from "@tanstack/solid-query";
import { api, type Schemas, unwrap } from "../api/client.ts";

/** Partners in the caller's view (one page of 200: enough for a region's register), for names and pickers. */
export const partnersQuery = {
  queryKey: ["partners", "all"],
  staleTime: 300_000,
  queryFn: async () =>
    unwrap(await api.GET("/api/v1/partners", { params: { query: { limit: 200, sort: "name" } } })).items,
};

/** Facilities in the caller's scope (one page of 200), for names and pickers. */
export const facilitiesQuery = {
  queryKey: ["facilities", "all"],
  staleTime: 300_000,
  queryFn: async () =>
    unwrap(await api.GET("/api/v1/facilities", { params: { query: { limit: 200, sort: "name" } } })).items,
};

/** The partners lookup, read by a page. */
export function usePartners() {
  return useQuery(() => partnersQuery);
}

/** The facilities lookup, read by a page. */
export function useFacilities() {
  return useQuery(() => facilitiesQuery);
}

/** Regional offices in the caller's scope (38 at most), for names and their provinces' time zones. */
export function useRegionalOffices() {
  return useQuery(() => ({
    queryKey: ["regional-offices", "all"],
    staleTime: 300_000,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/regional-offices", { params: { query: { limit: 100 } } })).items,
  }));
}

/** A name by id from a loaded list ("…" while it loads, the id's start when out of view). */
export function nameOf(list: readonly { id: string; name: string }[] | undefined, id: string | null): string {
  if (!id) return "—";
  if (!list) return "…";
  return list.find((x) => x.id === id)?.name ?? id.slice(0, 8);
}

/** The partner names of a record, joined. */
export function partnerNames(
  partners: readonly Schemas["Partner"][] | undefined,
  ids: readonly string[],
): string {
  return ids.map((id) => nameOf(partners, id)).join(", ");
}
