import type { CreatePartner, Partner, UpdatePartner } from "@sinergi/domain";
import { type Selectable, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { containing } from "../../like.ts";
import { NAME_OR_CREATED, type Page, paginate, sortedPage } from "../../pagination.ts";
import { finder } from "../../record-store.ts";
import type { PartnersTable } from "../../schema/organisation.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A stored partner. */
export interface PartnerRecord extends Partner {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toPartner = (r: Selectable<PartnersTable>): PartnerRecord => ({
  id: r.id,
  kind: r.kind as Partner["kind"],
  name: r.name,
  parentId: r.parentId,
  areaCode: r.areaCode,
  contacts: (r.contacts as Partner["contacts"]) ?? [],
  fields: r.fields,
  ownerRegionalOfficeId: r.ownerRegionalOfficeId,
  revision: r.revision,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Filters and order for listing partners. */
export interface PartnerListQuery {
  readonly kind?: string | undefined;
  readonly parentId?: string | undefined;
  /** Only partners with no parent (true); false or absent lists them all. */
  readonly topLevel?: boolean | undefined;
  readonly areaCode?: string | undefined;
  readonly field?: string | undefined;
  readonly q?: string | undefined;
  /** Only these records (the ids a page shows). */
  readonly ids?: readonly string[] | undefined;
  /** Who is looking: only what it may see is listed (undefined: the system, which sees all). */
  readonly viewer?: Viewer;
  readonly sort: { readonly field: "name" | "createdAt"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists partners; a partner system sees itself and the agencies below it only. */
export async function listPartners(db: Executor, q: PartnerListQuery): Promise<Page<PartnerRecord>> {
  let qb = db.selectFrom("partners").selectAll();
  if (q.kind) qb = qb.where("kind", "=", q.kind);
  if (q.parentId) qb = qb.where("parentId", "=", q.parentId);
  if (q.topLevel) qb = qb.where("parentId", "is", null);
  if (q.areaCode)
    qb = qb.where((eb) =>
      eb.or([eb("areaCode", "=", q.areaCode!), eb("areaCode", "like", `${q.areaCode}.%`)]),
    );
  if (q.field) qb = qb.where(sql<boolean>`${q.field} = any(fields)`);
  if (q.q) qb = qb.where("name", "ilike", containing(q.q));
  if (q.ids) qb = qb.where("id", "in", q.ids);
  const seen = seenBy("partner", q.viewer, "partners.id");
  if (seen) qb = qb.where(seen);
  return paginate(qb, sortedPage(q, NAME_OR_CREATED), toPartner);
}

/** The chain of parents above a partner, nearest first (for cycle checks). */
export async function partnerAncestors(db: Executor, id: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from partners where id = ${id}
      union all
      select p.id, p.parent_id, up.depth + 1 from partners p join up on p.id = up.parent_id where up.depth < 50
    )
    select id from up where depth > 0 order by depth`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Inserts a partner. */
export async function insertPartner(
  db: Executor,
  id: string,
  input: CreatePartner,
  at: string,
): Promise<PartnerRecord> {
  const row = await db
    .insertInto("partners")
    .values({
      id,
      ...input,
      ownerRegionalOfficeId: input.ownerRegionalOfficeId ?? null,
      contacts: json(input.contacts),
      fields: [...input.fields],
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPartner(row);
}

/** Applies a partial update and bumps the revision. */
export async function updatePartner(
  db: Executor,
  id: string,
  patch: UpdatePartner,
  at: string,
): Promise<PartnerRecord> {
  const { contacts, fields, ...plain } = patch;
  const row = await db
    .updateTable("partners")
    .set((eb) => ({
      ...plain,
      ...(contacts === undefined ? {} : { contacts: json(contacts) }),
      ...(fields === undefined ? {} : { fields: [...fields] }),
      updatedAt: at,
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPartner(row);
}

/** One partner, optionally locked. */
export const findPartner = finder("partners", toPartner, "partner");
