import type { CreateFacility, Facility, TimeZone, UpdateFacility } from "@sinergi/domain";
import type { Selectable } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { containing } from "../../like.ts";
import { NAME_OR_CREATED, type Page, paginate, sortedPage } from "../../pagination.ts";
import { finder } from "../../record-store.ts";
import type { FacilitiesTable } from "../../schema/organisation.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A stored facility, with its effective time zone. */
export interface FacilityRecord extends Facility {
  readonly timeZone: TimeZone;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toFacility = (r: Selectable<FacilitiesTable>): FacilityRecord => ({
  id: r.id,
  regionalOfficeId: r.regionalOfficeId,
  kind: r.kind as Facility["kind"],
  class: r.class as Facility["class"],
  specialisation: r.specialisation as Facility["specialisation"],
  name: r.name,
  regencyCode: r.regencyCode,
  timeZone: r.timeZone as TimeZone,
  timeZoneOverride: r.timeZoneOverride as TimeZone | null,
  capacity: r.capacity,
  head: (r.head as Facility["head"]) ?? null,
  contacts: (r.contacts as Facility["contacts"]) ?? [],
  revision: r.revision,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Filters and order for listing facilities. */
export interface FacilityListQuery {
  readonly regionalOfficeId?: string | undefined;
  readonly kind?: string | undefined;
  readonly regencyCode?: string | undefined;
  readonly q?: string | undefined;
  /** Only these records (the ids a page shows). */
  readonly ids?: readonly string[] | undefined;
  /** Who is looking: only what it may see is listed (undefined: the system, which sees all). */
  readonly viewer?: Viewer;
  readonly sort: { readonly field: "name" | "createdAt"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists facilities inside the caller's scope. */
export async function listFacilities(db: Executor, q: FacilityListQuery): Promise<Page<FacilityRecord>> {
  let qb = db.selectFrom("facilities").selectAll();
  if (q.regionalOfficeId) qb = qb.where("regionalOfficeId", "=", q.regionalOfficeId);
  if (q.kind) qb = qb.where("kind", "=", q.kind);
  if (q.regencyCode) qb = qb.where("regencyCode", "=", q.regencyCode);
  if (q.q) qb = qb.where("name", "ilike", containing(q.q));
  if (q.ids) qb = qb.where("id", "in", q.ids);
  const seen = seenBy("facility", q.viewer, "facilities.id");
  if (seen) qb = qb.where(seen);
  return paginate(qb, sortedPage(q, NAME_OR_CREATED), toFacility);
}

/** Inserts a facility with its effective time zone. */
export async function insertFacility(
  db: Executor,
  id: string,
  input: CreateFacility,
  timeZone: TimeZone,
  at: string,
): Promise<FacilityRecord> {
  const row = await db
    .insertInto("facilities")
    .values({
      id,
      ...input,
      head: json(input.head),
      contacts: json(input.contacts),
      timeZone,
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFacility(row);
}

/** Applies a partial update (with the recomputed time zone) and bumps the revision. */
export async function updateFacility(
  db: Executor,
  id: string,
  patch: UpdateFacility,
  timeZone: TimeZone,
  at: string,
): Promise<FacilityRecord> {
  const { head, contacts, ...plain } = patch;
  const row = await db
    .updateTable("facilities")
    .set((eb) => ({
      ...plain,
      ...(head === undefined ? {} : { head: json(head) }),
      ...(contacts === undefined ? {} : { contacts: json(contacts) }),
      timeZone,
      updatedAt: at,
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFacility(row);
}

/** One facility, optionally locked for update. */
export const findFacility = finder("facilities", toFacility, "facility");
