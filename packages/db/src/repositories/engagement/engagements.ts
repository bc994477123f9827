import type { Attendee, Engagement, EngagementKind } from "@sinergi/domain";
import { type Selectable, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { FindOptions } from "../../record-store.ts";
import type { EngagementsTable } from "../../schema/engagement.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A stored engagement: the domain entity plus revision and timestamps. */
export interface EngagementRecord extends Engagement {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type EngagementRow = Selectable<EngagementsTable> & { partnerIds: string[] | null };

/** Row -> record. */
export const toEngagement = (row: EngagementRow): EngagementRecord => ({
  id: row.id,
  facilityId: row.facilityId,
  partnerIds: row.partnerIds ?? [],
  kind: row.kind as EngagementKind,
  date: row.date,
  place: row.place,
  attendees: row.attendees as Attendee[],
  summary: row.summary,
  outcomes: row.outcomes,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

function selectEngagements(db: Executor) {
  return db
    .selectFrom("engagements")
    .selectAll("engagements")
    .select(
      sql<string[]>`array(select ep.partner_id::text from engagement_partners ep
        where ep.engagement_id = engagements.id order by ep.position, ep.partner_id)`.as("partnerIds"),
    );
}

/** Filters and order for listing engagements; `from`/`to` are inclusive dates. */
export interface EngagementListQuery {
  readonly facilityId?: string | undefined;
  readonly partnerId?: string | undefined;
  readonly kind?: EngagementKind | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Who is looking: only engagements it may see are listed. */
  readonly viewer?: Viewer;
  readonly sort: { readonly field: "date" | "createdAt"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

const sortColumns = {
  date: { column: "engagements.date", type: "date" },
  createdAt: { column: "engagements.createdAt", type: "timestamptz" },
} as const;

/** Lists engagements with keyset pagination. */
export async function listEngagements(
  db: Executor,
  query: EngagementListQuery,
): Promise<Page<EngagementRecord>> {
  let qb = selectEngagements(db);
  if (query.facilityId !== undefined) qb = qb.where("engagements.facilityId", "=", query.facilityId);
  if (query.kind !== undefined) qb = qb.where("engagements.kind", "=", query.kind);
  if (query.from !== undefined) qb = qb.where("engagements.date", ">=", query.from);
  if (query.to !== undefined) qb = qb.where("engagements.date", "<=", query.to);
  if (query.partnerId !== undefined)
    qb = qb.where(sql<SqlBool>`exists (select 1 from engagement_partners ep
      where ep.engagement_id = engagements.id and ep.partner_id = ${query.partnerId})`);
  const seen = seenBy("engagement", query.viewer, "engagements.id");
  if (seen) qb = qb.where(seen);
  const sort = sortColumns[query.sort.field];
  return paginate(
    qb,
    {
      column: sort.column,
      columnType: sort.type,
      idColumn: "engagements.id",
      direction: query.sort.direction,
      limit: query.limit,
      cursor: query.cursor,
    },
    toEngagement,
  );
}

/** One engagement, optionally locked for update inside a transaction. */
export async function findEngagement(
  db: Executor,
  id: string,
  options: FindOptions = {},
): Promise<EngagementRecord | undefined> {
  let qb = selectEngagements(db).where("engagements.id", "=", id);
  const seen = seenBy("engagement", options.viewer, "engagements.id");
  if (seen) qb = qb.where(seen);
  if (options.forUpdate) qb = qb.forUpdate(["engagements"]);
  const row = await qb.executeTakeFirst();
  return row && toEngagement(row);
}

async function writePartners(
  db: Executor,
  engagementId: string,
  partnerIds: readonly string[],
): Promise<void> {
  await db
    .insertInto("engagementPartners")
    .values(partnerIds.map((partnerId, position) => ({ engagementId, partnerId, position })))
    .execute();
}

/** Inserts an engagement and its partner links (call inside a transaction). */
export async function insertEngagement(db: Executor, e: Engagement, at: string): Promise<EngagementRecord> {
  await db
    .insertInto("engagements")
    .values({
      id: e.id,
      facilityId: e.facilityId,
      kind: e.kind,
      date: e.date,
      place: e.place,
      attendees: json(e.attendees),
      summary: e.summary,
      outcomes: json(e.outcomes),
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  await writePartners(db, e.id, e.partnerIds);
  const saved = await findEngagement(db, e.id);
  if (!saved) throw new Error("engagement vanished after insert");
  return saved;
}

/** Stores an edited engagement, replacing its partner links when they changed, and bumps the revision. */
export async function saveEngagement(
  db: Executor,
  next: Engagement,
  current: Engagement,
  at: string,
): Promise<EngagementRecord> {
  await db
    .updateTable("engagements")
    .set((eb) => ({
      kind: next.kind,
      date: next.date,
      place: next.place,
      attendees: json(next.attendees),
      summary: next.summary,
      outcomes: json(next.outcomes),
      updatedAt: at,
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", next.id)
    .execute();
  if (next.partnerIds.join() !== current.partnerIds.join()) {
    await db.deleteFrom("engagementPartners").where("engagementId", "=", next.id).execute();
    await writePartners(db, next.id, next.partnerIds);
  }
  const saved = await findEngagement(db, next.id);
  if (!saved) throw new Error("engagement vanished after update");
  return saved;
}

/** Deletes an engagement; its partners and follow-ups go with it (foreign keys cascade). */
export async function deleteEngagement(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("engagements").where("id", "=", id).execute();
}
