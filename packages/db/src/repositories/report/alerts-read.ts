import { sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { type Page, paginate } from "../../pagination.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** An alert as its reader sees it. */
export interface AlertView {
  readonly id: string;
  readonly kind: "agreement_ending" | "follow_up_overdue" | "licence_expiring" | "report_failed";
  readonly facilityId: string | null;
  readonly regionalOfficeId: string | null;
  readonly subjectId: string | null;
  readonly detail: Record<string, unknown>;
  readonly raisedAt: string;
  /** When this reader marked it read; null while unread. */
  readonly readAt: string | null;
}

/** Filters of the alert list. */
export interface AlertQuery {
  readonly viewer: Viewer;
  /** The reader whose read marks count (null for an API key: nothing is read). */
  readonly userId: string | null;
  readonly unread?: boolean | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

function alertsFor(db: Executor, userId: string | null) {
  return db
    .selectFrom("alerts")
    .leftJoin("alertReads", (j) =>
      j
        .onRef("alertReads.alertId", "=", "alerts.id")
        .on("alertReads.userId", "=", sql<string>`${userId}::uuid`),
    )
    .select([
      "alerts.id",
      "alerts.kind",
      "alerts.facilityId",
      "alerts.regionalOfficeId",
      "alerts.subjectId",
      "alerts.detail",
      "alerts.raisedAt",
      "alertReads.readAt",
    ]);
}

/** The alerts in the viewer's scope, newest first; only those the reader has not read when asked. */
export async function listAlerts(db: Executor, q: AlertQuery): Promise<Page<AlertView>> {
  let query = alertsFor(db, q.userId);
  const seen = seenBy("alert", q.viewer, "alerts.id");
  if (seen) query = query.where(seen);
  if (q.unread) query = query.where("alertReads.readAt", "is", null);
  const page = await paginate(query, {
    column: "alerts.raisedAt",
    columnType: "timestamptz",
    idColumn: "alerts.id",
    direction: "desc",
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

const toView = (r: {
  id: string;
  kind: AlertView["kind"];
  facilityId: string | null;
  regionalOfficeId: string | null;
  subjectId: string | null;
  detail: unknown;
  raisedAt: string;
  readAt: string | null;
}): AlertView => ({ ...r, detail: (r.detail ?? {}) as Record<string, unknown>, readAt: r.readAt ?? null });

/** One alert as the reader sees it, if it exists and lies in the viewer's scope. */
export async function findAlert(
  db: Executor,
  id: string,
  viewer: Viewer,
  userId: string | null,
): Promise<AlertView | undefined> {
  let query = alertsFor(db, userId).where("alerts.id", "=", id);
  const seen = seenBy("alert", viewer, "alerts.id");
  if (seen) query = query.where(seen);
  const row = await query.executeTakeFirst();
  return row && toView(row);
}

/** Marks an alert read for a user; marking it again keeps the first time. True when this call marked it. */
export async function markAlertRead(
  db: Executor,
  alertId: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const res = await db
    .insertInto("alertReads")
    .values({ alertId, userId, readAt: at })
    .onConflict((oc) => oc.columns(["alertId", "userId"]).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}
