import type { ReportContent, ReportScope } from "@sinergi/domain";
import { sql } from "kysely";
import type { Executor } from "../../connection.ts";

/** The columns that name a report's scope. */
export const reportScopeColumns = (scope: ReportScope) => ({
  scopeKind: scope.kind,
  facilityId: scope.kind === "facility" ? scope.facilityId : null,
  regionalOfficeId: scope.kind === "regional_office" ? scope.regionalOfficeId : null,
});

/** What a new report snapshot records besides its content. */
export interface NewReport {
  readonly id: string;
  readonly content: ReportContent;
  readonly madeAt: string;
  readonly dataCutOff: string;
  readonly madeBy: string;
}

/**
 * Stores revision 1 of a report unless one exists; true when this call made it. The unique key on
 * (scope, period, revision) makes this exactly once however many workers race.
 */
export async function insertFirstReport(db: Executor, r: NewReport): Promise<boolean> {
  const res = await db
    .insertInto("reports")
    .values({
      id: r.id,
      ...reportScopeColumns(r.content.scope),
      period: r.content.period,
      revision: 1,
      madeAt: r.madeAt,
      dataCutOff: r.dataCutOff,
      madeBy: r.madeBy,
      content: JSON.stringify(r.content),
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Stores the next revision of a report (a regenerate); the old revisions stay. Returns the revision. */
export async function insertNextRevision(db: Executor, r: NewReport): Promise<number> {
  const s = reportScopeColumns(r.content.scope);
  const row = await db
    .insertInto("reports")
    .columns([
      "id",
      "scopeKind",
      "facilityId",
      "regionalOfficeId",
      "period",
      "revision",
      "madeAt",
      "dataCutOff",
      "madeBy",
      "content",
    ])
    .expression(
      db.selectNoFrom([
        sql.lit(r.id).as("id"),
        sql`${s.scopeKind}`.as("scopeKind"),
        sql`${s.facilityId}::uuid`.as("facilityId"),
        sql`${s.regionalOfficeId}::uuid`.as("regionalOfficeId"),
        sql`${r.content.period}`.as("period"),
        sql<number>`coalesce((select max(revision) from reports where scope_kind = ${s.scopeKind}
            and facility_id is not distinct from ${s.facilityId}::uuid
            and regional_office_id is not distinct from ${s.regionalOfficeId}::uuid
            and period = ${r.content.period}), 0) + 1`.as("revision"),
        sql`${r.madeAt}::timestamptz`.as("madeAt"),
        sql`${r.dataCutOff}::timestamptz`.as("dataCutOff"),
        sql`${r.madeBy}`.as("madeBy"),
        sql`${JSON.stringify(r.content)}::jsonb`.as("content"),
      ]),
    )
    .returning("revision")
    .executeTakeFirstOrThrow();
  return row.revision;
}
