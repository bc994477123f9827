import type { RouteDefinition, RoutePreloadFuncArgs } from "@solidjs/router";
import { lazy } from "solid-js";
import { fetchMe, ME, type User } from "../auth/session.ts";
import { agreementsListQuery } from "../pages/agreements/list-query.ts";
import { alertsListQuery } from "../pages/alerts/list-query.ts";
import { homeQueries } from "../pages/dashboard/queries.ts";
import { facilitiesListQuery } from "../pages/facilities/list-query.ts";
import { facilitiesQuery, partnersQuery, regionalOfficesQuery } from "../pages/lookups.ts";
import { type PartnerFilters, topLevelPartnersQuery } from "../pages/partners/list-query.ts";
import { type ReportFilters, reportsListQuery } from "../pages/reports/queries.ts";
import { visitsListQuery } from "../pages/visits/list-query.ts";
import { queryClient } from "./query-client.ts";
import { Shell } from "./shell.tsx";

/**
 * A list's data asked for as soon as its route is chosen, beside the page's script rather than after it
 * (a round trip less on a slow link), once the session says someone is signed in: a visitor who is not
 * gets the sign-in page, not a refused request.
 */
type Prefetched = { readonly queryKey: readonly unknown[]; readonly queryFn: () => Promise<unknown> };
function prefetch(queries: (args: RoutePreloadFuncArgs, me: User) => readonly Prefetched[]) {
  return (args: RoutePreloadFuncArgs) => {
    void queryClient
      .ensureQueryData({ queryKey: ME, queryFn: fetchMe, staleTime: 60_000, retry: false })
      .then((me) => {
        if (me) for (const q of queries(args, me)) void queryClient.prefetchQuery(q);
      })
      .catch(() => {});
  };
}

/** Every console page, each loaded only when first opened. */
export const routes: RouteDefinition[] = [
  { path: "/sign-in", component: lazy(() => import("../auth/sign-in-page.tsx")) },
  { path: "/verify/:code", component: lazy(() => import("../pages/verify/verify-page.tsx")) },
  {
    path: "/",
    component: Shell,
    children: [
      {
        path: "/",
        component: lazy(() => import("../pages/dashboard/dashboard-page.tsx")),
        preload: prefetch(({ location }, me) => homeQueries(me, location.query.kanwil as string | undefined)),
      },
      { path: "/change-password", component: lazy(() => import("../auth/change-password-page.tsx")) },
      {
        path: "/facilities",
        component: lazy(() => import("../pages/facilities/facilities-page.tsx")),
        preload: prefetch(({ location }) => [facilitiesListQuery(location.query), regionalOfficesQuery]),
      },
      { path: "/facilities/:id", component: lazy(() => import("../pages/facilities/facility-page.tsx")) },
      {
        path: "/partners",
        component: lazy(() => import("../pages/partners/partners-page.tsx")),
        // A search reads its own answer; without one the page shows a page of the register's top level.
        preload: prefetch(({ location }) =>
          location.query.q ? [] : [topLevelPartnersQuery(location.query as PartnerFilters)],
        ),
      },
      { path: "/partners/new", component: lazy(() => import("../pages/partners/partner-form-page.tsx")) },
      {
        path: "/partners/:id/edit",
        component: lazy(() => import("../pages/partners/partner-form-page.tsx")),
      },
      {
        path: "/visits",
        component: lazy(() => import("../pages/visits/visits-page.tsx")),
        // The follow-ups tab reads its own list.
        preload: prefetch(({ location }) =>
          location.query.tab ? [] : [visitsListQuery(location.query), partnersQuery, facilitiesQuery],
        ),
      },
      { path: "/visits/new", component: lazy(() => import("../pages/visits/visit-form-page.tsx")) },
      { path: "/visits/:id", component: lazy(() => import("../pages/visits/visit-page.tsx")) },
      {
        path: "/agreements",
        component: lazy(() => import("../pages/agreements/agreements-page.tsx")),
        preload: prefetch(({ location }) => [
          agreementsListQuery(location.query),
          partnersQuery,
          facilitiesQuery,
        ]),
      },
      {
        path: "/agreements/new",
        component: lazy(() => import("../pages/agreements/agreement-form-page.tsx")),
      },
      {
        path: "/agreements/record",
        component: lazy(() => import("../pages/agreements/record-form-page.tsx")),
      },
      { path: "/agreements/:id", component: lazy(() => import("../pages/agreements/agreement-page.tsx")) },
      {
        path: "/reports",
        component: lazy(() => import("../pages/reports/reports-page.tsx")),
        preload: prefetch(({ location }) => [reportsListQuery(location.query as ReportFilters)]),
      },
      { path: "/reports/:id", component: lazy(() => import("../pages/reports/report-page.tsx")) },
      {
        path: "/alerts",
        component: lazy(() => import("../pages/alerts/alerts-page.tsx")),
        preload: prefetch(({ location }) => [
          alertsListQuery(location.query.unread === "true", location.query.cursor as string | undefined),
          regionalOfficesQuery,
          facilitiesQuery,
        ]),
      },
      { path: "*", component: lazy(() => import("../pages/not-found-page.tsx")) },
    ],
  },
];
