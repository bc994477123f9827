import type { ReportContent } from "@sinergi/domain";
import type { Timestamp } from "./core.ts";
import type { Json } from "./organisation.ts";

/** reports: immutable monthly snapshots, one row per scope, period and revision. */
export interface ReportsTable {
  id: string;
  scopeKind: "facility" | "regional_office" | "national";
  facilityId: string | null;
  regionalOfficeId: string | null;
  period: string;
  revision: number;
  madeAt: Timestamp;
  dataCutOff: Timestamp;
  /** `worker:<name>` or `user:<id>` (a regenerate). */
  madeBy: string;
  content: Json<ReportContent>;
}

/** report_runs: the worker's run log. */
export interface ReportRunsTable {
  id: string;
  kind: "pass" | "backfill" | "regenerate";
  worker: string;
  startedAt: Timestamp;
  finishedAt: Timestamp | null;
  reportsMade: number;
  failures: Json<readonly { readonly key: string; readonly reason: string }[]>;
}

/** alerts: raised once each (once_key), placed by facility or regional office for scope. */
export interface AlertsTable {
  id: string;
  onceKey: string;
  kind: "agreement_ending" | "follow_up_overdue" | "licence_expiring" | "report_failed";
  facilityId: string | null;
  regionalOfficeId: string | null;
  subjectId: string | null;
  detail: Json<Record<string, unknown>>;
  raisedAt: Timestamp;
}

/** alert_reads: who has read which alert. */
export interface AlertReadsTable {
  alertId: string;
  userId: string;
  readAt: Timestamp;
}

/** alert_emails: the one daily digest per user. */
export interface AlertEmailsTable {
  userId: string;
  day: string;
  sentAt: Timestamp;
  alertCount: number;
}

/** Report, run-log and alert tables. */
export interface ReportTables {
  reports: ReportsTable;
  reportRuns: ReportRunsTable;
  alerts: AlertsTable;
  alertReads: AlertReadsTable;
  alertEmails: AlertEmailsTable;
}
