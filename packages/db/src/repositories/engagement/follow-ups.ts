import type { FollowUp, FollowUpState } from "@sinergi/domain";
import { type Selectable, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { FindOptions } from "../../record-store.ts";
import type { FollowUpsTable } from "../../schema/engagement.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A stored follow-up with what reading it needs: its engagement's facility, date and time zone. */
export interface FollowUpView extends FollowUp {
  readonly facilityId: string;
  readonly engagementDate: string;
  /** IANA zone of the facility, in which "today" (and so overdue) is read. */
  readonly timeZone: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type FollowUpRow = Selectable<FollowUpsTable> & {
  facilityId: string;
  engagementDate: string;
  timeZone: string;
};

/** Row -> view. */
export const toFollowUp = (row: FollowUpRow): FollowUpView => ({
  id: row.id,
  engagementId: row.engagementId,
  text: row.text,
  ownerName: row.ownerName,
  dueDate: row.dueDate,
  status: row.status as FollowUpState,
  closedAt: row.closedAt,
  note: row.note,
  dropReason: row.dropReason,
  facilityId: row.facilityId,
  engagementDate: row.engagementDate,
  timeZone: row.timeZone,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

function selectFollowUps(db: Executor) {
  return db
    .selectFrom("followUps")
    .innerJoin("engagements", "engagements.id", "followUps.engagementId")
    .innerJoin("facilities", "facilities.id", "engagements.facilityId")
    .selectAll("followUps")
    .select([
      "engagements.facilityId as facilityId",
      "engagements.date as engagementDate",
      sql<string>`coalesce(facilities.time_zone_override, facilities.time_zone)`.as("timeZone"),
    ]);
}

/** SQL: the calendar date an instant falls on in the follow-up's facility time zone. */
const todayInZone = (at: string) =>
  sql`(cast(${at} as timestamptz) at time zone coalesce(facilities.time_zone_override, facilities.time_zone))::date`;

/** Filters and order for listing follow-ups. */
export interface FollowUpListQuery {
  readonly engagementId?: string | undefined;
  readonly facilityId?: string | undefined;
  readonly status?: FollowUpState | undefined;
  /** Case-insensitive exact owner name. */
  readonly ownerName?: string | undefined;
  /** true: open and past due in its facility's zone on `at`; false: the others. */
  readonly overdue?: boolean | undefined;
  readonly viewer?: Viewer;
  readonly sort: { readonly field: "dueDate" | "createdAt"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

const sortColumns = {
  dueDate: { column: "followUps.dueDate", type: "date" },
  createdAt: { column: "followUps.createdAt", type: "timestamptz" },
} as const;

/** Lists follow-ups with keyset pagination; `at` is the instant "overdue" is judged on. */
export async function listFollowUps(
  db: Executor,
  query: FollowUpListQuery,
  at: string,
): Promise<Page<FollowUpView>> {
  let qb = selectFollowUps(db);
  if (query.engagementId !== undefined) qb = qb.where("followUps.engagementId", "=", query.engagementId);
  if (query.facilityId !== undefined) qb = qb.where("engagements.facilityId", "=", query.facilityId);
  if (query.status !== undefined) qb = qb.where("followUps.status", "=", query.status);
  if (query.ownerName !== undefined)
    qb = qb.where(sql<SqlBool>`lower(follow_ups.owner_name) = lower(${query.ownerName})`);
  if (query.overdue !== undefined) {
    const overdue = sql<SqlBool>`(follow_ups.status = 'open' and follow_ups.due_date < ${todayInZone(at)})`;
    qb = qb.where(query.overdue ? overdue : sql<SqlBool>`not ${overdue}`);
  }
  const seen = seenBy("engagement", query.viewer, "follow_ups.engagement_id");
  if (seen) qb = qb.where(seen);
  const sort = sortColumns[query.sort.field];
  return paginate(
    qb,
    {
      column: sort.column,
      columnType: sort.type,
      idColumn: "followUps.id",
      direction: query.sort.direction,
      limit: query.limit,
      cursor: query.cursor,
    },
    toFollowUp,
  );
}

/** Every follow-up of one engagement, by due date. */
export async function followUpsOfEngagement(db: Executor, engagementId: string): Promise<FollowUpView[]> {
  const rows = await selectFollowUps(db)
    .where("followUps.engagementId", "=", engagementId)
    .orderBy("followUps.dueDate")
    .orderBy("followUps.id")
    .execute();
  return rows.map(toFollowUp);
}

/** One follow-up, optionally locked for update inside a transaction. */
export async function findFollowUp(
  db: Executor,
  id: string,
  options: FindOptions = {},
): Promise<FollowUpView | undefined> {
  let qb = selectFollowUps(db).where("followUps.id", "=", id);
  const seen = seenBy("follow_up", options.viewer, "follow_ups.id");
  if (seen) qb = qb.where(seen);
  if (options.forUpdate) qb = qb.forUpdate(["followUps"]);
  const row = await qb.executeTakeFirst();
  return row && toFollowUp(row);
}

/** Inserts new follow-ups (call inside the transaction that records their history). */
export async function insertFollowUps(
  db: Executor,
  followUps: readonly FollowUp[],
  at: string,
): Promise<void> {
  if (followUps.length === 0) return;
  await db
    .insertInto("followUps")
    .values(followUps.map((f) => ({ ...followUpFields(f), createdAt: at, updatedAt: at })))
    .execute();
}

/** Stores an edited or moved follow-up and bumps its revision. */
export async function saveFollowUp(db: Executor, f: FollowUp, at: string): Promise<FollowUpView> {
  await db
    .updateTable("followUps")
    .set((eb) => ({
      text: f.text,
      ownerName: f.ownerName,
      dueDate: f.dueDate,
      status: f.status,
      closedAt: f.closedAt,
      note: f.note,
      dropReason: f.dropReason,
      updatedAt: at,
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", f.id)
    .execute();
  const saved = await findFollowUp(db, f.id);
  if (!saved) throw new Error("follow-up vanished after update");
  return saved;
}

/** Only the domain fields of a follow-up (a stored view carries more): what is written and audited. */
export const followUpFields = (f: FollowUp): FollowUp => ({
  id: f.id,
  engagementId: f.engagementId,
  text: f.text,
  ownerName: f.ownerName,
  dueDate: f.dueDate,
  status: f.status,
  closedAt: f.closedAt,
  note: f.note,
  dropReason: f.dropReason,
});
