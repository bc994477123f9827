import { api, type Schemas, unwrap } from "../../api/client.ts";
import { PARTNER_KINDS } from "../../ui/labels.tsx";
import type { Found, Register } from "../../ui/name-search.tsx";
import { findPartners, partnersNamed } from "../lookups.ts";

/** How many partners one page of the register's top level holds. */
export const TOP_PAGE = 50;
/** How many units below one partner are read at once (a Pemkab has a few dozen Dinas). */
export const UNITS_PAGE = 200;

/** A kind of partner, as the API names it. */
export type PartnerKind = Schemas["PartnerKind"];

/** The partners page's kind filter and page, as its URL carries them. */
export type PartnerFilters = { kind?: string | undefined; cursor?: string | undefined };

/** The kind in a URL, if it is one (a hand-typed `?kind=` the API would refuse is ignored). */
export const kindOf = (kind: string | undefined): PartnerKind | undefined =>
  (PARTNER_KINDS as readonly string[]).includes(kind ?? "") ? (kind as PartnerKind) : undefined;

/** One page of the register's top level by name (no parent above them): read by the page and its preload. */
export function topLevelPartnersQuery(params: PartnerFilters) {
  const kind = kindOf(params.kind);
  const cursor = params.cursor;
  return {
    queryKey: ["partners", "top", kind ?? null, cursor ?? null],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/partners", {
          params: {
            query: {
              topLevel: "true",
              sort: "name",
              limit: TOP_PAGE,
              ...(kind ? { kind } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
  };
}

/** The units directly below one partner, by name: read when its row is opened. */
export function partnerUnitsQuery(parentId: string) {
  return {
    queryKey: ["partners", "units", parentId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/partners", {
          params: { query: { parentId, sort: "name", limit: UNITS_PAGE } },
        }),
      ),
  };
}

/** Only these may have units below them, and so be a parent (a business or a provider never is): the domain's rule. */
export const MAY_HAVE_UNITS: ReadonlySet<PartnerKind> = new Set(["local_government", "government_agency"]);

/** Government bodies by name through the API (among the first 20 matches), as choices for a parent. */
export async function searchParents(text: string): Promise<Found> {
  const { items, more } = await findPartners(text);
  return {
    choices: items.filter((p) => MAY_HAVE_UNITS.has(p.kind)).map((p) => ({ value: p.id, label: p.name })),
    more,
  };
}

/** The register a parent agency is chosen from: government bodies by name, any partner by id. */
export const parentRegister: Register = { search: searchParents, named: partnersNamed };
