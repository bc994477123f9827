import { useQuery } from "@tanstack/solid-query";
import { createMemo } from "solid-js";
import { api, unwrap } from "../api/client.ts";
import type { Choice } from "../ui/fields.tsx";
import type { Found, Register } from "../ui/name-search.tsx";

/** How many records a lookup reads: a list this long may have been cut (a national register is longer). */
export const LOOKUP_LIMIT = 200;

/** Partners in the caller's view (one page of 200: enough for a region's register), for names and pickers. */
export const partnersQuery = {
  queryKey: ["partners", "all"],
  staleTime: 300_000,
  queryFn: async () =>
    unwrap(await api.GET("/api/v1/partners", { params: { query: { limit: LOOKUP_LIMIT, sort: "name" } } }))
      .items,
};

/** Facilities in the caller's scope (one page of 200), for names and pickers. */
export const facilitiesQuery = {
  queryKey: ["facilities", "all"],
  staleTime: 300_000,
  queryFn: async () =>
    unwrap(await api.GET("/api/v1/facilities", { params: { query: { limit: LOOKUP_LIMIT, sort: "name" } } }))
      .items,
};

/** Partners by name through the API: the first 20 matches, and whether there are more. */
export async function findPartners(text: string) {
  const page = unwrap(
    await api.GET("/api/v1/partners", { params: { query: { q: text, sort: "name", limit: 20 } } }),
  );
  return { items: page.items, more: page.nextCursor !== null };
}

/** Partners by name (the first 20), as choices: for a form's search beyond the lookup. */
export async function searchPartners(text: string): Promise<Found> {
  const { items, more } = await findPartners(text);
  return { choices: items.map((p) => ({ value: p.id, label: p.name })), more };
}

/** Partners by id, as choices: for those a form holds beyond the lookup (a restored draft's). */
export async function partnersNamed(ids: readonly string[]): Promise<Choice[]> {
  const query = { ids: ids.join(","), limit: LOOKUP_LIMIT };
  const page = unwrap(await api.GET("/api/v1/partners", { params: { query } }));
  return page.items.map((p) => ({ value: p.id, label: p.name }));
}

/** The partner register, searched by name and asked by id. */
export const partnerRegister: Register = { search: searchPartners, named: partnersNamed };

/** The facility register (530 facilities nationally), searched by name and asked by id. */
export const facilityRegister: Register = {
  search: async (text) => {
    const query = { q: text, sort: "name" as const, limit: 20 };
    const page = unwrap(await api.GET("/api/v1/facilities", { params: { query } }));
    return {
      choices: page.items.map((f) => ({ value: f.id, label: f.name })),
      more: page.nextCursor !== null,
    };
  },
  named: async (ids) => {
    const query = { ids: ids.join(","), limit: LOOKUP_LIMIT };
    const page = unwrap(await api.GET("/api/v1/facilities", { params: { query } }));
    return page.items.map((f) => ({ value: f.id, label: f.name }));
  },
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
export const regionalOfficesQuery = {
  queryKey: ["regional-offices", "all"],
  staleTime: 300_000,
  queryFn: async () =>
    unwrap(await api.GET("/api/v1/regional-offices", { params: { query: { limit: 100 } } })).items,
};

/** The regional offices lookup, read by a page. */
export function useRegionalOffices() {
  return useQuery(() => regionalOfficesQuery);
}

/** A name by id from a loaded list ("…" while it loads, the id's start when out of view). */
export function nameOf(list: readonly { id: string; name: string }[] | undefined, id: string | null): string {
  if (!id) return "—";
  if (!list) return "…";
  return list.find((x) => x.id === id)?.name ?? id.slice(0, 8);
}

/** A record by name (a facility also brings its time zone). */
type Named = { readonly id: string; readonly name: string; readonly timeZone?: string };

/**
 * A name for each id, whether every name asked for has arrived (a table may wait for them), and the
 * records known so far (the lookup's page and those asked for by id).
 */
export type Names = ((id: string | null) => string) & {
  readonly ready: () => boolean;
  readonly known: () => readonly Named[];
};

/**
 * Names by id for the rows on screen: from the lookup's page of 200 when it holds them, the rest asked for
 * by id in one request (a national register holds thousands of partners and 530 facilities). "…" while
 * a name is on its way; the id's start for one out of the caller's view.
 */
function namesOf(
  kind: "partners" | "facilities",
  lookup: { readonly data: readonly Named[] | undefined; readonly isLoading: boolean },
  ids: () => readonly (string | null)[],
): Names {
  const missing = createMemo(() => {
    const known = lookup.data;
    if (!known) return [];
    const have = new Set(known.map((x) => x.id));
    return [...new Set(ids().filter((id): id is string => id !== null && !have.has(id)))].sort();
  });
  const extra = useQuery(() => ({
    queryKey: [kind, "by-id", missing()],
    enabled: missing().length > 0,
    staleTime: 300_000,
    queryFn: async (): Promise<readonly Named[]> => {
      const query = { ids: missing().join(","), limit: LOOKUP_LIMIT };
      return kind === "partners"
        ? unwrap(await api.GET("/api/v1/partners", { params: { query } })).items
        : unwrap(await api.GET("/api/v1/facilities", { params: { query } })).items;
    },
  }));
  const ready = () => !lookup.isLoading && !extra.isLoading;
  const name = (id: string | null) => {
    if (!id) return "—";
    const found = lookup.data?.find((x) => x.id === id) ?? extra.data?.find((x) => x.id === id);
    if (found) return found.name;
    return ready() ? id.slice(0, 8) : "…";
  };
  const known = () => [...(lookup.data ?? []), ...(extra.data ?? [])];
  return Object.assign(name, { ready, known });
}

/** Partner names for the partner ids a page shows. */
export function usePartnerNames(ids: () => readonly string[]): Names {
  return namesOf("partners", usePartners(), ids);
}

/** Facility names for the facility ids a page shows. */
export function useFacilityNames(ids: () => readonly (string | null)[]): Names {
  return namesOf("facilities", useFacilities(), ids);
}
