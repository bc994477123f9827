import type { AccessTables } from "./access.ts";
import type { AgreementTables } from "./agreement.ts";
import type { CoreTables } from "./core.ts";
import type { EngagementTables } from "./engagement.ts";
import type { EnrollmentTables } from "./enrollment.ts";
import type { OrganisationTables } from "./organisation.ts";
import type { RateLimitTables } from "./rate-limit.ts";
import type { ReportTables } from "./report.ts";
import type { TrainingTables } from "./training.ts";

export type { AreasTable, Timestamp } from "./core.ts";
export type { Json } from "./organisation.ts";

/** The whole database as Kysely sees it (camelCase; SQL is snake_case). */
export interface Database
  extends CoreTables,
    AccessTables,
    OrganisationTables,
    EngagementTables,
    AgreementTables,
    TrainingTables,
    EnrollmentTables,
    RateLimitTables,
    ReportTables {}
