import type { ReportContent, ReportScope } from "@sinergi/domain";
import { type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { type Page, paginate } from "../../pagination.ts";
import { facilityZoneSql, provinceZoneSql } from "../../time-zones.ts";
import { seenBy } from "../../visibility/predicates.ts";
import { partnerFamily, type Viewer } from "../../visibility/viewer.ts";

/** A stored report without its figures, as lists show it. */
export interface ReportSummary {
  readonly id: string;
  readonly scope: ReportScope;
  /** The facility's or regional office's name; null for the national report. */
  readonly scopeName: string | null;
  /** The zone the report's times read in: its facility's, its office's province's, or WIB (national). */
  readonly timeZone: string;
  readonly period: string;
  readonly revision: number;
  /** True when no later revision of the same scope and period exists. */
  readonly latest: boolean;
  readonly madeAt: string;
  readonly dataCutOff: string;
  readonly madeBy: string;
}

/** A stored report with its figures. */
export interface StoredReport extends ReportSummary {
  readonly content: ReportContent;
}

/** Filters of the report list. */
export interface ReportQuery {
  readonly viewer: Viewer;
  readonly scopeKind?: ReportScope["kind"] | undefined;
  readonly facilityId?: string | undefined;
  readonly regionalOfficeId?: string | undefined;
  /** First period listed, `YYYY-MM` (inclusive). */
  readonly from?: string | undefined;
  /** Last period listed, `YYYY-MM` (inclusive). */
  readonly to?: string | undefined;
  /** Every revision, not only the latest of each scope and period. */
  readonly allRevisions?: boolean | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

// A later revision of the same scope and period (the unique key's own columns).
const LATER = sql<SqlBool>`not exists (select 1 from reports later where later.scope_kind = reports.scope_kind
  and later.facility_id is not distinct from reports.facility_id
  and later.regional_office_id is not distinct from reports.regional_office_id
  and later.period = reports.period and later.revision > reports.revision)`;

function summaries(db: Executor) {
  return db
    .selectFrom("reports")
    .leftJoin("facilities", "facilities.id", "reports.facilityId")
    .leftJoin("regionalOffices", "regionalOffices.id", "reports.regionalOfficeId")
    .select([
      "reports.id",
      "reports.scopeKind",
      "reports.facilityId",
      "reports.regionalOfficeId",
      "reports.period",
      "reports.revision",
      "reports.madeAt",
      "reports.dataCutOff",
      "reports.madeBy",
      sql<string | null>`coalesce(facilities.name, regional_offices.name)`.as("scopeName"),
      sql<string>`coalesce(${sql.raw(facilityZoneSql("facilities"))}, ${sql.raw(provinceZoneSql("regional_offices.province_code"))})`.as(
        "timeZone",
      ),
      LATER.as("latest"),
    ]);
}

type SummaryRow = {
  id: string;
  scopeKind: ReportScope["kind"];
  facilityId: string | null;
  regionalOfficeId: string | null;
  period: string;
  revision: number;
  madeAt: string;
  dataCutOff: string;
  madeBy: string;
  scopeName: string | null;
  timeZone: string;
  latest: SqlBool;
};

const scopeOf = (r: SummaryRow): ReportScope =>
  r.scopeKind === "facility"
    ? { kind: "facility", facilityId: r.facilityId ?? "" }
    : r.scopeKind === "regional_office"
      ? { kind: "regional_office", regionalOfficeId: r.regionalOfficeId ?? "" }
      : { kind: "national" };

const toSummary = (r: SummaryRow): ReportSummary => ({
  id: r.id,
  scope: scopeOf(r),
  scopeName: r.scopeName,
  timeZone: r.timeZone,
  period: r.period,
  revision: r.revision,
  latest: r.latest === true,
  madeAt: r.madeAt,
  dataCutOff: r.dataCutOff,
  madeBy: r.madeBy,
});

/** The reports the viewer may read, newest period first; latest revisions only unless asked. */
export async function listReports(db: Executor, q: ReportQuery): Promise<Page<ReportSummary>> {
  let query = summaries(db);
  const seen = seenBy("report", q.viewer, "reports.id");
  if (seen) query = query.where(seen);
  if (q.scopeKind) query = query.where("reports.scopeKind", "=", q.scopeKind);
  if (q.facilityId) query = query.where("reports.facilityId", "=", q.facilityId);
  if (q.regionalOfficeId) query = query.where("reports.regionalOfficeId", "=", q.regionalOfficeId);
  if (q.from) query = query.where("reports.period", ">=", q.from);
  if (q.to) query = query.where("reports.period", "<=", q.to);
  if (!q.allRevisions) query = query.where(LATER);
  const page = await paginate(query, {
    column: "reports.period",
    columnType: "text",
    idColumn: "reports.id",
    direction: "desc",
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items.map((r) => toSummary(r as SummaryRow)), nextCursor: page.nextCursor };
}

/** One report with its figures, if it exists and the viewer may read it. */
export async function findReport(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<StoredReport | undefined> {
  // As text: the CamelCasePlugin would rename nested keys (coverage's `civil_registration`).
  let query = summaries(db)
    .select(sql<string>`reports.content::text`.as("contentText"))
    .where("reports.id", "=", id);
  const seen = seenBy("report", viewer, "reports.id");
  if (seen) query = query.where(seen);
  const row = await query.executeTakeFirst();
  return row && { ...toSummary(row as SummaryRow), content: JSON.parse(row.contentText) as ReportContent };
}

/** One page of the worker's run log, newest first. */
export async function listReportRuns(
  db: Executor,
  q: { readonly limit: number; readonly cursor?: string | undefined },
) {
  const page = await paginate(
    db
      .selectFrom("reportRuns")
      .select(["id", "kind", "worker", "startedAt", "finishedAt", "reportsMade", "failures"]),
    {
      column: "reportRuns.startedAt",
      columnType: "timestamptz",
      idColumn: "reportRuns.id",
      direction: "desc",
      limit: q.limit,
      cursor: q.cursor,
    },
  );
  return page;
}

/** What a partner's view of a report is cut to: the areas and agreements of the partner and its agencies. */
export async function partnerReportFacts(
  db: Executor,
  partnerId: string,
): Promise<{ areaCodes: string[]; agreementIds: string[] }> {
  const family = partnerFamily(partnerId);
  const areas = await sql<{ areaCode: string }>`select distinct p.area_code as "areaCode" from partners p
    where p.id in (${family}) and p.area_code is not null`.execute(db);
  const agreements = await sql<{ id: string }>`select distinct ap.agreement_id::text as id
    from agreement_partners ap where ap.partner_id in (${family})`.execute(db);
  return { areaCodes: areas.rows.map((r) => r.areaCode), agreementIds: agreements.rows.map((r) => r.id) };
}
