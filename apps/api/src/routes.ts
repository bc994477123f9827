import { Hono } from "hono";
import type { AppEnv } from "./context.ts";
import { agreementsRoutes } from "./resources/agreements/routes.ts";
import { alertsRoutes } from "./resources/alerts/routes.ts";
import { apiKeysRoutes } from "./resources/api-keys/routes.ts";
import { areasRoutes } from "./resources/areas/routes.ts";
import { auditLogRoutes } from "./resources/audit-log/routes.ts";
import { authRoutes } from "./resources/auth/routes.ts";
import { certificatesRoutes } from "./resources/certificates/routes.ts";
import { cohortBatchesRoutes } from "./resources/cohort-batches/routes.ts";
import { cohortsRoutes } from "./resources/cohorts/routes.ts";
import { documentsRoutes } from "./resources/documents/routes.ts";
import { engagementsRoutes } from "./resources/engagements/routes.ts";
import { enrollmentsRoutes } from "./resources/enrollments/routes.ts";
import { facilitiesRoutes } from "./resources/facilities/routes.ts";
import { followUpsRoutes } from "./resources/follow-ups/routes.ts";
import { inmatesRoutes } from "./resources/inmates/routes.ts";
import { partnersRoutes } from "./resources/partners/routes.ts";
import { programsRoutes } from "./resources/programs/routes.ts";
import { regionalOfficesRoutes } from "./resources/regional-offices/routes.ts";
import { reportRunsRoutes } from "./resources/report-runs/routes.ts";
import { reportsRoutes } from "./resources/reports/routes.ts";
import { statisticsRoutes } from "./resources/statistics/routes.ts";
import { usersRoutes } from "./resources/users/routes.ts";

/** Every v1 resource router; each declares its full paths under /api/v1. */
export function v1Routes(options: { secureCookies: boolean }): Hono<AppEnv> {
  const v1 = new Hono<AppEnv>();
  v1.route("/", authRoutes(options));
  for (const routes of [
    regionalOfficesRoutes,
    facilitiesRoutes,
    partnersRoutes,
    areasRoutes,
    engagementsRoutes,
    followUpsRoutes,
    agreementsRoutes,
    documentsRoutes,
    programsRoutes,
    cohortsRoutes,
    inmatesRoutes,
    enrollmentsRoutes,
    cohortBatchesRoutes,
    certificatesRoutes,
    usersRoutes,
    apiKeysRoutes,
    auditLogRoutes,
    statisticsRoutes,
    reportsRoutes,
    reportRunsRoutes,
    alertsRoutes,
  ]) {
    v1.route("/", routes());
  }
  return v1;
}
