import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { Shell } from "./shell.tsx";

/** Every console page, each loaded only when first opened. */
export const routes: RouteDefinition[] = [
  { path: "/sign-in", component: lazy(() => import("../auth/sign-in-page.tsx")) },
  { path: "/verify/:code", component: lazy(() => import("../pages/verify/verify-page.tsx")) },
  {
    path: "/",
    component: Shell,
    children: [
      { path: "/", component: lazy(() => import("../pages/dashboard/dashboard-page.tsx")) },
      { path: "/change-password", component: lazy(() => import("../auth/change-password-page.tsx")) },
      { path: "/facilities", component: lazy(() => import("../pages/facilities/facilities-page.tsx")) },
      { path: "/facilities/:id", component: lazy(() => import("../pages/facilities/facility-page.tsx")) },
      { path: "/partners", component: lazy(() => import("../pages/partners/partners-page.tsx")) },
      { path: "/partners/new", component: lazy(() => import("../pages/partners/partner-form-page.tsx")) },
      {
        path: "/partners/:id/edit",
        component: lazy(() => import("../pages/partners/partner-form-page.tsx")),
      },
      { path: "/visits", component: lazy(() => import("../pages/visits/visits-page.tsx")) },
      { path: "/visits/new", component: lazy(() => import("../pages/visits/visit-form-page.tsx")) },
      { path: "/visits/:id", component: lazy(() => import("../pages/visits/visit-page.tsx")) },
      { path: "/agreements", component: lazy(() => import("../pages/agreements/agreements-page.tsx")) },
      {
        path: "/agreements/new",
        component: lazy(() => import("../pages/agreements/agreement-form-page.tsx")),
      },
      {
        path: "/agreements/record",
        component: lazy(() => import("../pages/agreements/record-form-page.tsx")),
      },
      { path: "/agreements/:id", component: lazy(() => import("../pages/agreements/agreement-page.tsx")) },
      { path: "/reports", component: lazy(() => import("../pages/reports/reports-page.tsx")) },
      { path: "/reports/:id", component: lazy(() => import("../pages/reports/report-page.tsx")) },
      { path: "/alerts", component: lazy(() => import("../pages/alerts/alerts-page.tsx")) },
      { path: "*", component: lazy(() => import("../pages/not-found-page.tsx")) },
    ],
  },
];
